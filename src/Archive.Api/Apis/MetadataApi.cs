using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class MetadataApi
{
    public static IEndpointRouteBuilder MapMetadataApi(this IEndpointRouteBuilder app)
    {
        app.MapPatch("/api/documents/{id}", Correct).WithTags("Documents").WithName("CorrectDocumentMetadata")
            .WithSummary("Correct a document's title, kind, number, date or issuer (audited)")
            .RequireAuthorization(AccessPolicies.EditMetadata);
        return app;
    }

    public static async Task<Results<Ok<DocumentRecord>, ProblemHttpResult>> Correct(
        string id, MetadataCorrection correction, DocumentCatalog catalog, MetadataCorrector corrector, HttpContext context)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        if (MetadataCorrector.Problem(correction) is { } problem) return Problems.BadRequest(problem);
        return TypedResults.Ok(await corrector.CorrectAsync(record, correction, AuditActor.From(context)));
    }
}
