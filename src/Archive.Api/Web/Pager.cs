namespace Archive.Api.Web;

/// <summary>"Trang trước / Trang X / Y / Trang sau" under a list of results; the caller says how a page's address is made.</summary>
public static class Pager
{
    public const int PageSize = 20;

    /// <summary>The page count for <paramref name="total"/> results (at least 1, so an empty result is "Trang 1 / 1").</summary>
    public static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>The navigation, or "" when everything fits on one page and the visitor is on it.</summary>
    public static string Render(int page, int total, Func<int, string> link)
    {
        var pages = Pages(total);
        if (pages == 1 && page == 1) return "";
        var previous = page > 1 ? $"<a rel=\"prev\" href=\"{Html.E(link(Math.Min(page - 1, pages)))}\">Trang trước</a>" : "";
        var next = page < pages ? $"<a rel=\"next\" href=\"{Html.E(link(page + 1))}\">Trang sau</a>" : "";
        return $"<nav class=\"pager\" aria-label=\"Phân trang\">{previous} <span aria-current=\"page\">Trang {page} / {pages}</span> {next}</nav>\n";
    }
}
