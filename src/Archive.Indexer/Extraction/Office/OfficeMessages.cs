namespace Archive.Indexer.Extraction.Office;

/// <summary>What the clerk reads when a Word 97, RTF or OpenDocument file yields no text.</summary>
internal static class OfficeMessages
{
    public const string ConverterMissing = "Máy chủ chưa cài LibreOffice nên chưa đọc được tệp Word cũ (.doc), RTF hoặc ODT.";
    public const string Corrupt = "Tệp bị hỏng: LibreOffice không chuyển đổi được tệp này.";
    public const string Empty = "Tệp văn bản không có nội dung.";
    public const string NotOffice = "Tệp không phải là văn bản Word cũ (.doc), RTF hoặc ODT.";

    public static string TimedOut(TimeSpan limit) =>
        $"Chuyển đổi tệp bằng LibreOffice quá thời gian cho phép ({limit.TotalSeconds:0} giây).";
}
