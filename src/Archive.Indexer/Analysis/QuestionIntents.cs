namespace Archive.Indexer.Analysis;

/// <summary>
/// What kind of article a question asks for, read from its question words. A question asking what something
/// is ("… là gì?", "thế nào là …", "… được hiểu như thế nào?") is answered by the law's definitions article,
/// whose heading is "Giải thích từ ngữ" (or "Định nghĩa", "Khái niệm"): when the hit's passage is chosen among
/// its document's articles, one under such a heading counts for more (<see cref="VietnameseQueryBuilder.Intent"/>).
/// </summary>
public static class QuestionIntents
{
    // Matched as syllable sequences, like VietnameseQuestionWords; bare typing matches on the folded form.
    private static readonly string[][] DefinitionCues = new[]
    {
        "là gì", "là những gì", "thế nào là", "được hiểu", "hiểu thế nào", "hiểu như thế nào", "định nghĩa", "khái niệm",
        "nghĩa là", "là những ai", "là sao", "được xem là", "phân biệt", "khác nhau",
    }.Select(Words).ToArray();

    /// <summary>The headings of the definitions article, as their syllables.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> DefinitionHeadings { get; } =
        new[] { "giải thích từ ngữ", "định nghĩa", "khái niệm" }.Select(h => (IReadOnlyList<string>)Words(h)).ToArray();

    /// <summary>True when <paramref name="words"/> (lowercase, normalized, in typed order) ask what something is.</summary>
    public static bool AsksForDefinition(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
            foreach (var cue in DefinitionCues)
                if (Matches(words, i, cue)) return true;
        return false;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] cue)
    {
        if (start + cue.Length > words.Count) return false;
        for (var k = 0; k < cue.Length; k++)
        {
            var word = words[start + k];
            var same = VietnameseFolding.HasDiacritics(word) ? word == cue[k] : word == VietnameseFolding.Fold(cue[k]);
            if (!same) return false;
        }
        return true;
    }

    private static string[] Words(string phrase) => VietnameseNormalizer.Normalize(phrase).Split(' ');
}
