using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Records;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Web.Staff;

/// <summary>
/// The dossier pages (/quan-ly/ho-so): a year's dossier list (danh mục hồ sơ) with its CSV export and the form
/// to open a dossier; a dossier's page with its documents, history, and the forms to fill, close and reopen it.
/// Every change goes through <see cref="DossierRegister"/>, as the API's do, and is refused in the same words.
/// </summary>
public static class StaffDossiers
{
    public const string Path = "/quan-ly/ho-so";

    public static string DossierPath(string id) => $"{Path}/{id}";

    /// <summary>The periods offered in the form, longest first (the circular's usual ones).</summary>
    public static readonly IReadOnlyList<string> Periods = [RetentionPeriod.PermanentText, "70", "50", "20", "10", "5"];

    public static IEndpointRouteBuilder MapStaffDossiers(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(Path).RequireAuthorization(AccessPolicies.Read).ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context, DossierRegister dossiers, int? nam) => List(context, dossiers, nam, null, StatusCodes.Status200OK));
        pages.MapPost("/", Create).RequireAuthorization(AccessPolicies.FileRecords);
        pages.MapGet("/{id}", (string id, HttpContext context, DossierRegister dossiers, DocumentCatalog catalog) =>
            dossiers.Find(id) is { } dossier ? Show(context, dossier, catalog, null, StatusCodes.Status200OK) : NotFound(context, id));
        pages.MapPost("/{id}/van-ban", (string id, HttpContext c, IAntiforgery a, DossierRegister d, DocumentCatalog cat) =>
            ChangeAsync(id, c, a, d, cat, async form => await d.AddDocumentAsync(id, form["documentId"].ToString().Trim(), AuditActor.From(c)),
                form => form["documentId"].ToString().Trim(), "Đã đưa văn bản vào hồ sơ."))
            .RequireAuthorization(AccessPolicies.FileRecords);
        pages.MapPost("/{id}/van-ban/{documentId}/rut", (string id, string documentId, HttpContext c, IAntiforgery a, DossierRegister d, DocumentCatalog cat) =>
            ChangeAsync(id, c, a, d, cat, async _ => await d.RemoveDocumentAsync(id, documentId, AuditActor.From(c)), _ => documentId, "Đã rút văn bản khỏi hồ sơ."))
            .RequireAuthorization(AccessPolicies.FileRecords);
        pages.MapPost("/{id}/khoa", (string id, HttpContext c, IAntiforgery a, DossierRegister d, DocumentCatalog cat) =>
            ChangeWithReasonAsync(id, c, a, d, cat, reason => d.CloseAsync(id, reason, AuditActor.From(c)), "Đã khóa hồ sơ."))
            .RequireAuthorization(AccessPolicies.Administer);
        pages.MapPost("/{id}/mo-lai", (string id, HttpContext c, IAntiforgery a, DossierRegister d, DocumentCatalog cat) =>
            ChangeWithReasonAsync(id, c, a, d, cat, reason => d.ReopenAsync(id, reason, AuditActor.From(c)), "Đã mở lại hồ sơ."))
            .RequireAuthorization(AccessPolicies.Administer);
        return app;
    }

    private static async Task<IResult> Create(HttpContext context, IAntiforgery antiforgery, DossierRegister dossiers)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        var form = await context.Request.ReadFormAsync();
        var entered = new DossierForm(form["code"], form["title"], form["year"], form["retention"], form["unit"], form["responsible"]);
        var (draft, problems) = DossierRules.Check(entered.Code, entered.Title, entered.Year,
            JsonSerializer.SerializeToElement(entered.Retention), entered.Unit, entered.Responsible);
        int? year = int.TryParse(entered.Year, out var y) ? y : null;
        if (draft is null)
            return await List(context, dossiers, year, (string.Join(" ", problems.Values), false), StatusCodes.Status400BadRequest, entered);
        var result = await dossiers.CreateAsync(draft, AuditActor.From(context));
        if (result.Outcome != DossierOutcome.Done)
            return await List(context, dossiers, year, (Detail(result, ""), false), StatusCodes.Status409Conflict, entered);
        return TypedResults.Redirect(DossierPath(result.Dossier!.Id));
    }

    private static async Task<IResult> ChangeWithReasonAsync(string id, HttpContext context, IAntiforgery antiforgery, DossierRegister dossiers,
        DocumentCatalog catalog, Func<string, Task<DossierResult>> change, string done) =>
        await ChangeAsync(id, context, antiforgery, dossiers, catalog, async form =>
        {
            var reason = form["reason"].ToString();
            return DossierRules.ReasonProblem(reason) is null ? await change(reason) : null;
        }, _ => null, done);

    /// <summary>Checks the form's token, applies the change (null: the reason was missing) and shows the dossier with what happened.</summary>
    private static async Task<IResult> ChangeAsync(string id, HttpContext context, IAntiforgery antiforgery, DossierRegister dossiers, DocumentCatalog catalog,
        Func<IFormCollection, Task<DossierResult?>> change, Func<IFormCollection, string?> documentId, string done)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        var form = await context.Request.ReadFormAsync();
        if (dossiers.Find(id) is null) return await NotFound(context, id);
        var result = await change(form);
        if (result is null)
            return await Show(context, dossiers.Find(id)!, catalog, (DossierRules.ReasonProblem(null)!, false), StatusCodes.Status400BadRequest);
        if (result.Outcome == DossierOutcome.Done) return await Show(context, result.Dossier!, catalog, (done, true), StatusCodes.Status200OK);
        var problem = DossierProblems.Answer(result, id, documentId(form));
        return await Show(context, dossiers.Find(id)!, catalog, (problem.ProblemDetails.Detail ?? "", false), problem.StatusCode);
    }

    private static string Detail(DossierResult result, string id) => DossierProblems.Answer(result, id).ProblemDetails.Detail ?? "";

    private static Task<IResult> NotFound(HttpContext context, string id) =>
        StaffPages.MessageAsync(context, "Không tìm thấy hồ sơ", DossierProblems.NotFound(id).ProblemDetails.Detail!, StatusCodes.Status404NotFound);

    private static Task<IResult> List(HttpContext context, DossierRegister dossiers, int? year, (string Text, bool Ok)? message, int status, DossierForm? entered = null)
    {
        var chosen = year ?? DateTime.UtcNow.Year;
        var years = dossiers.All.Select(d => d.Year).Append(DateTime.UtcNow.Year).Append(chosen).Distinct().OrderDescending().ToList();
        return PageRenderer.PageAsync<StaffDossierListPage>(context, new
        {
            Viewer = StaffViewer.From(context), Year = chosen, Years = (IReadOnlyList<int>)years,
            Dossiers = DossierCatalogExport.OfYear(dossiers.All, chosen), Message = message, Entered = entered ?? DossierForm.Empty(chosen),
        }, status);
    }

    private static Task<IResult> Show(HttpContext context, Dossier dossier, DocumentCatalog catalog, (string Text, bool Ok)? message, int status) =>
        PageRenderer.PageAsync<StaffDossierPage>(context, new
        {
            Viewer = StaffViewer.From(context), Dossier = dossier, Message = message,
            Documents = (IReadOnlyList<(string Id, DocumentRecord? Record)>)dossier.DocumentIds.Select(d => (d, catalog.Find(d))).ToList(),
        }, status);
}
