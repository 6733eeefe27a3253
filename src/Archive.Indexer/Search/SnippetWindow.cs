namespace Archive.Indexer.Search;

/// <summary>
/// Where in a long text the best snippet lies, found cheaply before the highlighter runs: the text is folded as the
/// index sees it (<see cref="FoldedText"/>), the folded query words are looked up as whole words, and the span of
/// one fragment holding the most distinct of them wins. Running the analysis chain and the highlighter over a whole
/// article (often thousands of characters) for one fragment was a fifth of a search's time.
/// </summary>
internal static class SnippetWindow
{
    /// <summary>
    /// The part of <paramref name="text"/> (start, end in the original) around the fragment of
    /// <paramref name="fragmentChars"/> characters holding the most distinct <paramref name="terms"/>, with a
    /// fragment's width of context each side cut at whitespace; null when no term is found as a plain word (a
    /// symbol the analysis splits differently, say), where the caller looks through the whole text.
    /// </summary>
    public static (int Start, int End)? Around(string text, IReadOnlyList<string> terms, int fragmentChars)
    {
        using var view = FoldedText.Of(text);
        var folded = view.Text;
        var found = new List<(int At, int Term)>();
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.Length == 0) continue;
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = Next(folded, term, at + 1))
                if (IsWordStart(folded, at) && IsWordEnd(folded, at + term.Length)) found.Add((at, t));
        }
        if (found.Count == 0) return null;
        found.Sort((a, b) => a.At.CompareTo(b.At));

        // Sliding window over the matches: the most distinct terms within one fragment, then the most matches.
        var counts = new int[terms.Count];
        int distinct = 0, first = 0, bestAt = found[0].At, bestDistinct = 0, bestMatches = 0;
        for (var last = 0; last < found.Count; last++)
        {
            if (counts[found[last].Term]++ == 0) distinct++;
            while (found[last].At - found[first].At > fragmentChars)
                if (--counts[found[first++].Term] == 0) distinct--;
            var matches = last - first + 1;
            if (distinct > bestDistinct || (distinct == bestDistinct && matches > bestMatches))
                (bestAt, bestDistinct, bestMatches) = (found[first].At, distinct, matches);
        }

        var from = Math.Max(0, bestAt - fragmentChars);
        var to = Math.Min(folded.Length, bestAt + 2 * fragmentChars);
        while (from > 0 && !char.IsWhiteSpace(folded[from - 1])) from--;
        while (to < folded.Length && !char.IsWhiteSpace(folded[to])) to++;
        return (from == 0 ? 0 : view.Original(from), view.Original(to));
    }

    private static int Next(ReadOnlySpan<char> text, string term, int from) =>
        text[from..].IndexOf(term, StringComparison.Ordinal) is >= 0 and var at ? from + at : -1;

    private static bool IsWordStart(ReadOnlySpan<char> text, int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);

    private static bool IsWordEnd(ReadOnlySpan<char> text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);
}
