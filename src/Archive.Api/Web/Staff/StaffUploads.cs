using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Extraction;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Archive.Api.Web.Staff;

/// <summary>
/// The upload page. With its script, each file goes to POST /api/documents with its own fields and progress; without
/// it, the form posts here: one file with its fields, checked by the same <see cref="MetadataRules"/>.
/// </summary>
public static class StaffUploads
{
    public const string Path = "/quan-ly/tai-len";

    public static IEndpointRouteBuilder MapStaffUploads(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).RequireAuthorization(AccessPolicies.Upload).ExcludeFromDescription();
        page.MapGet("/", (Func<HttpContext, Task<IResult>>)(context => PageRenderer.PageAsync<StaffUploadPage>(context, new { Viewer = StaffViewer.From(context) })));
        page.MapPost("/", Upload);
        return app;
    }

    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, DocumentIngestion ingestion, AuditTrail audit,
        IOptions<UploadOptions> options, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var entered = new MetadataInput(form["title"], form["kind"], form["number"], form["issuedOn"], form["issuer"]);
        Task<IResult> Again(string? problem, IReadOnlyList<MetadataProblem>? problems = null) => PageRenderer.PageAsync<StaffUploadPage>(context,
            new { Viewer = StaffViewer.From(context), Entered = entered, Problem = problem, Problems = problems ?? [] }, StatusCodes.Status400BadRequest);

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return await Again("Hãy chọn một tệp (tệp rỗng không được lưu).");
        if (file.Length > options.Value.MaxFileBytes) return await Again($"Tệp vượt quá giới hạn {options.Value.MaxFileBytes / (1024 * 1024)} MB.");
        var (metadata, problems) = MetadataRules.ForUpload(entered);
        if (metadata is null) return await Again("Chưa lưu: " + MetadataRules.Describe(problems), problems);
        await using var content = file.OpenReadStream();
        if (await ingestion.IngestAsync(content, file.FileName, metadata with { UploadedBy = AuditActor.From(context).User }, cancellationToken) is not var (record, created))
            return await Again($"Tệp “{file.FileName}” không thuộc loại kho lưu trữ nhận ({AcceptedFormats.Names}); tệp không được lưu.");
        await audit.AppendAsync(AuditActor.From(context), AuditActions.Upload, record.Id, (created ? "Tệp mới: " : "Tệp đã có trong kho: ") + record.FileName);
        return Results.Redirect($"/quan-ly/van-ban/{record.Id}");
    }
}
