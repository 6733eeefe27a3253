namespace Archive.Indexer.Extraction;

/// <summary>The reasons shown to the clerk when a file yields no text; one wording for each situation.</summary>
internal static class ExtractionMessages
{
    public const string PdfEncrypted = "Tệp PDF được mã hóa, không trích xuất được văn bản.";
    public const string PdfWithoutTextLayer = "Tệp PDF không có lớp văn bản (có thể là bản quét).";
    public const string PdfBlankPages = "Các trang của tệp PDF đều trống: không có chữ, cũng không có hình ảnh để nhận dạng.";
    public const string PdfCorrupt = "Tệp bị hỏng: không đọc được cấu trúc tệp PDF.";
    public const string DocxCorrupt = "Tệp bị hỏng: không mở được tệp Word (DOCX).";
    public const string DocxEmpty = "Tệp Word không có nội dung văn bản.";
    public const string XlsxCorrupt = "Tệp bị hỏng: không mở được tệp Excel (XLSX).";
    public const string XlsxEmpty = "Tệp Excel không có ô nào chứa chữ hoặc số.";
    public const string TextEmpty = "Tệp văn bản trống.";
    public const string TextUnknownEncoding = "Tệp bị hỏng: không nhận ra bảng mã của tệp văn bản.";

    public const string PdfGarbled =
        "Lớp chữ của tệp PDF không đọc được thành tiếng Việt (phông chữ thiếu bảng mã Unicode) và không nhận dạng được chữ (OCR) từ ảnh trang.";

    public static string PdfTooManyPages(int pages, int limit) =>
        $"Tệp PDF có {pages} trang, vượt giới hạn {limit} trang một tệp: hãy tách thành nhiều tệp nhỏ hơn.";


    public static string PackageTooLarge(long limitBytes) =>
        $"Tệp giải nén ra quá lớn (hơn {limitBytes / (1024 * 1024)} MB nội dung), có thể là tệp độc hại (bom nén): tài liệu không được đọc.";

    public static string PackageTooManyParts(int limit) =>
        $"Tệp chứa quá nhiều thành phần (hơn {limit:N0}), có thể là tệp độc hại: tài liệu không được đọc.";

    public static string TextTooLong(long limitCharacters) =>
        $"Văn bản dài quá giới hạn {limitCharacters:N0} ký tự, có thể là tệp độc hại: tài liệu không được đọc.";

    public static string Unsupported(string contentType) =>
        $"Chưa hỗ trợ trích xuất văn bản từ loại tệp này ({contentType}).";
}
