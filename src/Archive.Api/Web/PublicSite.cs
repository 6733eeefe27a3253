using Archive.Api.Apis;
using Archive.Api.Documents;
using Archive.Api.Publishing;
using Archive.Storage;

namespace Archive.Api.Web;

/// <summary>The public website (no sign-in): only published documents, in Vietnamese, server-rendered.</summary>
public static class PublicSite
{
    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        site.MapGet("/", (PublicPages pages) => Page(pages.Home()));
        site.MapGet("/tim-kiem", Search);
        site.MapGet("/van-ban/{slug}", Document);
        site.MapGet("/van-ban/{slug}/tai-ve", Download);
        site.MapGet("/feed.atom", (PublicPages pages, HttpRequest request) =>
            Results.Text(pages.Feed(BaseUrl(request)), "application/atom+xml; charset=utf-8"));
        site.MapGet("/sitemap.xml", (PublicPages pages, HttpRequest request) =>
            Results.Text(pages.Sitemap(BaseUrl(request)), "application/xml; charset=utf-8"));
        // Unknown public addresses get the site's 404 page rather than the staff sign-in.
        site.MapGet("/{**path:regex(^(?!api(/|$)|quan-ly(/|$)).*$)}", () => Page(PublicPages.NotFound(), StatusCodes.Status404NotFound));
        return app;
    }

    private static IResult Search(PublicPages pages, DocumentIndexing indexing, string? q, int page = 1)
    {
        if (string.IsNullOrWhiteSpace(q)) return Page(pages.Search(null, null));
        page = Math.Max(1, page);
        var (request, problem) = SearchApi.ParseRequest(q, null, null, null, null, null, page, Pager.PageSize, publishedOnly: true);
        if (request is null) return Page(pages.Search(q, null, problem: problem), StatusCodes.Status400BadRequest);
        return Page(pages.Search(q, indexing.Search(request), page));
    }

    private static async Task<IResult> Document(string slug, PublicPages pages, HttpRequest request, CancellationToken cancellationToken) =>
        await pages.DocumentAsync(slug, BaseUrl(request), cancellationToken) is { } html
            ? Page(html)
            : Page(PublicPages.NotFound(), StatusCodes.Status404NotFound);

    private static async Task<IResult> Download(string slug, PublishedDocuments published, IObjectStore store, CancellationToken cancellationToken)
    {
        if (published.Find(slug) is not { } record) return Page(PublicPages.NotFound(), StatusCodes.Status404NotFound);
        var stream = await store.OpenReadAsync(DocumentKeys.Original(record.Id), cancellationToken);
        return stream is null
            ? Page(PublicPages.NotFound(), StatusCodes.Status404NotFound)
            : Results.File(stream, record.ContentType, record.FileName);
    }

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>The site's own address as the visitor reached it (feed and sitemap need absolute links).</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
