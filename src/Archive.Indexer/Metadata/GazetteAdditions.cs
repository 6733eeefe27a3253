using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Lines that publishing adds around a document's own text and that are not part of its header: the digital
/// signature stamp ("Ký bởi: …", "Người ký: …", "Cơ quan: …", "Thời gian ký: …", an e-mail, a time), the Công báo's
/// running header ("CÔNG BÁO/Số 447 + 448/Ngày 25-6-2022"), bare page numbers and the gazette's section banners
/// ("VĂN BẢN QUY PHẠM PHÁP LUẬT", "ĐIỀU ƯỚC QUỐC TẾ"). Matched on the folded line (<see cref="MetadataText.Fold"/>).
/// </summary>
internal static partial class GazetteAdditions
{
    // Labels written by the Vietnamese signing tools (VGCA, Viettel-CA, VNPT-CA) and the gazette, e-mails, dates and times.
    [GeneratedRegex(
        @"^(?:(?:k[iy] boi|nguoi k[iy]|co quan|to chuc|don vi|chuc vu|ngay k[iy]|thoi gian k[iy]|email|e-mail|thu dien tu)\s*:.*"
        + @"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        + @"|[\d\s.:/+\-]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})[\d\s.:/+\-]*"
        + @"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex StampLine();

    // "CÔNG BÁO/Số 1183 + 1184/Ngày 24-12-2020", with the page number before or after it, as OCR spaces it.
    [GeneratedRegex(@"^(?:\d{1,4}\s+)?cong\s*bao\s*(?:/\s*so\b[^a-z]*(?:ngay\b[^a-z]*)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHeader();

    [GeneratedRegex(@"^(?:van\s*ban\s*(?:qu[iy]\s*pham\s*phap\s*luat|hop\s*nhat|khac)|dieu\s*uoc\s*quoc\s*te)$", RegexOptions.CultureInvariant)]
    private static partial Regex Banner();

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    // The running header's date, however OCR cut the line: "CÔNG BÁO/Số 577\n+\n578/Ngày\n07-3-2023".
    [GeneratedRegex(@"cong\s*bao\s*/\s*so\b[^a-z]{0,40}?ngay\s*(?<d>\d{1,2})\s*(?<s>[/.-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHeaderDate();

    /// <summary>
    /// The day the Công báo issue carrying the text came out, from its running headers, in folded text; null for a
    /// text outside the gazette. The date most headers give wins (the latest among equals), so one header OCR misread
    /// does not move it.
    /// </summary>
    public static DateOnly? GazetteIssuedOn(string folded) =>
        RunningHeaderDate().Matches(folded)
            .Select(VietnameseDates.FromMatch)
            .OfType<DateOnly>()
            .GroupBy(d => d)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .Select(g => (DateOnly?)g.Key)
            .FirstOrDefault();

    /// <summary>True for a signature-stamp line (a label of the signing tools, an e-mail address, a date or time).</summary>
    public static bool IsStampLine(string line) => StampLine().IsMatch(MetadataText.Fold(line.Trim()));

    /// <summary>True for any line the gazette or the signing software added.</summary>
    public static bool IsAddition(string line)
    {
        var folded = MetadataText.Fold(line.Trim());
        return folded.Length > 0
            && (PageNumber().IsMatch(folded) || StampLine().IsMatch(folded) || RunningHeader().IsMatch(folded) || Banner().IsMatch(folded));
    }

    /// <summary>The lines without the additions; the blank lines around them stay, so the layout still reads.</summary>
    public static string[] Remove(string[] lines) => lines.Where(l => !IsAddition(l)).ToArray();
}
