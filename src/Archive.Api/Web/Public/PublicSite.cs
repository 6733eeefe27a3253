using Archive.Api.Apis;
using Archive.Api.Documents;
using Archive.Api.Originals;
using Archive.Api.Publishing;
using Archive.Api.Web.Shared;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Web.Public;

/// <summary>The public website (no sign-in): published documents only, in Vietnamese, rendered on the server.</summary>
public static class PublicSite
{
    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        // The site's pages, each named once: it answers GET and HEAD (without the body: link checkers, monitors and
        // crawlers use it), and another method is told so (405), not sent to the staff sign-in. Named one by one: a
        // catch-all for those methods would also be a candidate for every API address and change how routing refuses
        // those (an API call's unsupported content type).
        (string Path, Delegate Answer)[] pages =
        [
            ("/", (HttpContext context, PublicContent content) => PageRenderer.PageAsync<PublicHomePage>(context, new { Latest = content.Latest() })),
            ("/tim-kiem", Search),
            ("/van-ban/{slug}", Document),
            ("/van-ban/{slug}/tai-ve", Download),
            ("/van-ban/{slug}/xem", View),
            ("/van-ban/{slug}/trang-{page:int}.png", Picture),
            ("/feed.atom", (PublicContent content, IOptions<SiteOptions> options) =>
                Results.Text(content.Feed(options.Value.BaseUrl), "application/atom+xml; charset=utf-8")),
            ("/sitemap.xml", (PublicContent content, IOptions<SiteOptions> options) =>
                Results.Text(content.Sitemap(options.Value.BaseUrl), "application/xml; charset=utf-8")),
        ];
        string[] read = [HttpMethods.Get, HttpMethods.Head];
        string[] others = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch, HttpMethods.Trace, HttpMethods.Options];
        foreach (var (path, answer) in pages)
        {
            site.MapMethods(path, read, answer);
            site.MapMethods(path, others, (HttpContext context) =>
            {
                context.Response.Headers.Allow = "GET, HEAD";
                return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
            });
        }
        // Unknown public addresses get the site's 404 page rather than the staff sign-in.
        site.MapMethods("/{**path:regex(^(?!api(/|$)|quan-ly(/|$)).*$)}", read, (Func<HttpContext, Task<IResult>>)NotFound);
        return app;
    }

    private static Task<IResult> NotFound(HttpContext context) =>
        PageRenderer.PageAsync<PublicNotFoundPage>(context, null, StatusCodes.Status404NotFound);

    private static async Task<IResult> Search(HttpContext context, PublishedDocuments published, DocumentIndexing indexing, string? q, string? page)
    {
        if (string.IsNullOrWhiteSpace(q)) return await PageRenderer.PageAsync<PublicSearchPage>(context);
        var number = PageNumber.Parse(page);
        var (request, problem) = SearchApi.ParseRequest(q, null, null, null, null, null, number, PagerLinks.PageSize, publishedOnly: true);
        // A page past the window is told in pages, not in the API's parameters.
        if (PagingRules.PageProblem(number, PagerLinks.PageSize, PagingRules.SearchNarrowing) is { } deep) (request, problem) = (null, deep);
        if (request is null)
            return await PageRenderer.PageAsync<PublicSearchPage>(context, new { Query = q, Problem = problem }, StatusCodes.Status400BadRequest);
        var results = indexing.Search(request);
        // The index says what matched; the catalog says what is published now (the index follows it a moment later).
        var hits = results.Hits.Select(h => (Hit: h, Published: published.Of(h.Id))).Where(h => h.Published is not null)
            .Select(h => (h.Hit, h.Published!.Value.Slug, h.Published.Value.Record)).ToList();
        var suggestions = results.Total == 0 ? SearchSuggestions.For(q, words => $"/tim-kiem?q={Uri.EscapeDataString(words)}") : [];
        return await PageRenderer.PageAsync<PublicSearchPage>(context, new
        {
            Query = q,
            Hits = (IReadOnlyList<(Archive.Indexer.Search.SearchHit, string, DocumentRecord)>)hits,
            Total = results.Total,
            Page = number,
            Suggestions = suggestions,
        });
    }

    private static async Task<IResult> Document(string slug, HttpContext context, PublicContent content, PublishedDocuments published,
        IOptions<SiteOptions> options, CancellationToken cancellationToken)
    {
        if (await content.DocumentAsync(slug, PublicLinks.Live, options.Value.BaseUrl, cancellationToken) is not { } document)
        {
            // A corrected number gave the document a new address; links to the old one keep working. An address typed
            // with the number's capitals ("01-2016-QH14") is the same address: addresses are lower case.
            var lower = slug.ToLowerInvariant();
            return published.MovedTo(slug) is { } moved ? Results.Redirect(PublicLinks.Live.Document(moved), permanent: true)
                : lower != slug && (published.Find(lower) is not null || published.MovedTo(lower) is not null)
                    ? Results.Redirect(PublicLinks.Live.Document(lower) + context.Request.QueryString, permanent: true)
                : await NotFound(context);
        }
        var links = PublicLinks.Live;
        return await PageRenderer.PageAsync<PublicDocumentPage>(context, new
        {
            Document = document,
            Pictures = (IReadOnlyList<string>)Enumerable.Range(1, OriginalViews.PictureCount(document.Record)).Select(p => links.Picture(slug, p)).ToList(),
            ViewUrl = links.View(slug, document.Record),
            DownloadUrl = links.Download(slug, document.Record),
            Part = (int?)PageNumber.Parse(context.Request.Query[DocumentParts.PartParameter]),
            Anchor = (string?)context.Request.Query[DocumentParts.AnchorParameter],
        });
    }

    private static async Task<IResult> Download(string slug, HttpContext context, PublishedDocuments published, IObjectStore store, CancellationToken cancellationToken)
    {
        if (published.Find(slug) is not { } record) return await NotFound(context);
        var stream = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken);
        return stream is null ? await NotFound(context) : Results.File(stream, record.ContentType, PublicLinks.FileName(record));
    }

    private static async Task<IResult> View(string slug, HttpContext context, PublishedDocuments published, OriginalViews views, CancellationToken cancellationToken)
    {
        if (published.Find(slug) is not { } record || await views.OpenAsync(record, cancellationToken) is not { } view) return await NotFound(context);
        return DocumentsApi.Inline(context, view);
    }

    private static async Task<IResult> Picture(string slug, int page, HttpContext context, PublishedDocuments published, OriginalViews views, CancellationToken cancellationToken)
    {
        if (published.Find(slug) is not { } record || await views.PictureAsync(record, page, cancellationToken) is not { } picture)
            return await NotFound(context);
        return Results.File(picture, "image/png");
    }
}
