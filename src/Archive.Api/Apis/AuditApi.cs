using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class AuditApi
{
    public const int MaxEntries = 1000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AccessPolicies.Audit);
        api.MapGet("/", List).WithName("ListAudit")
            .WithSummary("Audit entries, oldest first, filtered by document, user and time (at most 1000)");
        api.MapGet("/verify", Verify).WithName("VerifyAudit")
            .WithSummary("Walks the hash chain and tells where it first breaks");
        return app;
    }

    public static async Task<Results<Ok<List<AuditEntry>>, ProblemHttpResult>> List(
        AuditTrail audit, string? documentId, string? user, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        if (from > to) return Problems.BadRequest("Thời điểm bắt đầu (from) phải trước thời điểm kết thúc (to).");
        var query = new AuditQuery(Blank(documentId), Blank(user), from, to);
        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAsync(query, cancellationToken))
        {
            entries.Add(entry);
            if (entries.Count == MaxEntries) break;
        }
        return TypedResults.Ok(entries);
    }

    public static async Task<Ok<AuditVerification>> Verify(AuditTrail audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.VerifyAsync(cancellationToken));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
