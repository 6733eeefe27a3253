using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Records;

/// <summary>Why a dossier change was refused, as RFC 7807 problems in Vietnamese.</summary>
public static class DossierProblems
{
    public static ProblemHttpResult NotFound(string id) =>
        Problems.Make(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ", $"Không có hồ sơ nào mang mã '{id}'.");

    public static ProblemHttpResult Closed(Dossier dossier) =>
        Problems.Make(StatusCodes.Status409Conflict, "Hồ sơ đã khóa",
            $"{Capitalized(DossierRegister.Describe(dossier))} đã khóa: không thể thay đổi nội dung hay thông tin của hồ sơ. Chỉ quản trị viên mới mở lại được, kèm lý do.");

    public static ProblemHttpResult DocumentInClosedDossier(string documentId, Dossier dossier) =>
        Problems.Make(StatusCodes.Status409Conflict, "Văn bản thuộc hồ sơ đã khóa",
            $"Văn bản '{documentId}' thuộc {DossierRegister.Describe(dossier)} đã khóa: không thể sửa thông tin hay thay đổi việc công bố. Chỉ quản trị viên mới mở lại được hồ sơ, kèm lý do.");

    public static ProblemHttpResult Answer(DossierResult result, string id, string? documentId = null) => result.Outcome switch
    {
        DossierOutcome.NotFound => NotFound(id),
        DossierOutcome.DocumentNotFound => Problems.DocumentNotFound(documentId ?? ""),
        DossierOutcome.Closed => Closed(result.Dossier!),
        DossierOutcome.InOtherDossier => Problems.Make(StatusCodes.Status409Conflict, "Văn bản đã thuộc hồ sơ khác",
            $"Văn bản '{documentId}' đã nằm trong {DossierRegister.Describe(result.Other!)}; mỗi văn bản chỉ thuộc một hồ sơ. Hãy rút văn bản khỏi hồ sơ đó trước."),
        DossierOutcome.NotInDossier => Problems.Make(StatusCodes.Status404NotFound, "Văn bản không thuộc hồ sơ",
            $"Văn bản '{documentId}' không nằm trong {DossierRegister.Describe(result.Dossier!)}."),
        DossierOutcome.AlreadyOpen => Problems.Make(StatusCodes.Status409Conflict, "Hồ sơ đang mở",
            $"{Capitalized(DossierRegister.Describe(result.Dossier!))} đang mở, không cần mở lại."),
        DossierOutcome.DuplicateCode => Problems.Make(StatusCodes.Status409Conflict, "Trùng ký hiệu hồ sơ",
            $"Năm {result.Other!.Year} đã có {DossierRegister.Describe(result.Other)}; ký hiệu hồ sơ không được trùng trong một năm."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "not a refusal"),
    };

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
