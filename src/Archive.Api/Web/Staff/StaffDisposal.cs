using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Records;
using Microsoft.AspNetCore.Antiforgery;

namespace Archive.Api.Web.Staff;

/// <summary>
/// The page of holds and disposal (/quan-ly/huy-tai-lieu): legal holds with the forms to place and lift them, the
/// disposal due list with the form to propose what is ticked, proposals with the approval form (shown to admins
/// other than the proposer), and the tombstones. Every change goes through the same registers as the API's and
/// is refused in the same words.
/// </summary>
public static class StaffDisposal
{
    public const string Path = "/quan-ly/huy-tai-lieu";

    /// <summary>Form field names of the due list's ticks: <c>ho-so:{id}</c> and <c>van-ban:{id}</c>.</summary>
    public const string DossierTick = "ho-so:";
    public const string DocumentTick = "van-ban:";

    public static IEndpointRouteBuilder MapStaffDisposal(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(Path).RequireAuthorization(AccessPolicies.Audit).ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context, DisposalRegister register) => ShowAsync(context, null, StatusCodes.Status200OK));
        pages.MapPost("/phong-toa", PlaceHoldAsync);
        pages.MapPost("/phong-toa/{target}/{id}/go", ReleaseHoldAsync);
        pages.MapPost("/de-nghi", ProposeAsync).RequireAuthorization(AccessPolicies.FileRecords);
        pages.MapPost("/de-nghi/{id}/duyet", ApproveAsync).RequireAuthorization(AccessPolicies.Administer);
        return app;
    }

    private static async Task<IResult> PlaceHoldAsync(HttpContext context, IAntiforgery antiforgery, HoldRegister holds,
        Documents.DocumentCatalog catalog, DossierRegister dossiers) =>
        await WithFormAsync(context, antiforgery, async form =>
        {
            var target = form["target"].ToString() == LegalHold.DossierTarget ? LegalHold.DossierTarget : LegalHold.DocumentTarget;
            var id = form["id"].ToString().Trim();
            var reason = form["reason"].ToString();
            if (target == LegalHold.DocumentTarget ? catalog.Find(id) is null : dossiers.Find(id) is null)
                return (target == LegalHold.DocumentTarget ? $"Không có văn bản nào mang mã '{id}'." : $"Không có hồ sơ nào mang mã '{id}'.", StatusCodes.Status404NotFound);
            if (DossierRules.ReasonProblem(reason, "việc phong tỏa và gỡ phong tỏa") is { } problem) return (problem, StatusCodes.Status400BadRequest);
            return await holds.PlaceAsync(target, id, reason, AuditActor.From(context)) is null
                ? ($"'{id}' đang bị phong tỏa từ trước: {holds.Find(target, id)?.Reason}.", StatusCodes.Status409Conflict)
                : ("Đã phong tỏa.", StatusCodes.Status200OK);
        });

    private static async Task<IResult> ReleaseHoldAsync(string target, string id, HttpContext context, IAntiforgery antiforgery, HoldRegister holds) =>
        await WithFormAsync(context, antiforgery, async form =>
        {
            var reason = form["reason"].ToString();
            if (DossierRules.ReasonProblem(reason, "việc phong tỏa và gỡ phong tỏa") is { } problem) return (problem, StatusCodes.Status400BadRequest);
            return await holds.ReleaseAsync(target, id, reason, AuditActor.From(context)) is null
                ? ($"'{id}' không bị phong tỏa.", StatusCodes.Status404NotFound)
                : ("Đã gỡ phong tỏa.", StatusCodes.Status200OK);
        });

    private static async Task<IResult> ProposeAsync(HttpContext context, IAntiforgery antiforgery, DisposalRegister register) =>
        await WithFormAsync(context, antiforgery, async form =>
        {
            var dossierIds = form.Keys.Where(k => k.StartsWith(DossierTick, StringComparison.Ordinal)).Select(k => k[DossierTick.Length..]).ToList();
            var documentIds = form.Keys.Where(k => k.StartsWith(DocumentTick, StringComparison.Ordinal)).Select(k => k[DocumentTick.Length..]).ToList();
            var reason = form["reason"].ToString();
            if (dossierIds.Count + documentIds.Count == 0) return ("Hãy đánh dấu các hồ sơ, văn bản đề nghị hủy.", StatusCodes.Status400BadRequest);
            if (DossierRules.ReasonProblem(reason, "việc đề nghị hủy và duyệt hủy") is { } problem) return (problem, StatusCodes.Status400BadRequest);
            var result = await register.ProposeAsync(dossierIds, documentIds, reason, AuditActor.From(context), Today, CancellationToken.None);
            return Said(result, "", $"Đã lập đề nghị hủy {result.Proposal?.Id}: chờ một quản trị viên khác duyệt.");
        });

    private static async Task<IResult> ApproveAsync(string id, HttpContext context, IAntiforgery antiforgery, DisposalExecution execution) =>
        await WithFormAsync(context, antiforgery, async form =>
        {
            var reason = form["reason"].ToString();
            if (DossierRules.ReasonProblem(reason, "việc đề nghị hủy và duyệt hủy") is { } problem) return (problem, StatusCodes.Status400BadRequest);
            var result = await execution.ApproveAsync(id, reason, AuditActor.From(context), Today, CancellationToken.None);
            return Said(result, id, "Đã duyệt và hủy các tài liệu trong đề nghị; xem danh sách đã hủy bên dưới.");
        });

    private static (string Text, int Status) Said(DisposalResult result, string id, string done)
    {
        if (result.Outcome == DisposalOutcome.Done) return (done, StatusCodes.Status200OK);
        var problem = DisposalProblems.Answer(result, id);
        return (problem.ProblemDetails.Detail ?? "", problem.StatusCode);
    }

    /// <summary>Checks the form's token, does the change and shows the page with what happened (in the answer's status).</summary>
    private static async Task<IResult> WithFormAsync(HttpContext context, IAntiforgery antiforgery, Func<IFormCollection, Task<(string Text, int Status)>> change)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        var (text, status) = await change(await context.Request.ReadFormAsync());
        return await ShowAsync(context, (text, status == StatusCodes.Status200OK), status);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<IResult> ShowAsync(HttpContext context, (string Text, bool Ok)? message, int status)
    {
        var services = context.RequestServices;
        var register = services.GetRequiredService<DisposalRegister>();
        return await PageRenderer.PageAsync<StaffDisposalPage>(context, new
        {
            Viewer = StaffViewer.From(context), Message = message,
            Due = await services.GetRequiredService<DisposalDue>().ListAsync(Today, CancellationToken.None),
            Holds = (IReadOnlyList<LegalHold>)services.GetRequiredService<HoldRegister>().All.OrderByDescending(h => h.PlacedAt).ToList(),
            Proposals = (IReadOnlyList<DisposalProposal>)register.All.OrderByDescending(p => p.ProposedAt).ToList(),
            Tombstones = (IReadOnlyList<DisposalTombstone>)register.Tombstones.OrderByDescending(t => t.DestroyedAt).ToList(),
        }, status);
    }
}
