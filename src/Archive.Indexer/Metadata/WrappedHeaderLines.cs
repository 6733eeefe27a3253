using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Header fields that OCR or a narrow column cut over two lines, put back on one: a number label alone on its line
/// ("Số:" / "02/2023/TB-LPQT"), a number cut after a slash or dash ("Số: 01/2022/TTLT-" / "BCA-BQP"), and a date cut
/// inside "ngày … tháng … năm …" ("Hà Nội, ngày 18 tháng 01" / "năm 2023"). The second line is taken out, so a
/// title wrapped around such a date still reads on.
/// </summary>
internal static partial class WrappedHeaderLines
{
    private const int Search = 40;

    [GeneratedRegex(@"^so\s*[:.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberLabel();

    [GeneratedRegex(@"^[\doil]{1,5}\s*/", RegexOptions.CultureInvariant)]
    private static partial Regex NumberStart();

    [GeneratedRegex(@"(?:^|\s)so\s*[:.]?\s*\S*[/-]$", RegexOptions.CultureInvariant)]
    private static partial Regex CutNumber();

    [GeneratedRegex(@"^[\p{Lu}Đ]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex CodeStart();

    public static string[] Join(string[] lines)
    {
        var joined = new List<string>(lines);
        for (int i = 0, seen = 0; i < joined.Count && seen < Search; i++)
        {
            if (joined[i].Length == 0) continue;
            seen++;
            var next = NextLine(joined, i);
            if (next < 0) break;
            var folded = MetadataText.Fold(joined[i]);
            var foldedNext = MetadataText.Fold(joined[next]);
            string? merged = null;
            if (BareNumberLabel().IsMatch(folded) && NumberStart().IsMatch(foldedNext))
                merged = joined[i] + " " + joined[next];
            else if (CutNumber().IsMatch(folded) && CodeStart().IsMatch(joined[next]))
                merged = joined[i] + joined[next];
            else if (DateCutAfter(folded, foldedNext))
                merged = joined[i] + " " + joined[next];
            if (merged is null) continue;
            joined[i] = merged;
            joined.RemoveAt(next);
            (i, seen) = (i - 1, seen - 1); // the joined line may be cut once more
        }
        return joined.ToArray();
    }

    private static int NextLine(List<string> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
            if (lines[j].Length > 0) return j;
        return -1;
    }

    // The line holds the start of a date and no whole one, and the date is whole with the next line.
    private static bool DateCutAfter(string folded, string foldedNext)
    {
        if (HasDate(folded) is not null) return false;
        var both = folded + " " + foldedNext;
        return HasDate(both) is { } match && match.Index < folded.Length && match.Index + match.Length > folded.Length + 1;
    }

    private static Match? HasDate(string folded)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[VietnameseDates.LongDate(), VietnameseDates.ShortDate(), VietnameseDates.MisreadLongDate()])
        {
            if (pattern.Match(folded) is { Success: true } match) return match;
        }
        return null;
    }
}
