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
            $"Tệp '{fileName}' không thuộc loại kho lưu trữ nhận ({Archive.Indexer.Extraction.AcceptedFormats.Names}); tệp không được lưu.");

    /// <summary>Fields a person must fix, each said in Vietnamese; <c>errors</c> names them for forms and programs.</summary>
    public static ProblemHttpResult InvalidMetadata(IReadOnlyList<Documents.MetadataProblem> problems) =>
        TypedResults.Problem(title: "Thông tin văn bản chưa hợp lệ", detail: Documents.MetadataRules.Describe(problems),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            });
}
