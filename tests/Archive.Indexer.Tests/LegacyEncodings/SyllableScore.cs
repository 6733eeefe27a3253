namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>How well a text reproduces another, syllable for syllable: F1 of the two multisets of syllables.</summary>
internal static class SyllableScore
{
    // Every whitespace character (LibreOffice keeps runs of spaces as en and em spaces) and the punctuation around syllables.
    private static readonly char[] Separators =
        [.. Enumerable.Range(0, 0x3001).Select(c => (char)c).Where(char.IsWhiteSpace), ',', ';', ':', '.', '(', ')', '|'];

    public static double F1(IEnumerable<string> expected, IEnumerable<string> actual, bool ignoreCase = false)
    {
        var wanted = Syllables(expected, ignoreCase);
        var got = Syllables(actual, ignoreCase);
        var truePositives = wanted.Sum(pair => Math.Min(pair.Value, got.GetValueOrDefault(pair.Key)));
        if (truePositives == 0) return 0;
        var precision = (double)truePositives / got.Values.Sum();
        var recall = (double)truePositives / wanted.Values.Sum();
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Syllables(IEnumerable<string> lines, bool ignoreCase) =>
        lines.SelectMany(l => l.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            .Select(s => ignoreCase ? s.ToLowerInvariant() : s)
            .GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
