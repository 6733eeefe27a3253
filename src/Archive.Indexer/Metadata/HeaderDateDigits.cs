using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// The header date of an OCR'd page with its day and month digits checked against a second reading of the header by a
/// model that reads digits better. On low-resolution scans (96 ppi and less) tesseract's Vietnamese model turns digits
/// into their look-alikes ("28" read "38", "18" read "13", "09" read "08") on about a quarter of the days and months of
/// italic date lines, while its English model, trained on far more digits, reads them right (bench <c>ocr-digits</c>:
/// 60 date lines typeset in two italic serifs and scanned at 72 ppi, 90/120 days and months against 118/120; at 96 ppi
/// 119/120 against 120/120); its letters are useless for Vietnamese, so only its digits are taken.
/// </summary>
public static partial class HeaderDateDigits
{
    private const int HeaderLines = 40;

    // The English model writes the words without marks and often wrongly ("nedy 18 thang OL nam 2023"); their places
    // and the year find the date.
    [GeneratedRegex(@"(?<![a-z])n[a-z]{2,3}\s*(?<d>\S{1,2})\s*,?\s*t[a-z]{3,5}\s*(?<m>\S{1,2})\s*,?\s*n[a-z]{1,3}\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WitnessDate();

    // The recognized line, loosely: OCR also garbles the digits ("ngày 18 tháng ñ6 năm 23017").
    [GeneratedRegex(@"(?<![a-z])ng[a-z]{1,2}\s*(?<d>[^\s,]{1,3})\s*,?\s*t[a-z]{3,4}\s*(?<m>[^\s,]{1,3})\s*,?\s*n[a-z]{1,2}\s*(?<y>[^\s,;.]{4,5})", RegexOptions.CultureInvariant)]
    private static partial Regex RecognizedDate();

    /// <summary>Whether <paramref name="recognized"/> has a header date (a place-and-date line near its top) worth checking.</summary>
    public static bool HasHeaderDate(string recognized) => HeaderDate(Lines(recognized)) is not null;

    /// <summary>
    /// <paramref name="recognized"/> with the header date's day, month and year replaced by the <paramref name="witness"/>'s
    /// where they differ. The witness is believed only for a group it read as digits where OCR saw a digit too (a
    /// handwritten day read as "#@" stays unread), when both read the same year (the same line read twice; a year with
    /// a digit too many counts), and when the corrected date exists; otherwise the recognized text is returned as it is.
    /// </summary>
    public static string Correct(string recognized, string witness)
    {
        var lines = Lines(recognized);
        if (HeaderDate(lines) is not var (index, match) || WitnessDate().Match(MetadataText.Fold(witness)) is not { Success: true } read)
            return recognized;
        if (!SameYear(match.Groups["y"].Value, read.Groups["y"].Value)) return recognized;

        var line = lines[index];
        var groups = new[] { "d", "m", "y" }
            .Select(g => (Group: match.Groups[g], Read: line.Substring(match.Groups[g].Index, match.Groups[g].Length), Witness: read.Groups[g].Value))
            .Select(g => (g.Group, g.Read, Value: Better(g.Read, g.Witness)))
            .ToList();
        if (groups.All(g => g.Value == g.Read)) return recognized;
        if (groups.Select(g => MisreadDigits.Read(g.Value)).ToList() is not [{ } day, { } month, { } year] || !IsDate(year, month, day))
            return recognized;

        foreach (var (group, _, value) in groups.OrderByDescending(g => g.Group.Index))
            line = line[..group.Index] + value + line[(group.Index + group.Length)..];
        lines[index] = line;
        return string.Join('\n', lines);
    }

    // The witness's group when it is all digits and OCR saw a digit there too, else the recognized one.
    private static string Better(string recognized, string witness) =>
        witness.Length > 0 && witness.All(char.IsAsciiDigit) && recognized.Any(c => MisreadDigits.Read([c]) is not null) ? witness : recognized;

    private static bool SameYear(string recognized, string witness)
    {
        var digits = new string(recognized.Where(c => MisreadDigits.Read([c]) is not null).Select(c => MisreadDigits.Read([c])![0]).ToArray());
        if (digits == witness) return true;
        // One digit too many ("23017"): the witness's year is what is left without it.
        return digits.Length == witness.Length + 1 && Enumerable.Range(0, digits.Length).Any(i => digits.Remove(i, 1) == witness);
    }

    private static bool IsDate(string year, string month, string day) =>
        int.TryParse(year, out var y) && int.TryParse(month, out var m) && int.TryParse(day, out var d)
        && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    // The first place-and-date line of the header: the long date, loosely read, with nothing in lower case after it,
    // and not a preamble's "Căn cứ … ngày …". Folding keeps every character's place, so the groups index the line.
    private static (int Index, Match Match)? HeaderDate(string[] lines)
    {
        for (var i = 0; i < lines.Length && i < HeaderLines; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("Căn cứ", StringComparison.Ordinal)) continue;
            var folded = MetadataText.Fold(line);
            if (folded.Length != line.Length) continue;
            var match = RecognizedDate().Match(folded);
            if (match.Success && !line[(match.Index + match.Length)..].Any(char.IsLower)) return (i, match);
        }
        return null;
    }
}
