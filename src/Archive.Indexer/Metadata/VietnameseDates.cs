using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Dates and clock times as Vietnamese documents write them, matched on folded text
/// (<see cref="MetadataText.Fold"/>): "ngày 20 tháng 02 năm 2025", "ngày 20/02/2025", "15/3/2025",
/// "14 giờ 00 phút", "8h30", "14:00".
/// </summary>
internal static partial class VietnameseDates
{
    // The day may be left blank on a draft printed before signing: "ngày   tháng 02 năm 2025". A footnote mark
    // printed right after the year and glued to it by extraction ("năm 20264") is not part of the year.
    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})?\s*,?\s*thang\s*(?<m>\d{1,2})\s*,?\s*nam\s*(?:(?<y>(?:19|20)\d\d)\d{0,2}|(?<y>\d{4}))(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex LongDate();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})\s*(?<s>[/.-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex ShortDate();

    // The long form as OCR misreads it: marks and letters of the three words wrong ("ngàp 18 thắng 0Ì nằm 2023"), digits
    // written as letters (see MisreadDigits). The words' places and the year still make it a date.
    [GeneratedRegex(@"(?<![a-z])ng[a-z]{1,2}\s*(?<d>[" + MisreadDigits.FoldedPattern + @"]{1,2})\s*,?\s*t[a-z]{3,4}\s*(?<m>[" + MisreadDigits.FoldedPattern
        + @"]{1,2})\s*,?\s*n[a-z]{1,2}\s*(?<y>[12][" + MisreadDigits.FoldedPattern + @"]{3})(?![0-9a-z])", RegexOptions.CultureInvariant)]
    public static partial Regex MisreadLongDate();

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

    /// <summary>A date built from a <see cref="MisreadLongDate"/> match, its misread digits read; null when the date is impossible.</summary>
    public static DateOnly? FromMisreadMatch(Match match) =>
        MisreadDigits.Read(match.Groups["d"].ValueSpan) is { } day
        && MisreadDigits.Read(match.Groups["m"].ValueSpan) is { } month
        && MisreadDigits.Read(match.Groups["y"].ValueSpan) is { } year
            ? Create(int.Parse(year), int.Parse(month), int.Parse(day))
            : null;

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
