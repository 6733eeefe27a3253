using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Integrity;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class TransferApi
{
    public static IEndpointRouteBuilder MapTransferApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Records").RequireAuthorization(AccessPolicies.Audit);
        api.MapGet("/dossiers/{id}/transfer", Export).WithName("ExportTransferPackage")
            .WithSummary("A closed dossier as a transfer package (nộp lưu): BagIt ZIP with originals, texts, records, metadata and a list (admins, auditors; audited)");
        api.MapPost("/transfer/verify", Verify).WithName("VerifyTransferPackage").AcceptsUpload()
            .WithSummary("Check a transfer package (the ZIP as the request body) byte for byte against its manifests");
        return app;
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Export(string id, DossierRegister dossiers, DossierTransferPackage package,
        AuditTrail audit, WorkFolder work, HttpContext context, CancellationToken cancellationToken)
    {
        if (dossiers.Find(id) is not { } dossier) return DossierProblems.NotFound(id);
        if (!dossier.IsClosed)
            return Problems.Make(StatusCodes.Status409Conflict, "Hồ sơ chưa khóa",
                $"{DossierProblems.Capitalized(DossierRegister.Describe(dossier))} đang mở: chỉ hồ sơ đã khóa mới được nộp lưu.");
        // Built in a private file that goes away once sent: a dossier of large scans never sits in memory.
        var zip = work.NewSpool("transfer-export");
        try
        {
            var missing = await package.WriteAsync(dossier, zip, cancellationToken);
            if (missing.Count > 0)
            {
                await zip.DisposeAsync();
                return Problems.Make(StatusCodes.Status409Conflict, "Thiếu tệp gốc",
                    $"Không lập được gói nộp lưu: thiếu tệp gốc của văn bản {string.Join(", ", missing)} trong kho.");
            }
            await audit.AppendAsync(AuditActor.From(context), AuditActions.Export, null,
                $"Gói nộp lưu (BagIt) {DossierRegister.Describe(dossier)}, {dossier.DocumentIds.Count} văn bản", CancellationToken.None);
            zip.Position = 0;
            return TypedResults.File(zip, "application/zip", DossierTransferPackage.FileName(dossier));
        }
        catch
        {
            await zip.DisposeAsync();
            throw;
        }
    }

    /// <summary>The package is spooled to a private temporary file (never memory): a ZIP is read from its directory at the end.</summary>
    public static async Task<Ok<BagItVerification>> Verify(HttpRequest request, WorkFolder work, CancellationToken cancellationToken)
    {
        await using var spool = work.NewSpool("transfer-verify");
        await request.Body.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        return TypedResults.Ok(await BagItBag.VerifyAsync(spool, cancellationToken));
    }
}
