using Archive.Api.Apis;
using System.Globalization;
using Archive.Api.Citations;

namespace Archive.Api.Web.Staff;

/// <summary>
/// What the staff search page was asked (words and filters), and the addresses of the same search with one thing
/// changed: a facet clicked, a filter removed, another month. Dates travel as yyyy-MM-dd, as date inputs send them.
/// </summary>
public sealed record StaffSearchQuery(
    string? Q = null, string? Kind = null, string? Issuer = null, string? From = null, string? To = null,
    string? Chair = null, string? Place = null, string? Validity = null, string? Sort = null)
{
    public const string Path = "/quan-ly/";

    /// <summary>The validity states a search can be narrowed to, in the order the filter lists them.</summary>
    public static IReadOnlyList<string> ValidityStatesListed { get; } =
        [ValidityStates.InForce, ValidityStates.Amended, ValidityStates.PartlyExpired, ValidityStates.Expired];

    public bool HasWords => !string.IsNullOrWhiteSpace(Q);

    public bool HasFilters => Filters.Any(f => !string.IsNullOrWhiteSpace(f.Value));

    /// <summary>The filters the search index answers (validity is known to the records, not the index).</summary>
    public bool HasIndexFilters => Filters.Where(f => f.Name != "validity").Any(f => !string.IsNullOrWhiteSpace(f.Value));

    public DateOnly? FromDate => SearchApi.Date(From);
    public DateOnly? ToDate => SearchApi.Date(To);

    public string Url(int page = 1)
    {
        var parts = new[] { ("q", Q) }.Concat(Filters.Select(f => (f.Name, f.Value))).Append(("sort", Sort))
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!.Trim())}").ToList();
        if (page > 1) parts.Add($"page={page}");
        return parts.Count == 0 ? Path : Path + "?" + string.Join("&", parts);
    }

    /// <summary>Each filter in force, said in words, with the search without it.</summary>
    public IEnumerable<(string Label, StaffSearchQuery Without)> Active()
    {
        if (!string.IsNullOrWhiteSpace(Kind)) yield return ($"Loại: {Kind}", this with { Kind = null });
        if (!string.IsNullOrWhiteSpace(Issuer)) yield return ($"Cơ quan: {Issuer}", this with { Issuer = null });
        if (FromDate is { } from) yield return ($"Từ ngày {Display.Date(from)}", this with { From = null });
        if (ToDate is { } to) yield return ($"Đến ngày {Display.Date(to)}", this with { To = null });
        if (!string.IsNullOrWhiteSpace(Chair)) yield return ($"Chủ trì: {Chair}", this with { Chair = null });
        if (!string.IsNullOrWhiteSpace(Place)) yield return ($"Địa điểm: {Place}", this with { Place = null });
        if (!string.IsNullOrWhiteSpace(Validity)) yield return ($"Hiệu lực: {Validity}", this with { Validity = null });
    }

    /// <summary>The twelve months of the year in view (the start date's, or this year), the whole year, and the year before.</summary>
    public IEnumerable<(string Label, StaffSearchQuery Query, bool Current)> Months(DateOnly today)
    {
        // A start date typed at the calendar's ends (01/01/0001, 31/12/9999) still has a year before and a month after.
        var year = Math.Clamp(FromDate?.Year ?? today.Year, DateOnly.MinValue.Year + 1, DateOnly.MaxValue.Year - 1);
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            yield return ($"Tháng {month}", WithDates(first, last), FromDate == first && ToDate == last);
        }
        var january = new DateOnly(year, 1, 1);
        yield return ($"Cả năm {year}", WithDates(january, new DateOnly(year, 12, 31)), FromDate == january && ToDate == new DateOnly(year, 12, 31));
        yield return ($"Năm {year - 1}", WithDates(january.AddYears(-1), new DateOnly(year - 1, 12, 31)), false);
    }

    public StaffSearchQuery WithDates(DateOnly from, DateOnly to) => this with { From = Iso(from), To = Iso(to) };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private IEnumerable<(string Name, string? Value)> Filters =>
    [
        ("kind", Kind), ("issuer", Issuer), ("from", From), ("to", To), ("chair", Chair), ("place", Place), ("validity", Validity),
    ];

}
