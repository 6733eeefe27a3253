using System.Globalization;
using System.Text;

namespace Archive.Indexer.Search;

/// <summary>
/// The snippet of a text for typed words that are all plain syllables or numbers, built without the analysis chain
/// or Lucene's highlighter: the text is folded once (<see cref="FoldedText"/>), cut into the tokens the tokenizer
/// would make (maximal runs of letters, digits and combining marks), each token looked up among the folded typed
/// words, and the fragment holding the most distinct of them is escaped with each match in &lt;mark&gt;, in the
/// original accented text. The highlighter's per-snippet token stream, fragment queue and strings were a sixth of a
/// search's processor time, much of it the garbage collections they caused.
/// </summary>
internal sealed class MarkedFragment
{
    private readonly Dictionary<string, int> terms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <param name="terms">Folded words, each only letters or digits (<see cref="IsPlain"/>).</param>
    public MarkedFragment(IEnumerable<string> terms)
    {
        this.terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms) this.terms.TryAdd(term, this.terms.Count);
        lookup = this.terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when <paramref name="term"/> is one token the tokenizer makes from a plain word, as opposed to a symbol's key.</summary>
    public static bool IsPlain(string term) => term.Length > 0 && term.All(IsTokenChar);

    /// <summary>
    /// The fragment of about <paramref name="fragmentChars"/> characters of <paramref name="text"/> holding the most
    /// distinct words (then the most matches), HTML-escaped, matches in &lt;mark&gt;; null when no word is found.
    /// </summary>
    public string? Of(string text, int fragmentChars)
    {
        using var view = FoldedText.Of(text);
        var folded = view.Text;
        var matches = new List<(int Start, int End, int Term)>(128);
        for (var at = 0; at < folded.Length;)
        {
            if (!IsTokenChar(folded[at])) { at++; continue; }
            var start = at;
            while (at < folded.Length && IsTokenChar(folded[at])) at++;
            if (lookup.TryGetValue(folded.Slice(start, at - start), out var term)) matches.Add((start, at, term));
        }
        if (matches.Count == 0) return null;

        var (first, last) = Best(matches, fragmentChars);
        var (from, to) = Bounds(folded, matches[first].Start, matches[last].End, fragmentChars);
        var snippet = new StringBuilder(to - from + 64);
        var written = view.Original(from);
        for (var m = first; m <= last; m++)
        {
            var (start, end) = (view.Original(matches[m].Start), view.Original(matches[m].End));
            MinimalHtmlEncoder.Append(snippet, text.AsSpan(written, start - written)).Append("<mark>");
            MinimalHtmlEncoder.Append(snippet, text.AsSpan(start, end - start)).Append("</mark>");
            written = end;
        }
        MinimalHtmlEncoder.Append(snippet, text.AsSpan(written, view.Original(to) - written));
        return snippet.ToString().Trim();
    }

    /// <summary>The run of matches (first, last) within one fragment's width holding the most distinct words, then the most matches; the earliest such run.</summary>
    private (int First, int Last) Best(List<(int Start, int End, int Term)> matches, int fragmentChars)
    {
        var counts = new int[terms.Count];
        int distinct = 0, first = 0, best = 0, bestLast = 0, bestDistinct = 0, bestMatches = 0;
        for (var last = 0; last < matches.Count; last++)
        {
            if (counts[matches[last].Term]++ == 0) distinct++;
            // first < last: a match wider than the fragment alone (a run of letters without spaces) is a run by itself.
            while (first < last && matches[last].End - matches[first].Start > fragmentChars)
                if (--counts[matches[first++].Term] == 0) distinct--;
            var count = last - first + 1;
            if (distinct > bestDistinct || (distinct == bestDistinct && count > bestMatches))
                (best, bestLast, bestDistinct, bestMatches) = (first, last, distinct, count);
        }
        return (best, bestLast);
    }

    /// <summary>
    /// The fragment around the matches [<paramref name="start"/>, <paramref name="end"/>): some words before them for
    /// context (a quarter of the fragment at most), then on to the fragment's width, cut between words.
    /// </summary>
    private static (int From, int To) Bounds(ReadOnlySpan<char> folded, int start, int end, int fragmentChars)
    {
        var from = Math.Max(0, start - Math.Clamp(fragmentChars - (end - start), 0, fragmentChars / 4));
        while (from > 0 && from < start && !char.IsWhiteSpace(folded[from - 1])) from++;
        var to = Math.Min(folded.Length, Math.Max(end, from + fragmentChars));
        while (to < folded.Length && to > end && !char.IsWhiteSpace(folded[to])) to--;
        return (from, to);
    }

    // As the tokenizer (VietnameseTokenizer) cuts syllables.
    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
