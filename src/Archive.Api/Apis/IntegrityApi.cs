using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Integrity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class IntegrityApi
{
    public static IEndpointRouteBuilder MapIntegrityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents/{id}").WithTags("Integrity").RequireAuthorization(AccessPolicies.Audit);
        api.MapPost("/verify", Verify).WithName("VerifyDocument")
            .WithSummary("Re-read the stored original and compare its SHA-256: ok, mismatch or missing");
        api.MapGet("/export", Export).WithName("ExportDocument")
            .WithSummary("The document as a BagIt bag (ZIP): original, meta.json, audit.json and SHA-256 manifests");
        return app;
    }

    public static async Task<Results<Ok<IntegrityCheck>, ProblemHttpResult>> Verify(
        string id, DocumentCatalog catalog, DocumentIntegrity integrity, AuditTrail audit, HttpContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        var check = await integrity.CheckAsync(record, cancellationToken);
        await audit.AppendAsync(AuditActor.From(context), AuditActions.IntegrityCheck, id, check.Status, CancellationToken.None);
        return TypedResults.Ok(check);
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Export(
        string id, DocumentCatalog catalog, BagItExport export, AuditTrail audit, HttpContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        // The export is audited before it is built, so the bag's audit.json includes it.
        await audit.AppendAsync(AuditActor.From(context), AuditActions.Export, id, "BagIt", CancellationToken.None);
        // Built in a private file that goes away once sent, the original streamed into it: never the whole bag in memory.
        await using var bag = context.RequestServices.GetRequiredService<WorkFolder>().NewSpool("document-export");
        if (!await export.WriteAsync(record, bag, cancellationToken))
            return Problems.Make(StatusCodes.Status500InternalServerError, "Thiếu tệp gốc",
                $"Văn bản '{id}' có hồ sơ nhưng tệp gốc không còn trong kho lưu trữ. Hãy báo cho quản trị viên.");
        context.Response.ContentType = "application/zip";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"van-ban-{id}.zip\"";
        context.Response.ContentLength = bag.Length;
        bag.Position = 0;
        await bag.CopyToAsync(context.Response.Body, cancellationToken);
        return TypedResults.Empty;
    }
}
