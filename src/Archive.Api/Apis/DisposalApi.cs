using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class DisposalApi
{
    public sealed record ProposalInput(IReadOnlyList<string>? DossierIds, IReadOnlyList<string>? DocumentIds, string? Reason);

    /// <summary>A proposal names at most this many dossiers and documents: a year's list, not the whole archive at once.</summary>
    public const int MaxItems = 1000;

    public static IEndpointRouteBuilder MapDisposalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/disposal").WithTags("Records");
        api.MapPost("/proposals", Propose).WithName("ProposeDisposal")
            .WithSummary("Propose destroying due records (danh mục tài liệu hết giá trị): JSON { dossierIds, documentIds, reason } (clerks, admins; audited)")
            .RequireAuthorization(AccessPolicies.FileRecords);
        api.MapGet("/proposals", List).WithName("ListDisposalProposals").WithSummary("Disposal proposals, newest first")
            .RequireAuthorization(AccessPolicies.Audit);
        api.MapGet("/proposals/{id}", Get).WithName("GetDisposalProposal").WithSummary("One disposal proposal")
            .RequireAuthorization(AccessPolicies.Audit);
        api.MapPost("/proposals/{id}/approve", Approve).WithName("ApproveDisposal")
            .WithSummary("Approve and carry out a proposal: JSON { reason }, by an admin other than the proposer (403 for the proposer, "
                + "409 when anything in it is held, permanent or not due); destroys every object and version, keeps tombstones (audited)")
            .RequireAuthorization(AccessPolicies.Administer);
        api.MapGet("/tombstones", Tombstones).WithName("ListTombstones")
            .WithSummary("What was destroyed, when, on whose proposal and approval, newest first")
            .RequireAuthorization(AccessPolicies.Audit);
        return app;
    }

    public static async Task<Results<Created<DisposalProposal>, ProblemHttpResult>> Propose(ProposalInput? input, DisposalRegister register,
        HttpContext context, CancellationToken cancellationToken)
    {
        var dossierIds = Ids(input?.DossierIds);
        var documentIds = Ids(input?.DocumentIds);
        if (dossierIds.Count + documentIds.Count == 0)
            return Problems.BadRequest("Hãy ghi các hồ sơ (dossierIds) và/hoặc văn bản (documentIds) đề nghị hủy.");
        if (dossierIds.Count + documentIds.Count > MaxItems) return Problems.BadRequest($"Một đề nghị hủy có tối đa {MaxItems} hồ sơ và văn bản.");
        if (DossierRules.ReasonProblem(input!.Reason, "việc đề nghị hủy và duyệt hủy") is { } problem) return Problems.BadRequest(problem);
        var result = await register.ProposeAsync(dossierIds, documentIds, input.Reason!, AuditActor.From(context), Today, cancellationToken);
        return result.Outcome == DisposalOutcome.Done
            ? TypedResults.Created($"/api/disposal/proposals/{result.Proposal!.Id}", result.Proposal)
            : DisposalProblems.Answer(result, "");
    }

    public static Ok<List<DisposalProposal>> List(DisposalRegister register) =>
        TypedResults.Ok(register.All.OrderByDescending(p => p.ProposedAt).ToList());

    public static Results<Ok<DisposalProposal>, ProblemHttpResult> Get(string id, DisposalRegister register) =>
        register.Find(id) is { } proposal ? TypedResults.Ok(proposal) : DisposalProblems.NotFound(id);

    public static async Task<Results<Ok<DisposalProposal>, ProblemHttpResult>> Approve(string id, DossiersApi.ReasonInput? input,
        DisposalExecution execution, HttpContext context, CancellationToken cancellationToken)
    {
        if (DossierRules.ReasonProblem(input?.Reason, "việc đề nghị hủy và duyệt hủy") is { } problem) return Problems.BadRequest(problem);
        // Once destruction has begun it is finished whatever happens to the request.
        var result = await execution.ApproveAsync(id, input!.Reason!, AuditActor.From(context), Today, CancellationToken.None);
        return result.Outcome == DisposalOutcome.Done ? TypedResults.Ok(result.Proposal!) : DisposalProblems.Answer(result, id);
    }

    public static Ok<List<DisposalTombstone>> Tombstones(DisposalRegister register) =>
        TypedResults.Ok(register.Tombstones.OrderByDescending(t => t.DestroyedAt).ThenBy(t => t.Target, StringComparer.Ordinal).ToList());

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static List<string> Ids(IReadOnlyList<string>? ids) =>
        ids?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
