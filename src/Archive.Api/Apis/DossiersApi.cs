using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class DossiersApi
{
    public sealed record DossierInput(string? Code, string? Title, JsonElement? Year, JsonElement? Retention, string? Unit, string? Responsible);

    public sealed record DocumentInput(string? DocumentId);

    public sealed record ReasonInput(string? Reason);

    public static IEndpointRouteBuilder MapDossiersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(AccessPolicies.Read);
        api.MapPost("/", Create).WithName("CreateDossier")
            .WithSummary("Open a dossier (hồ sơ): JSON { code, title, year, retention (\"vĩnh viễn\" or years), unit?, responsible? } (audited)")
            .RequireAuthorization(AccessPolicies.FileRecords);
        api.MapGet("/", List).WithName("ListDossiers").WithSummary("Dossiers by year and code; ?year= gives one year's list (danh mục hồ sơ)");
        api.MapGet("/catalog.csv", ExportCatalog).WithName("ExportDossierCatalog")
            .WithSummary("One year's dossier list (danh mục hồ sơ) as CSV for a spreadsheet: ?year= (default this year)");
        api.MapGet("/{id}", Get).WithName("GetDossier").WithSummary("A dossier, its documents, disposal date and history");
        api.MapPost("/{id}/documents", AddDocument).WithName("AddDocumentToDossier")
            .WithSummary("Put a document in an open dossier: JSON { documentId }; a document belongs to one dossier only (audited)")
            .RequireAuthorization(AccessPolicies.FileRecords);
        api.MapDelete("/{id}/documents/{documentId}", RemoveDocument).WithName("RemoveDocumentFromDossier")
            .WithSummary("Take a document out of an open dossier (audited)")
            .RequireAuthorization(AccessPolicies.FileRecords);
        api.MapPost("/{id}/close", Close).WithName("CloseDossier")
            .WithSummary("Close the dossier (khóa hồ sơ): JSON { reason }; its content and its documents' metadata are fixed from then on (audited)")
            .RequireAuthorization(AccessPolicies.Administer);
        api.MapPost("/{id}/reopen", Reopen).WithName("ReopenDossier")
            .WithSummary("Reopen a closed dossier: JSON { reason }, admins only (audited)")
            .RequireAuthorization(AccessPolicies.Administer);
        return app;
    }

    public static async Task<Results<Created<Dossier>, ProblemHttpResult>> Create(DossierInput? input, DossierRegister dossiers, HttpContext context)
    {
        if (input is null) return Problems.BadRequest("Hãy gửi thông tin hồ sơ dạng JSON: { code, title, year, retention, unit, responsible }.");
        var year = input.Year is { ValueKind: JsonValueKind.Number or JsonValueKind.String } y ? y.ToString() : null;
        var (draft, problems) = DossierRules.Check(input.Code, input.Title, year, input.Retention, input.Unit, input.Responsible);
        if (draft is null)
            return TypedResults.Problem(title: "Thông tin hồ sơ chưa hợp lệ", detail: string.Join(" ", problems.Values),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = problems.ToDictionary(p => p.Key, p => new[] { p.Value }) });
        var result = await dossiers.CreateAsync(draft, AuditActor.From(context));
        return result.Outcome == DossierOutcome.Done
            ? TypedResults.Created($"/api/dossiers/{result.Dossier!.Id}", result.Dossier)
            : DossierProblems.Answer(result, "");
    }

    public static Results<Ok<List<Dossier>>, ProblemHttpResult> List(DossierRegister dossiers, int? year) =>
        TypedResults.Ok(dossiers.All.Where(d => year is null || d.Year == year).OrderBy(d => d.Year).ThenBy(d => d.Code, DossierCatalogExport.CodeOrder).ToList());

    public static FileContentHttpResult ExportCatalog(DossierRegister dossiers, int? year)
    {
        var chosen = year ?? DateTime.UtcNow.Year;
        return TypedResults.File(DossierCatalogExport.Csv(DossierCatalogExport.OfYear(dossiers.All, chosen)), "text/csv; charset=utf-8", $"danh-muc-ho-so-{chosen}.csv");
    }

    public static Results<Ok<Dossier>, ProblemHttpResult> Get(string id, DossierRegister dossiers) =>
        dossiers.Find(id) is { } dossier ? TypedResults.Ok(dossier) : DossierProblems.NotFound(id);

    public static async Task<Results<Ok<Dossier>, ProblemHttpResult>> AddDocument(string id, DocumentInput? input, DossierRegister dossiers, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(input?.DocumentId)) return Problems.BadRequest("Hãy ghi mã văn bản (documentId) cần đưa vào hồ sơ.");
        return Answer(await dossiers.AddDocumentAsync(id, input.DocumentId.Trim(), AuditActor.From(context)), id, input.DocumentId.Trim());
    }

    public static async Task<Results<Ok<Dossier>, ProblemHttpResult>> RemoveDocument(string id, string documentId, DossierRegister dossiers, HttpContext context) =>
        Answer(await dossiers.RemoveDocumentAsync(id, documentId, AuditActor.From(context)), id, documentId);

    public static async Task<Results<Ok<Dossier>, ProblemHttpResult>> Close(string id, ReasonInput? input, DossierRegister dossiers, HttpContext context) =>
        DossierRules.ReasonProblem(input?.Reason) is { } problem
            ? Problems.BadRequest(problem)
            : Answer(await dossiers.CloseAsync(id, input!.Reason!, AuditActor.From(context)), id);

    public static async Task<Results<Ok<Dossier>, ProblemHttpResult>> Reopen(string id, ReasonInput? input, DossierRegister dossiers, HttpContext context) =>
        DossierRules.ReasonProblem(input?.Reason) is { } problem
            ? Problems.BadRequest(problem)
            : Answer(await dossiers.ReopenAsync(id, input!.Reason!, AuditActor.From(context)), id);

    private static Results<Ok<Dossier>, ProblemHttpResult> Answer(DossierResult result, string id, string? documentId = null) =>
        result.Outcome == DossierOutcome.Done ? TypedResults.Ok(result.Dossier!) : DossierProblems.Answer(result, id, documentId);
}
