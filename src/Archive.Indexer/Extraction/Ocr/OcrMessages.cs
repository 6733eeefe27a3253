namespace Archive.Indexer.Extraction.Ocr;

/// <summary>What the clerk reads when a scan yields no text.</summary>
internal static class OcrMessages
{
    public const string NothingRecognized = "Không nhận dạng được chữ nào trong bản quét.";
    public const string PageUnreadable = "Không nhận dạng được chữ trên trang này (ảnh hỏng hoặc không đọc được).";

    public static string ToolMissing(string tool) =>
        $"Máy chủ chưa cài {tool} nên chưa nhận dạng được chữ trong bản quét.";

    public static string PageTimedOut(TimeSpan limit) =>
        $"Nhận dạng chữ một trang quá thời gian cho phép ({limit.TotalSeconds:0} giây).";

    public static string ImageTooLarge(long width, long height, long limit) =>
        $"Ảnh quá lớn ({width:N0} × {height:N0} điểm ảnh, giới hạn {limit / 1_000_000:N0} triệu điểm ảnh), có thể là tệp độc hại: không nhận dạng chữ.";

    public static string TooManyFrames(int frames, int limit) =>
        $"Ảnh có quá nhiều trang ({frames:N0}, giới hạn {limit:N0}): không nhận dạng chữ.";

    public static string Unsupported(string contentType) =>
        $"Chưa hỗ trợ nhận dạng chữ cho loại tệp này ({contentType}).";

    public static string For(ExternalToolException e, TimeSpan limit) => e.Failure switch
    {
        ExternalToolFailure.Missing => ToolMissing(e.Tool),
        ExternalToolFailure.TimedOut => PageTimedOut(limit),
        _ => PageUnreadable,
    };
}
