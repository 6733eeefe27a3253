using System.Globalization;
using Archive.Api.Documents;
using Archive.Indexer.Extraction;
using Archive.Indexer.Metadata;

namespace Archive.Api.Web;

/// <summary>
/// How the pages say things to people: dates as dd/mm/yyyy, times in Vietnam's time zone, sizes and shares with
/// a decimal comma, votes as "tán thành 58/62 (93,5 %)", a file's kind by its everyday name.
/// </summary>
public static class Display
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    public static string Date(DateOnly? date) => MetadataRules.ShowDate(date);

    public static string Time(DateTimeOffset time) => time.ToOffset(VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTime wallClock) => wallClock.TimeOfDay == TimeSpan.Zero
        ? wallClock.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : wallClock.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"820 byte", "35,2 KB", "1,4 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", Vietnamese) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", Vietnamese) + " MB",
    };

    /// <summary>"93,5 %".</summary>
    public static string Share(int part, int whole) => (part * 100.0 / whole).ToString("0.#", Vietnamese) + " %";

    /// <summary>"PDF", "Word (DOCX)", "ảnh JPEG": what a person calls the file.</summary>
    public static string FileKind(string contentType)
    {
        var format = AcceptedFormats.Of(contentType);
        if (format is null) return contentType;
        if (format == AcceptedFormats.Docx || format == AcceptedFormats.Doc) return $"Word ({format.Label})";
        if (format == AcceptedFormats.Odt || format == AcceptedFormats.Rtf) return $"văn bản {format.Label}";
        if (format == AcceptedFormats.Xlsx || format == AcceptedFormats.Xls) return $"Excel ({format.Label})";
        if (format == AcceptedFormats.Ods) return "bảng tính ODS";
        if (format == AcceptedFormats.PlainText) return "văn bản thuần";
        if (format == AcceptedFormats.Jpeg || format == AcceptedFormats.Png || format == AcceptedFormats.Tiff) return $"ảnh {format.Label}";
        return format.Label;
    }

    /// <summary>
    /// "tán thành 58/62 (93,5 %), không tán thành 4/62": only what the minutes state, never a "?" for what they do not.
    /// Null when the vote carries no count at all.
    /// </summary>
    public static string? Vote(VoteResult vote)
    {
        var parts = new List<string>();
        if (vote.For is { } agreed)
            parts.Add(vote.Total is { } total and > 0 ? $"tán thành {agreed}/{total} ({Share(agreed, total)})" : $"tán thành {agreed}");
        else if (vote.ForPercent is { } percent)
            parts.Add($"tán thành {percent} %");
        if (vote.Against is { } against) parts.Add(vote.Total is { } t1 ? $"không tán thành {against}/{t1}" : $"không tán thành {against}");
        if (vote.Abstain is { } abstain) parts.Add(vote.Total is { } t2 ? $"ý kiến khác {abstain}/{t2}" : $"ý kiến khác {abstain}");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>The meeting's facts as label and value, in the order a clerk reads minutes; absent facts left out.</summary>
    public static IReadOnlyList<(string Label, string Value)> Meeting(MeetingRecord? meeting)
    {
        var rows = new List<(string, string)>();
        if (meeting is null) return rows;
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) rows.Add((label, value));
        }
        Add("Cuộc họp", meeting.Title);
        Add("Thời gian", meeting.StartsAt is { } start
            ? Time(start) + (meeting.EndsAt is { } end ? $" đến {end:HH:mm}" : "")
            : null);
        Add("Địa điểm", meeting.Place);
        Add("Chủ trì", Person(meeting.Chair));
        Add("Thư ký", Person(meeting.Secretary));
        if (meeting.Attendance is { } a)
            Add("Có mặt", a.Present is { } present ? present + (a.Total is { } total ? $"/{total}" : "") + (a.Absent is { } absent ? $", vắng {absent}" : "") : null);
        foreach (var vote in meeting.Votes.Distinct())
        {
            if (Vote(vote) is not { } counted) continue;
            Add("Biểu quyết", vote.Subject is null ? counted : $"{vote.Subject}: {counted}");
        }
        return rows;
    }

    public static string? Signer(SignerInfo? signer) => signer is null
        ? null
        : string.Join(" ", new[] { signer.Capacity, signer.Position, signer.Name }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>"Quyết định số 7/2025/QĐ-UBND ngày 10/07/2025": a document named as the source of a statement.</summary>
    public static string Reference(Archive.Api.Citations.DocumentLink document) =>
        Archive.Api.Citations.DocumentNames.Of(document) + (document.IssuedOn is { } d ? " ngày " + Date(d) : "");

    /// <summary>"Quyết định · 12/QĐ-UBND · UBND xã Đình Lập · ngày 20/02/2025".</summary>
    public static string Summary(DocumentRecord record) => string.Join(" · ", new[]
    {
        record.Kind, record.Number, record.Issuer, record.IssuedOn is { } d ? "ngày " + Date(d) : null,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string? Person(MeetingParticipant? person) =>
        person is null ? null : person.Role is null ? person.Name : $"{person.Name} ({person.Role})";
}
