using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Legal;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Archive.Api.Apis;

public static class CitationsApi
{
    /// <summary>Largest text accepted by the extraction endpoint (characters).</summary>
    public const int MaxExtractChars = 5_000_000;

    public static IEndpointRouteBuilder MapCitationsApi(this IEndpointRouteBuilder app)
    {
        var citations = app.MapGroup("/api/citations").WithTags("Citations");
        citations.MapPost("/extract", Extract).WithName("ExtractCitations")
            .WithSummary("Legal citations in a UTF-8 text body: kind, symbol or title, article/clause/point, date, issuer, relation")
            .Accepts<string>("text/plain").DisableAntiforgery()
            .AcceptsBody(MaxExtractChars * 3L); // UTF-8: up to three bytes a Vietnamese letter
        citations.MapGet("/unresolved", Unresolved).WithName("UnresolvedCitations")
            .WithSummary("Cited documents the archive lacks, with the documents citing each, most cited first; page/pageSize (≤ 100, page × pageSize ≤ 10,000), total");

        var documents = app.MapGroup("/api/documents").WithTags("Citations");
        documents.MapGet("/{id}/citations", Outgoing).WithName("DocumentCitations")
            .WithSummary("What the document cites, each with its archived target or null, and a warning when the target is no longer in force");
        documents.MapGet("/{id}/cited-by", CitedBy).WithName("DocumentCitedBy")
            .WithSummary("Archived documents citing this one, by citing document and position; page/pageSize (≤ 100, page × pageSize ≤ 10,000), total");
        documents.MapGet("/{id}/relations", Relations).WithName("DocumentRelations")
            .WithSummary("What the document cites and what cites it, grouped by relation (căn cứ, hướng dẫn, sửa đổi/bổ sung, thay thế, bãi bỏ, dẫn chiếu), each document once with the parts cited and its validity");
        return app;
    }

    public sealed record ExtractAnswer(IReadOnlyList<Citation> Citations);

    public sealed record OutgoingAnswer(IReadOnlyList<JsonObject> Citations);

    /// <param name="CitedBy">One page of the citations naming the document, by citing document and position.</param>
    /// <param name="Total">How many citations name it in all.</param>
    public sealed record IncomingAnswer(IReadOnlyList<JsonObject> CitedBy, int Total, int Page, int PageSize);

    /// <param name="Unresolved">One page of the cited documents the archive lacks, most cited first.</param>
    /// <param name="Total">How many there are in all.</param>
    public sealed record UnresolvedAnswer(IReadOnlyList<UnresolvedTarget> Unresolved, int Total, int Page, int PageSize);

    /// <summary>A page of a list when none is asked for: the largest, so a client that reads only the list misses the least.</summary>
    public const int DefaultPageSize = Archive.Indexer.Search.DocumentSearch.MaxPageSize;

    public static async Task<Results<Ok<ExtractAnswer>, ProblemHttpResult>> Extract(HttpRequest request, CitationExtractor extractor)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxExtractChars + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory());
        if (read > MaxExtractChars)
            return Problems.Make(StatusCodes.Status413PayloadTooLarge, "Văn bản quá dài", $"Chỉ nhận tối đa {MaxExtractChars:N0} ký tự mỗi lần.");
        var text = new string(buffer, 0, read);
        if (string.IsNullOrWhiteSpace(text)) return Problems.BadRequest("Hãy gửi văn bản (UTF-8) trong thân yêu cầu.");
        return TypedResults.Ok(new ExtractAnswer(extractor.Extract(text.Normalize(NormalizationForm.FormC))));
    }

    public static Results<Ok<UnresolvedAnswer>, ProblemHttpResult> Unresolved(CitationGraph graph, int page = 1, int pageSize = DefaultPageSize)
    {
        if (PagingRules.BadRequest(page, pageSize) is { } problem) return problem;
        var (total, items) = graph.Unresolved((page - 1) * pageSize, pageSize);
        return TypedResults.Ok(new UnresolvedAnswer(items, total, page, pageSize));
    }

    public static Results<Ok<OutgoingAnswer>, ProblemHttpResult> Outgoing(
        string id, DocumentCatalog catalog, CitationGraph graph, IOptions<JsonOptions> json)
    {
        if (catalog.Find(id) is null) return Problems.DocumentNotFound(id);
        var answer = graph.Outgoing(id).Select(resolved =>
        {
            var item = Flat(resolved.Citation, json.Value);
            item["target"] = resolved.Target is { } t ? JsonSerializer.SerializeToNode(DocumentLink.Of(t), json.Value.SerializerOptions) : null;
            if (resolved.Target is { } target)
            {
                // Kept on the record by ValidityTracker: no need to walk every citation again per target.
                var (status, source) = (target.Status, target.StatusSource);
                item["targetStatus"] = status;
                item["warning"] = status is null || status == ValidityStates.InForce ? null
                    : $"Văn bản được dẫn chiếu {status}" + (source is null ? "" : $" theo {DocumentNames.Of(source)}") + ".";
            }
            return item;
        }).ToList();
        return TypedResults.Ok(new OutgoingAnswer(answer));
    }

    public static Results<Ok<IncomingAnswer>, ProblemHttpResult> CitedBy(
        string id, DocumentCatalog catalog, CitationGraph graph, IOptions<JsonOptions> json, int page = 1, int pageSize = DefaultPageSize)
    {
        if (catalog.Find(id) is null) return Problems.DocumentNotFound(id);
        if (PagingRules.BadRequest(page, pageSize) is { } problem) return problem;
        var (total, items) = graph.CitedBy(id, (page - 1) * pageSize, pageSize);
        var answer = items.Select(c =>
        {
            var item = Flat(c.Citation, json.Value);
            item["source"] = JsonSerializer.SerializeToNode(DocumentLink.Of(c.Source), json.Value.SerializerOptions);
            return item;
        }).ToList();
        return TypedResults.Ok(new IncomingAnswer(answer, total, page, pageSize));
    }

    public static Results<Ok<DocumentRelations>, ProblemHttpResult> Relations(string id, DocumentRelationsReader relations) =>
        relations.Of(id) is { } found ? TypedResults.Ok(found) : Problems.DocumentNotFound(id);

    /// <summary>A citation's own fields at the top level of an answer item, next to what the answer adds.</summary>
    private static JsonObject Flat(Citation citation, JsonOptions json) =>
        JsonSerializer.SerializeToNode(citation, json.SerializerOptions)!.AsObject();
}
