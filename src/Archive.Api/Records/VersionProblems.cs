using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Records;

/// <summary>Why a new version was refused, as RFC 7807 problems in Vietnamese (the API and the staff page say the same).</summary>
public static class VersionProblems
{
    public static ProblemHttpResult Answer(VersionResult result, string id, string fileName) => result.Outcome switch
    {
        VersionOutcome.NotFound => Problems.DocumentNotFound(id),
        VersionOutcome.Destroyed => Problems.Make(StatusCodes.Status409Conflict, "Văn bản đã bị hủy",
            $"Văn bản '{id}' đã bị hủy theo đề nghị {result.Tombstone!.ProposalId} (người duyệt: {result.Tombstone.ApprovedBy}); không thể thêm phiên bản."),
        VersionOutcome.InClosedDossier => Problems.Make(StatusCodes.Status409Conflict, "Văn bản thuộc hồ sơ đã khóa",
            $"Văn bản '{id}' thuộc {DossierRegister.Describe(result.Dossier!)} đã khóa: không thể thêm phiên bản mới. Chỉ quản trị viên mới mở lại được hồ sơ, kèm lý do."),
        VersionOutcome.Processing => Problems.Make(StatusCodes.Status409Conflict, "Văn bản đang được xử lý",
            $"Văn bản '{id}' đang được đọc và lập chỉ mục; hãy tải phiên bản mới lên sau khi xử lý xong."),
        VersionOutcome.Identical => Problems.Make(StatusCodes.Status409Conflict, "Tệp trùng với phiên bản hiện hành",
            $"Tệp '{fileName}' giống hệt từng byte với phiên bản hiện hành ({result.Record!.Version}) của văn bản; không có gì thay đổi."),
        VersionOutcome.HeldByOther => Problems.Make(StatusCodes.Status409Conflict, "Tệp đã thuộc văn bản khác",
            $"Tệp '{fileName}' giống hệt từng byte với tệp của văn bản {Named(result.Other!)} trong kho; mỗi tệp chỉ thuộc một văn bản, "
            + "nên không thể làm phiên bản mới của văn bản này. Hãy kiểm tra lại tệp đã chọn."),
        VersionOutcome.Busy => Problems.Make(StatusCodes.Status409Conflict, "Phiên bản khác vừa được tải lên",
            $"Một phiên bản khác của văn bản '{id}' vừa được tải lên cùng lúc; hãy xem lại danh sách phiên bản rồi thử lại."),
        VersionOutcome.UnsupportedType => Problems.UnsupportedType(fileName),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "not a refusal"),
    };

    /// <summary>"số 15/QĐ-UBND (mã …)", or its title when it has no number: as people know it, and its id to find it.</summary>
    private static string Named(Documents.DocumentRecord other) =>
        (other.Number is { Length: > 0 } number ? $"số {number}" : $"“{other.Title}”") + $" (mã {other.Id})";
}
