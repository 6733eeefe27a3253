using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class MetadataApi
{
    /// <summary>A correction is a few short fields; anything larger is refused before it is parsed.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapMetadataApi(this IEndpointRouteBuilder app)
    {
        app.MapPatch("/api/documents/{id}", Correct).WithTags("Documents").WithName("CorrectDocumentMetadata")
            .WithSummary("Correct a document's title, kind, number, date (issuedOn) or issuer, with a required reason (audited); with If-Match, only if the record is still the one read (else 412)")
            .Accepts<MetadataInput>("application/json")
            .RequireAuthorization(AccessPolicies.EditMetadata)
            .AddEndpointFilter<ClosedDossierGuard>();
        return app;
    }

    /// <summary>The body is read here rather than bound, so that a malformed one is answered in Vietnamese like every other mistake.</summary>
    public static async Task<Results<Ok<DocumentRecord>, ProblemHttpResult>> Correct(
        string id, HttpRequest request, DocumentCatalog catalog, MetadataCorrector corrector, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        if (!request.HasJsonContentType())
            return Problems.Make(StatusCodes.Status415UnsupportedMediaType, "Định dạng yêu cầu không được hỗ trợ",
                "Hãy gửi nội dung JSON (Content-Type: application/json), ví dụ {\"number\": \"32/KH-UBND\", \"reason\": \"Sửa số đánh máy sai\"}.");
        var body = await ReadBoundedAsync(request.Body, cancellationToken);
        if (body is null)
            return Problems.Make(StatusCodes.Status413PayloadTooLarge, "Nội dung quá lớn",
                $"Nội dung sửa thông tin vượt quá {MaxBodyBytes / 1024} KB; mỗi trường chỉ dài vài trăm ký tự.");
        if (Parse(body) is not { } input)
            return Problems.BadRequest("Nội dung gửi lên không phải JSON hợp lệ gồm các trường chữ title, kind, number, issuedOn, issuer, reason; ví dụ {\"number\": \"32/KH-UBND\", \"reason\": \"Sửa số đánh máy sai\"}.");
        var (correction, problems) = MetadataRules.ForCorrection(input);
        if (correction is null) return Problems.InvalidMetadata(problems);
        var response = request.HttpContext.Response;
        try
        {
            var corrected = await corrector.CorrectAsync(record, correction with { IfMatch = IfMatch(request) }, AuditActor.From(request.HttpContext));
            response.Headers.ETag = RecordTag.Of(corrected);
            return TypedResults.Ok(corrected);
        }
        catch (RecordChangedException changed)
        {
            response.Headers.ETag = RecordTag.Of(changed.Current);
            return Problems.Make(StatusCodes.Status412PreconditionFailed, "Văn bản đã thay đổi",
                $"Văn bản '{id}' đã được thay đổi sau lần bạn đọc (ETag trong If-Match không còn đúng); không có gì được lưu. " +
                $"Hãy đọc lại văn bản (GET /api/documents/{id}) rồi gửi lại thay đổi kèm ETag mới.");
        }
    }

    /// <summary>
    /// The entity tags of the If-Match header, compared strongly as RFC 9110 asks (a weak tag never matches; one that
    /// cannot be read matches nothing); null without the header or with "*" (the document exists: checked before).
    /// </summary>
    private static IReadOnlyList<string>? IfMatch(HttpRequest request)
    {
        if (request.Headers.IfMatch.Count == 0) return null;
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Any(t => t.Tag == "*")) return null;
        return tags.Where(t => !t.IsWeak).Select(t => t.Tag.ToString()).ToList();
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The fields of a JSON object whose values are strings or null; null for anything else.</summary>
    private static MetadataInput? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw new JsonException($"'{property.Name}' is not a string"),
                };
            }
            return new MetadataInput(fields.GetValueOrDefault("title"), fields.GetValueOrDefault("kind"), fields.GetValueOrDefault("number"),
                fields.GetValueOrDefault("issuedOn"), fields.GetValueOrDefault("issuer"), fields.GetValueOrDefault("reason"));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
