using System.Text;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class MetadataApi
{
    /// <summary>The fields a clerk may correct; absent (null) fields stay as they are, "" clears one.</summary>
    public sealed record MetadataCorrection(string? Title, string? Kind, string? Number, DateOnly? IssuedOn, string? Issuer, string? Reason);

    public static IEndpointRouteBuilder MapMetadataApi(this IEndpointRouteBuilder app)
    {
        app.MapPatch("/api/documents/{id}", Correct).WithTags("Documents").WithName("CorrectDocumentMetadata")
            .WithSummary("Correct a document's title, kind, number, date or issuer (audited)")
            .RequireAuthorization(AccessPolicies.EditMetadata);
        return app;
    }

    public static async Task<Results<Ok<DocumentRecord>, ProblemHttpResult>> Correct(
        string id, MetadataCorrection correction, DocumentCatalog catalog, DocumentProcessor processor, AuditTrail audit,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        if (correction.Title is { } title && string.IsNullOrWhiteSpace(title)) return Problems.BadRequest("Tiêu đề không được để trống.");
        var corrected = record with
        {
            Title = Clean(correction.Title) ?? record.Title,
            Kind = correction.Kind is null ? record.Kind : Clean(correction.Kind),
            Number = correction.Number is null ? record.Number : Clean(correction.Number),
            IssuedOn = correction.IssuedOn ?? record.IssuedOn,
            Issuer = correction.Issuer is null ? record.Issuer : Clean(correction.Issuer),
        };
        var changes = Changes(record, corrected);
        if (changes.Length == 0) return TypedResults.Ok(record);
        // A corrected field is the person's word from now on: re-extraction never overwrites it.
        var sources = new Dictionary<string, string>(record.FieldSources);
        foreach (var (field, given) in new (string, object?)[]
                 {
                     ("title", correction.Title), ("kind", correction.Kind), ("number", correction.Number),
                     ("issuedOn", correction.IssuedOn), ("issuer", correction.Issuer),
                 })
            if (given is not null) sources[field] = FieldSourceKinds.Provided;
        corrected = corrected with { FieldSources = sources };
        await catalog.SaveAsync(corrected, CancellationToken.None);
        await processor.IndexStoredAsync(corrected, CancellationToken.None);
        var details = string.IsNullOrWhiteSpace(correction.Reason) ? changes : $"{changes} — lý do: {correction.Reason.Trim()}";
        await audit.AppendAsync(AuditActor.From(context), AuditActions.MetadataChange, id, details, CancellationToken.None);
        return TypedResults.Ok(corrected);
    }

    private static string Changes(DocumentRecord before, DocumentRecord after)
    {
        var parts = new List<string>();
        void Compare(string label, object? old, object? now)
        {
            if (!Equals(old, now)) parts.Add($"{label}: '{old}' → '{now}'");
        }
        Compare("tiêu đề", before.Title, after.Title);
        Compare("loại", before.Kind, after.Kind);
        Compare("số", before.Number, after.Number);
        Compare("ngày ban hành", before.IssuedOn, after.IssuedOn);
        Compare("cơ quan ban hành", before.Issuer, after.Issuer);
        return string.Join("; ", parts);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
}
