using Lucene.Net.Search.Highlight;

namespace Archive.Indexer.Search;

/// <summary>
/// Escapes only what HTML needs (&amp; &lt; &gt; &quot;), so Vietnamese letters stay readable in
/// snippets instead of becoming numeric entities as with Lucene's SimpleHTMLEncoder.
/// </summary>
public sealed class MinimalHtmlEncoder : IEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public string EncodeText(string originalText) => originalText
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
