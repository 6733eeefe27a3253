using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Dates and clock times as Vietnamese documents write them, matched on folded text
/// (<see cref="MetadataText.Fold"/>): "ngày 20 tháng 02 năm 2025", "ngày 20/02/2025", "15/3/2025",
/// "14 giờ 00 phút", "8h30", "14:00".
/// </summary>
internal static partial class VietnameseDates
{
    // The day may be left blank on a draft printed before signing: "ngày   tháng 02 năm 2025".
    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})?\s*,?\s*thang\s*(?<m>\d{1,2})\s*,?\s*nam\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex LongDate();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})\s*(?<s>[/.-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex ShortDate();

    [GeneratedRegex(@"(?<![\d/.])(?<d>\d{1,2})(?<s>[/.-])(?<m>\d{1,2})\k<s>(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareDate();

    [GeneratedRegex(@"(?<![\d/.,])(?<h>\d{1,2})\s*(?:gio(?![a-z])|h(?![a-z])|g(?![a-z])|:(?=\d))\s*(?:(?<min>\d{1,2})(?![\d/])\s*(?:phut(?![a-z])|p(?![a-z])|')?)?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    /// <summary>A date built from a <see cref="LongDate"/> or <see cref="ShortDate"/> match; null when the day is blank or the date impossible.</summary>
    public static DateOnly? FromMatch(Match match)
    {
        if (!match.Groups["d"].Success) return null;
        return Create(int.Parse(match.Groups["y"].Value), int.Parse(match.Groups["m"].Value), int.Parse(match.Groups["d"].Value));
    }

    /// <summary>The first date in folded text, in any of the three written forms, with its position.</summary>
    public static (DateOnly Date, int Index)? FirstDate(string folded)
    {
        (DateOnly, int)? best = null;
        foreach (var pattern in (ReadOnlySpan<Regex>)[LongDate(), ShortDate(), BareDate()])
        {
            foreach (Match match in pattern.Matches(folded))
            {
                if (best is { } b && match.Index >= b.Item2) break;
                if (FromMatch(match) is { } date) { best = (date, match.Index); break; }
            }
        }
        return best;
    }

    /// <summary>The first clock time in folded text: "14 gio 00 phut", "8h30", "14:00", "14 gio".</summary>
    public static TimeOnly? FirstTime(string folded)
    {
        foreach (Match match in ClockTime().Matches(folded))
        {
            var hour = int.Parse(match.Groups["h"].Value);
            var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value) : 0;
            if (hour <= 23 && minute <= 59) return new TimeOnly(hour, minute);
        }
        return null;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
