using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Archive.Api.Apis;

public static class HoldsApi
{
    public static IEndpointRouteBuilder MapHoldsApi(this IEndpointRouteBuilder app)
    {
        var holds = app.MapGroup("/api").WithTags("Records").RequireAuthorization(AccessPolicies.Audit);
        holds.MapPost("/documents/{id}/hold", (string id, DossiersApi.ReasonInput? input, HoldRegister h, DocumentCatalog c, DossierRegister d, HttpContext context) =>
            PlaceAsync(LegalHold.DocumentTarget, id, input, h, c, d, context)).WithName("HoldDocument")
            .WithSummary("Place a legal hold on a document: JSON { reason }; it is kept whatever its retention (admins, auditors; audited)");
        holds.MapPost("/dossiers/{id}/hold", (string id, DossiersApi.ReasonInput? input, HoldRegister h, DocumentCatalog c, DossierRegister d, HttpContext context) =>
            PlaceAsync(LegalHold.DossierTarget, id, input, h, c, d, context)).WithName("HoldDossier")
            .WithSummary("Place a legal hold on a dossier and so on all its documents: JSON { reason } (admins, auditors; audited)");
        holds.MapDelete("/documents/{id}/hold", ([FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DossiersApi.ReasonInput? input, string id, HoldRegister h, HttpContext context) =>
            ReleaseAsync(LegalHold.DocumentTarget, id, input, h, context)).WithName("ReleaseDocumentHold")
            .WithSummary("Lift a document's legal hold: JSON { reason } (audited)");
        holds.MapDelete("/dossiers/{id}/hold", ([FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DossiersApi.ReasonInput? input, string id, HoldRegister h, HttpContext context) =>
            ReleaseAsync(LegalHold.DossierTarget, id, input, h, context)).WithName("ReleaseDossierHold")
            .WithSummary("Lift a dossier's legal hold: JSON { reason } (audited)");
        holds.MapGet("/disposal/due", Due).WithName("ListDisposalDue")
            .WithSummary("Dossiers and loose documents whose retention has run out, oldest first; held ones marked (admins, auditors)");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<DueItem>>> Due(DisposalDue due, CancellationToken cancellationToken) =>
        TypedResults.Ok(await due.ListAsync(DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken));

    private static async Task<Results<Created<LegalHold>, ProblemHttpResult>> PlaceAsync(string target, string id, DossiersApi.ReasonInput? input,
        HoldRegister holds, DocumentCatalog catalog, DossierRegister dossiers, HttpContext context)
    {
        if (target == LegalHold.DocumentTarget ? catalog.Find(id) is null : dossiers.Find(id) is null)
            return target == LegalHold.DocumentTarget ? Problems.DocumentNotFound(id) : DossierProblems.NotFound(id);
        if (ReasonProblem(input?.Reason) is { } problem) return Problems.BadRequest(problem);
        return await holds.PlaceAsync(target, id, input!.Reason!, AuditActor.From(context)) is { } hold
            ? TypedResults.Created($"/api/{target}s/{id}/hold", hold)
            : Problems.Make(StatusCodes.Status409Conflict, "Đã bị phong tỏa",
                $"{Name(target, id)} đang bị phong tỏa từ trước: {holds.Find(target, id)?.Reason}. Hãy gỡ phong tỏa cũ trước nếu cần ghi lý do khác.");
    }

    private static async Task<Results<Ok<LegalHold>, ProblemHttpResult>> ReleaseAsync(string target, string id, DossiersApi.ReasonInput? input, HoldRegister holds, HttpContext context)
    {
        if (ReasonProblem(input?.Reason) is { } problem) return Problems.BadRequest(problem);
        return await holds.ReleaseAsync(target, id, input!.Reason!, AuditActor.From(context)) is { } hold
            ? TypedResults.Ok(hold)
            : Problems.Make(StatusCodes.Status404NotFound, "Không có phong tỏa", $"{Name(target, id)} không bị phong tỏa.");
    }

    private static string? ReasonProblem(string? reason) => DossierRules.ReasonProblem(reason, "việc phong tỏa và gỡ phong tỏa");

    private static string Name(string target, string id) => target == LegalHold.DossierTarget ? $"Hồ sơ '{id}'" : $"Văn bản '{id}'";
}
