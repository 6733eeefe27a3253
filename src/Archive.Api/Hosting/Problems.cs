using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Hosting;

/// <summary>RFC 7807 answers with Vietnamese titles and details a clerk can read.</summary>
public static class Problems
{
    public static ProblemHttpResult Make(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    public static ProblemHttpResult DocumentNotFound(string id) =>
        Make(StatusCodes.Status404NotFound, "Không tìm thấy văn bản", $"Không có văn bản nào mang mã '{id}' trong kho lưu trữ.");

    public static ProblemHttpResult BadRequest(string detail) =>
        Make(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", detail);

    public static ProblemHttpResult TooLarge(long maxBytes) =>
        Make(StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn",
            $"Tệp vượt quá giới hạn cho phép ({maxBytes / (1024 * 1024)} MB).");

    public static ProblemHttpResult UnsupportedType(string fileName) =>
        Make(StatusCodes.Status415UnsupportedMediaType, "Định dạng tệp không được hỗ trợ",
            $"Tệp '{fileName}' không thuộc loại kho lưu trữ nhận (PDF, DOCX, DOC, RTF, ODT, văn bản thuần, ảnh JPEG/PNG/TIFF); tệp không được lưu.");
}
