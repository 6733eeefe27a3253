using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Archive.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Archive.Api.Apis;

/// <summary>Versions of a document: upload a new one, list them, download an earlier one's original.</summary>
public static class VersionsApi
{
    public static IEndpointRouteBuilder MapVersionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents/{id}/versions").WithTags("Documents")
            .RequireAuthorization(AccessPolicies.Read).AddEndpointFilter<DocumentAccessAudit>();
        api.MapPost("/", Upload).WithName("UploadDocumentVersion")
            .WithSummary("A new version of the document (multipart field 'file'): it becomes the current one, searched and published once read; " +
                         "409 in a closed dossier, once destroyed, while the document is being read, or for the current version's exact bytes (audited)")
            .DisableAntiforgery()
            .AcceptsUpload()
            .RequireAuthorization(AccessPolicies.Upload);
        api.MapGet("/", List).WithName("ListDocumentVersions")
            .WithSummary("Every version, newest first: version, sha256, size, fileName, createdAt/uploadedAt, uploadedBy, textStatus, current");
        api.MapGet("/{version:int}/content", Content).WithName("GetDocumentVersionContent")
            .WithSummary("The exact original bytes of one version (audited as a download)");
        return app;
    }

    public static async Task<Results<Created<VersionView>, ProblemHttpResult>> Upload(
        string id, HttpRequest request, DocumentVersions versions, IOptions<UploadOptions> uploadOptions, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadForm.ReadAsync(request, uploadOptions.Value.MaxFileBytes, cancellationToken);
        if (upload is null) return problem!;
        var file = upload.File;

        await using var content = file.OpenReadStream();
        var result = await versions.AddAsync(id, content, file.FileName, AuditActor.From(request.HttpContext), cancellationToken);
        if (result.Outcome != VersionOutcome.Done) return VersionProblems.Answer(result, id, file.FileName);
        var record = result.Record!;
        return TypedResults.Created($"/api/documents/{id}/versions/{record.Version}/content", VersionView.Of(record)[0]);
    }

    public static Results<Ok<IReadOnlyList<VersionView>>, ProblemHttpResult> List(string id, DocumentCatalog catalog) =>
        catalog.Find(id) is { } record ? TypedResults.Ok(VersionView.Of(record)) : Problems.DocumentNotFound(id);

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Content(
        string id, int version, DocumentCatalog catalog, IObjectStore store, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        if (DocumentVersions.Of(record).FirstOrDefault(v => v.Version == version) is not { } chosen)
            return Problems.Make(StatusCodes.Status404NotFound, "Không có phiên bản này",
                $"Văn bản '{id}' có {record.Version} phiên bản; không có phiên bản {version}.");
        var stream = await store.OpenReadAsync(StoreLayout.Original(id, version), cancellationToken);
        if (stream is null)
            return Problems.Make(StatusCodes.Status500InternalServerError, "Thiếu tệp gốc",
                $"Phiên bản {version} của văn bản '{id}' có trong hồ sơ nhưng tệp gốc không còn trong kho lưu trữ. Hãy báo cho quản trị viên.");
        return TypedResults.File(stream, chosen.ContentType, SafeFileName.Clean(chosen.FileName, ""));
    }
}
