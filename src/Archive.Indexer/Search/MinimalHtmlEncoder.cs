using System.Text;
using Lucene.Net.Search.Highlight;

namespace Archive.Indexer.Search;

/// <summary>
/// Escapes only what HTML needs (&amp; &lt; &gt; &quot;), so Vietnamese letters stay readable in
/// snippets instead of becoming numeric entities as with Lucene's SimpleHTMLEncoder.
/// </summary>
public sealed class MinimalHtmlEncoder : IEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public string EncodeText(string originalText) => originalText.AsSpan().IndexOfAny("&<>\"") < 0
        ? originalText
        : Append(new StringBuilder(originalText.Length + 16), originalText).ToString();

    /// <summary>Appends <paramref name="text"/> escaped, without a string of its own.</summary>
    public static StringBuilder Append(StringBuilder into, ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var at = text.IndexOfAny("&<>\"");
            if (at < 0) return into.Append(text);
            into.Append(text[..at]).Append(text[at] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&quot;" });
            text = text[(at + 1)..];
        }
        return into;
    }
}
