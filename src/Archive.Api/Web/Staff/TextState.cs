using Archive.Api.Documents;

namespace Archive.Api.Web.Staff;

/// <summary>Where reading a document's text stands, in words a clerk reads: OCR progress, source, conversions.</summary>
public static class TextState
{
    /// <summary>The status alone, as a version in the chain had it.</summary>
    public static string Label(string textStatus) => textStatus switch
    {
        TextStatuses.Pending => "đang xử lý",
        TextStatuses.Ok => "đã đọc được chữ",
        TextStatuses.Empty => "không có chữ (chỉ có ảnh?)",
        _ => "không đọc được",
    };

    public static string Describe(DocumentRecord record)
    {
        var state = record.TextStatus == TextStatuses.Pending && record.Ocr is { } ocr
            ? $"đang nhận dạng chữ từ ảnh: {ocr.PagesDone}/{ocr.PagesTotal} trang"
            : Label(record.TextStatus);
        if (record.TextError is { } error) state += ": " + error;
        if (record.TextStatus != TextStatuses.Pending && record.Ocr is { } done)
            state += $"; nhận dạng chữ từ ảnh {done.PagesTotal} trang, độ tin cậy trung bình {done.MeanConfidence:F0}/100"
                + (done.LowConfidencePages is { Count: > 0 } low ? $", cần đối chiếu trang {string.Join(", ", low)}" : "");
        if (record.TextConversions.Count > 0) state += $"; đã chuyển từ bảng mã cũ ({string.Join(", ", record.TextConversions).ToUpperInvariant()})";
        return state;
    }
}
