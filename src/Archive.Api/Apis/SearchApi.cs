using System.Globalization;
using Archive.Api.Access;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class SearchApi
{
    /// <summary>Longer queries are refused; the query builder itself reads at most 1,000 characters.</summary>
    public const int MaxQueryLength = 10_000;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search")
            .WithSummary("Full-text search with or without diacritics, symbols, filters (kind, issuer, from, to), facets and best passage")
            .RequireAuthorization(AccessPolicies.Read);
        return app;
    }

    public static Results<Ok<SearchResults>, ProblemHttpResult> Search(
        DocumentIndexing indexing, string? q, string? kind, string? issuer, string? from, string? to,
        string? sort, string? chair, string? place, int page = 1, int pageSize = 10)
    {
        var (request, problem) = ParseRequest(q, kind, issuer, from, to, sort, page, pageSize, chair: chair, place: place);
        return request is null ? Problems.BadRequest(problem!) : TypedResults.Ok(indexing.Search(request));
    }

    /// <summary>The search a person asked for, or why the parameters are unusable (Vietnamese).</summary>
    public static (SearchRequest? Request, string? Problem) ParseRequest(string? q, string? kind, string? issuer, string? from, string? to,
        string? sort, int page, int pageSize, bool publishedOnly = false, string? chair = null, string? place = null)
    {
        if (Problem(q, from, to, sort, page, pageSize) is { } problem) return (null, problem);
        var hasFilters = new[] { kind, issuer, chair, place }.Any(f => !string.IsNullOrWhiteSpace(f)) || from is not null || to is not null;
        if (string.IsNullOrWhiteSpace(q) && !hasFilters && !publishedOnly)
            return (null, "Hãy nhập từ khóa tìm kiếm (tham số q) hoặc chọn bộ lọc (kind, issuer, from, to, chair, place).");
        return (new SearchRequest
        {
            Query = q,
            Kind = Blank(kind),
            Issuer = Blank(issuer),
            From = Date(from),
            To = Date(to),
            Sort = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
            Page = page,
            PageSize = pageSize,
            PublishedOnly = publishedOnly,
            Chair = Blank(chair),
            Place = Blank(place),
        }, null);
    }

    private static string? Problem(string? q, string? from, string? to, string? sort, int page, int pageSize)
    {
        if (q is { Length: > MaxQueryLength }) return $"Từ khóa tìm kiếm quá dài (tối đa {MaxQueryLength} ký tự).";
        if (PagingRules.Problem(page, pageSize, "kết quả", PagingRules.SearchNarrowing) is { } paging) return paging;
        if (from is not null && Date(from) is null) return $"Ngày bắt đầu (from) '{from}' không hợp lệ: dùng dạng 2025-02-20.";
        if (to is not null && Date(to) is null) return $"Ngày kết thúc (to) '{to}' không hợp lệ: dùng dạng 2025-02-20.";
        if (sort is not null && sort is not ("relevance" or "date")) return "Cách sắp xếp (sort) chỉ nhận 'relevance' hoặc 'date'.";
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A date as people type it in a search filter (ISO or d/M/yyyy); null when it is none.</summary>
    internal static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
}
