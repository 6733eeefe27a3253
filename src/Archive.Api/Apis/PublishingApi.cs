using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Publishing;
using Archive.Api.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class PublishingApi
{
    public sealed record VisibilityChange(string? Reason);

    public static IEndpointRouteBuilder MapPublishingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents/{id}").WithTags("Publishing").RequireAuthorization(AccessPolicies.Publish)
            .AddEndpointFilter<ClosedDossierGuard>();
        api.MapPost("/publish", Publish).WithName("PublishDocument")
            .WithSummary("Put the document on the public site (JSON { reason }, required)");
        api.MapPost("/unpublish", Unpublish).WithName("UnpublishDocument")
            .WithSummary("Take the document off the public site (JSON { reason }, required)");
        return app;
    }

    public static Task<Results<Ok<DocumentRecord>, ProblemHttpResult>> Publish(
        string id, VisibilityChange? change, DocumentPublishing publishing, HttpContext context, CancellationToken cancellationToken) =>
        ChangeAsync(id, change, (reason, actor) => publishing.PublishAsync(id, reason, actor, cancellationToken), context);

    public static Task<Results<Ok<DocumentRecord>, ProblemHttpResult>> Unpublish(
        string id, VisibilityChange? change, DocumentPublishing publishing, HttpContext context, CancellationToken cancellationToken) =>
        ChangeAsync(id, change, (reason, actor) => publishing.UnpublishAsync(id, reason, actor, cancellationToken), context);

    private static async Task<Results<Ok<DocumentRecord>, ProblemHttpResult>> ChangeAsync(
        string id, VisibilityChange? change, Func<string, AuditActor, Task<DocumentRecord?>> apply, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(change?.Reason))
            return Problems.BadRequest("Hãy ghi lý do (reason): việc công bố và thu hồi đều được ghi vào nhật ký.");
        if (change.Reason.Length > 1000) return Problems.BadRequest("Lý do quá dài (tối đa 1000 ký tự).");
        return await apply(change.Reason, AuditActor.From(context)) is { } record
            ? TypedResults.Ok(record)
            : Problems.DocumentNotFound(id);
    }
}
