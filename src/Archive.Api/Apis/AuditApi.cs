using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class AuditApi
{
    /// <summary>A page of the trail when none is asked for: the largest the paging rules allow.</summary>
    public const int DefaultPageSize = PagingRules.MaxPageSize;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AccessPolicies.Audit);
        api.MapGet("/", List).WithName("ListAudit")
            .WithSummary("Audit entries, newest first, filtered by document, user and time; paged (page, pageSize ≤ 100; a Link header rel=\"next\" when there is more)");
        api.MapGet("/verify", Verify).WithName("VerifyAudit")
            .WithSummary("Walks the hash chain and tells where it first breaks");
        return app;
    }

    public static async Task<Results<Ok<List<AuditEntry>>, ProblemHttpResult>> List(AuditTrail audit, HttpContext context,
        string? documentId, string? user, DateTimeOffset? from, DateTimeOffset? to, int page = 1, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        if (from > to) return Problems.BadRequest("Thời điểm bắt đầu (from) phải trước thời điểm kết thúc (to).");
        if (PagingRules.BadRequest(page, pageSize) is { } problem) return problem;
        var query = new AuditQuery(Blank(documentId), Blank(user), from, to);
        var skip = (page - 1) * pageSize;
        var entries = new List<AuditEntry>();
        var more = false;
        await foreach (var entry in audit.ReadNewestFirstAsync(query, cancellationToken))
        {
            if (skip-- > 0) continue;
            if (entries.Count == pageSize)
            {
                more = true;
                break;
            }
            entries.Add(entry);
        }
        // The answer stays a plain list; the next page is named the way HTTP APIs name it (RFC 8288).
        if (more && (long)(page + 1) * pageSize <= PagingRules.MaxWindow)
        {
            var next = QueryString.Create(context.Request.Query.Where(q => q.Key is not ("page" or "pageSize"))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("page", (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(new("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            context.Response.Headers.Link = $"<{context.Request.PathBase}{context.Request.Path}{next}>; rel=\"next\"";
        }
        return TypedResults.Ok(entries);
    }

    public static async Task<Ok<AuditVerification>> Verify(AuditTrail audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.VerifyAsync(cancellationToken));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
