using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class RetentionScheduleApi
{
    public const int MaxRules = 1000;

    public static IEndpointRouteBuilder MapRetentionScheduleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/retention-schedule", Get).WithTags("Records").WithName("GetRetentionSchedule")
            .WithSummary("The retention schedule: kinds of records and how long each is kept (seeded from Thông tư 10/2022/TT-BNV)")
            .RequireAuthorization(AccessPolicies.Read);
        app.MapPut("/api/retention-schedule", Replace).WithTags("Records").WithName("ReplaceRetentionSchedule")
            .WithSummary("Replace the schedule: JSON { rules: [{ description, retention, kind?, basis? }], reason } (admins, audited)")
            .RequireAuthorization(AccessPolicies.Administer);
        app.MapGet("/api/documents/{id}/retention", ForDocument).WithTags("Records").WithName("GetDocumentRetention")
            .WithSummary("How long a document is kept and from when it may be destroyed: its dossier's period, or the schedule's for its kind")
            .RequireAuthorization(AccessPolicies.Read);
        return app;
    }

    public static async Task<Ok<RetentionScheduleState>> Get(RetentionSchedule schedule, CancellationToken cancellationToken) =>
        TypedResults.Ok(await schedule.CurrentAsync(cancellationToken));

    public static async Task<Results<Ok<RetentionScheduleState>, ProblemHttpResult>> Replace(
        JsonElement body, RetentionSchedule schedule, HttpContext context, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
            return Problems.BadRequest("Hãy gửi bảng thời hạn dạng JSON: { \"rules\": [{ \"description\": …, \"retention\": 10, \"kind\": …, \"basis\": … }], \"reason\": … }.");
        var reason = body.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        if (DossierRules.ReasonProblem(reason, "việc sửa bảng thời hạn") is { } reasonProblem) return Problems.BadRequest(reasonProblem);
        if (list.GetArrayLength() is 0 or > MaxRules) return Problems.BadRequest($"Bảng thời hạn có từ 1 đến {MaxRules} dòng.");
        var rules = new List<RetentionRule>();
        var line = 0;
        foreach (var item in list.EnumerateArray())
        {
            line++;
            string? Text(string name) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? MetadataRules.Clean(v.GetString()) : null;
            if (Text("description") is not { Length: <= DossierRules.MaxTitle } description)
                return Problems.BadRequest($"Dòng {line}: hãy ghi loại hồ sơ, tài liệu (description), tối đa {DossierRules.MaxTitle} ký tự.");
            if (!item.TryGetProperty("retention", out var value) || !RetentionPeriod.TryRead(value, out var period))
                return Problems.BadRequest($"Dòng {line}: {RetentionPeriod.Expected}");
            var kind = Text("kind");
            string? known = null;
            if (kind is not null && (known = MetadataRules.KnownKind(kind)) is null)
                return Problems.BadRequest($"Dòng {line}: '{kind}' không phải loại văn bản kho lưu trữ biết (ví dụ: Kế hoạch, Biên bản, Quyết định).");
            rules.Add(new RetentionRule(description, period, known, Text("basis")));
        }
        return TypedResults.Ok(await schedule.ReplaceAsync(rules, reason, AuditActor.From(context), cancellationToken));
    }

    public static async Task<Results<Ok<DocumentRetention>, ProblemHttpResult>> ForDocument(
        string id, DocumentCatalog catalog, DossierRegister dossiers, RetentionSchedule schedule, CancellationToken cancellationToken) =>
        catalog.Find(id) is { } document
            ? TypedResults.Ok(DocumentRetention.For(document, dossiers.DossierOf(id), await schedule.CurrentAsync(cancellationToken)))
            : Problems.DocumentNotFound(id);
}
