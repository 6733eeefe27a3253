using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Records;

/// <summary>Why a disposal proposal or its approval was refused, as RFC 7807 problems in Vietnamese.</summary>
public static class DisposalProblems
{
    public static ProblemHttpResult NotFound(string id) =>
        Problems.Make(StatusCodes.Status404NotFound, "Không tìm thấy đề nghị hủy", $"Không có đề nghị hủy nào mang mã '{id}'.");

    /// <summary>Why a proposal or approval was refused, in the words the API and the staff page both give.</summary>
    public static ProblemHttpResult Answer(DisposalResult result, string id) => result.Outcome switch
    {
        DisposalOutcome.NotFound => NotFound(id),
        DisposalOutcome.SameAdmin => Problems.Make(StatusCodes.Status403Forbidden, "Người đề nghị không được tự duyệt",
            $"Đề nghị hủy {id} do {result.Proposal!.ProposedBy} lập: phải do một quản trị viên khác xem xét và duyệt."),
        DisposalOutcome.AlreadyCarriedOut => Problems.Make(StatusCodes.Status409Conflict, "Đề nghị hủy đã thực hiện",
            $"Đề nghị hủy {id} đã được {result.Proposal!.ApprovedBy} duyệt và thực hiện."),
        _ => TypedResults.Problem(title: "Không được hủy", detail: string.Join(" ", result.Obstacles ?? []),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["obstacles"] = result.Obstacles }),
    };
}
