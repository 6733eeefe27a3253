using Archive.Api.Access;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class SearchApi
{
    public const int MaxQueryLength = 1000;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search")
            .WithSummary("Full-text search, with or without diacritics, best first")
            .RequireAuthorization(AccessPolicies.Read);
        return app;
    }

    public static Results<Ok<SearchResults>, ProblemHttpResult> Search(
        DocumentIndexing indexing, string? q, int page = 1, int pageSize = 10)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("Hãy nhập từ khóa tìm kiếm (tham số q).");
        if (q.Length > MaxQueryLength) return Problems.BadRequest($"Từ khóa tìm kiếm quá dài (tối đa {MaxQueryLength} ký tự).");
        if (page < 1) return Problems.BadRequest("Số trang (page) phải từ 1 trở lên.");
        if (pageSize is < 1 or > DocumentSearch.MaxPageSize)
            return Problems.BadRequest($"Số kết quả mỗi trang (pageSize) phải từ 1 đến {DocumentSearch.MaxPageSize}.");
        return TypedResults.Ok(indexing.Search(new SearchRequest(q, page, pageSize)));
    }
}
