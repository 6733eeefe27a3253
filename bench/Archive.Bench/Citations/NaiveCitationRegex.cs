using System.Text.RegularExpressions;

namespace Archive.Bench.Citations;

/// <summary>
/// The plain baseline printed beside the extractor: a kind word, an optional "số", and a symbol; one item per match,
/// no titles, no locators, no self references.
/// </summary>
public static partial class NaiveCitationRegex
{
    [GeneratedRegex(
        @"(?<kind>Thông tư liên tịch|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Bộ luật|Luật|Pháp lệnh|Kết luận|Quy định|Thông báo|Kế hoạch|Công văn|Hướng dẫn)" +
        @"\s+(?:số\s+)?(?<symbol>\d+(?:/\d{4})?/[\p{Lu}][\p{L}\d]*(?:-[\p{L}\d]+)*|\d+-[\p{Lu}]+/[\p{Lu}\d]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static IEnumerable<CitationKey> Extract(string line) =>
        Pattern().Matches(line).Select(m => CitationKey.Of(m.Groups["kind"].Value, m.Groups["symbol"].Value, null, false, null, null, null));
}
