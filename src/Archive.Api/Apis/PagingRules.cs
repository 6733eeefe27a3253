using Archive.Indexer.Search;

namespace Archive.Api.Apis;

/// <summary>
/// The project's one rule for paged lists (search, cited-by, unresolved citations, the audit trail): pages count from 1,
/// at most <see cref="MaxPageSize"/> items a page, and no deeper than <see cref="MaxWindow"/> items, because a deep page
/// costs every page before it.
/// </summary>
public static class PagingRules
{
    public const int MaxPageSize = DocumentSearch.MaxPageSize;

    public const int MaxWindow = DocumentSearch.MaxResultWindow;

    /// <summary>What a reader of search results can do past the window.</summary>
    public const string SearchNarrowing = "hãy thu hẹp tìm kiếm bằng từ khóa hoặc bộ lọc.";

    /// <summary>Why <paramref name="page"/> × <paramref name="pageSize"/> is refused (Vietnamese), or null.</summary>
    /// <param name="items">What the list holds, as the message names it ("kết quả", "mục").</param>
    /// <param name="narrowing">What the reader can do past the window, added to that message.</param>
    public static string? Problem(long page, long pageSize, string items = "mục", string? narrowing = null)
    {
        if (page < 1) return "Số trang (page) phải từ 1 trở lên.";
        if (pageSize is < 1 or > MaxPageSize) return $"Số {items} mỗi trang (pageSize) phải từ 1 đến {MaxPageSize}.";
        if (page * pageSize > MaxWindow)
            return $"Chỉ xem được {MaxWindow} {items} đầu tiên (page × pageSize tối đa {MaxWindow})" + (narrowing is null ? "." : $": {narrowing}");
        return null;
    }

    /// <summary>
    /// Why page <paramref name="page"/> of a list a person reads on a web page (<paramref name="pageSize"/> entries a page,
    /// "?trang=N") is past the window (Vietnamese, in pages rather than the API's parameters), or null.
    /// </summary>
    /// <param name="narrowing">What the reader can do instead ("hãy lọc theo …").</param>
    public static string? PageProblem(long page, int pageSize, string narrowing) =>
        page * pageSize > MaxWindow ? $"Chỉ xem được {MaxWindow / pageSize} trang đầu; {narrowing}" : null;

    /// <summary>The same, as the 400 problem an API answers.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? BadRequest(long page, long pageSize, string items = "mục") =>
        Problem(page, pageSize, items) is { } problem ? Hosting.Problems.BadRequest(problem) : null;
}
