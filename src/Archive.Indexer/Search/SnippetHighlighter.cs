using Archive.Indexer.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Archive.Indexer.Search;

/// <summary>
/// Marks the typed words in the original accented text. Both the text and the query are seen through
/// the folded chain, whose offsets point into the original, so "dan chu" marks "dân chủ" and NFD or
/// old-style tone marks in the source do not hide a match. Typed words that are all plain syllables or numbers (most
/// questions) are marked by <see cref="MarkedFragment"/> without the analysis chain; a symbol's key among them
/// ("59/2023/nđ-cp", matched however the text spells the symbol) needs Lucene's highlighter over the analyzed text,
/// the query a plain set of terms scored by <see cref="QueryTermScorer"/> (<see cref="QueryScorer"/> would extract
/// weighted spans for every snippet).
/// </summary>
public sealed class SnippetHighlighter
{
    public const int FragmentChars = 180;
    private const string Field = "h";

    // Analyzers reuse their token streams per thread, so one serves every search.
    private static readonly Analyzer Folded = new VietnameseFoldedAnalyzer();

    private readonly List<string> terms = [];
    private readonly WeightedTerm[] weighted = [];
    private readonly MarkedFragment? plain;

    public SnippetHighlighter(string? typed)
    {
        var terms = Terms(typed ?? "");
        if (terms.Count == 0) return;
        this.terms.AddRange(terms);
        weighted = terms.Select(term => new WeightedTerm(1f, term)).ToArray();
        if (terms.All(MarkedFragment.IsPlain)) plain = new MarkedFragment(terms);
    }

    /// <summary>The best fragment of <paramref name="text"/>, HTML-escaped, matches in &lt;mark&gt;; the start when nothing matches.</summary>
    public string Snippet(string text)
    {
        if (plain is not null && text.Length > 0)
        {
            if (plain.Of(text, FragmentChars) is { } marked) return marked;
        }
        else if (weighted.Length > 0 && text.Length > 0)
        {
            // A long text: only the part around its best matches goes through the analysis and the highlighter.
            var part = text.Length > 3 * FragmentChars && SnippetWindow.Around(text, terms, FragmentChars) is var (start, end)
                ? text[start..end]
                : text;
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MinimalHtmlEncoder.Instance, new QueryTermScorer(weighted))
            {
                TextFragmenter = new SimpleFragmenter(FragmentChars),
                MaxDocCharsToAnalyze = 2_000_000,
            };
            using var stream = Folded.GetTokenStream(Field, part);
            var best = highlighter.GetBestFragment(stream, part);
            if (!string.IsNullOrEmpty(best)) return best.Trim();
        }
        var head = text.Length <= FragmentChars ? text : text[..FragmentChars] + "…";
        return MinimalHtmlEncoder.Instance.EncodeText(head.Trim());
    }

    private HashSet<string> Terms(string typed)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // Excluded words ("-word") are not highlighted.
        var kept = string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('-')));
        using var stream = Folded.GetTokenStream(Field, kept);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
