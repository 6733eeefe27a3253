namespace Archive.Indexer.Metadata;

/// <summary>
/// Digits OCR takes for one another on a scan: the closed loops of a small or low-resolution print (3/8, 0/6/8, 5/6)
/// and the strokes of a handwritten 1 with its lead-in (1/7, 1/4). Used only to ask whether two numbers could be the
/// same number read twice, never to correct one by itself.
/// </summary>
internal static class ConfusableDigits
{
    private static readonly string[] Groups = ["38", "068", "56", "17", "14"];

    /// <summary>
    /// Whether <paramref name="read"/> could be an OCR reading of <paramref name="written"/>: the same count of digits,
    /// different, and every differing digit confusable with the one it stands for.
    /// </summary>
    public static bool CouldBeMisreadingOf(string read, string written)
    {
        if (read.Length != written.Length || read == written) return false;
        for (var i = 0; i < read.Length; i++)
        {
            if (!char.IsAsciiDigit(read[i]) || !char.IsAsciiDigit(written[i])) return false;
            if (read[i] != written[i] && !Groups.Any(g => g.Contains(read[i]) && g.Contains(written[i]))) return false;
        }
        return true;
    }
}
