using System.Text;
using System.Text.Json;
using Archive.Api.Documents;
using Archive.Api.Originals;
using Archive.Api.Publishing;
using Archive.Api.Web.Public;
using Archive.Storage;

namespace Archive.Api.Web.Export;

/// <summary>
/// Writes the public site as static files for a plain web server or the district portal: the same pages the live
/// site renders (each at <c>path/index.html</c>), the originals under their own names, what the browser shows of
/// them, the feed and sitemap, and a search that runs in the browser over an index written beside it.
/// </summary>
public sealed class StaticSiteExport(PublicContent content, PublishedDocuments published, OriginalViews views, IObjectStore store,
    PageRenderer renderer, SiteAssets assets, IServiceProvider services)
{
    /// <summary>How much of each document's text the offline search reads (the whole of almost every document).</summary>
    public const int IndexedCharacters = 200_000;

    /// <summary>Writes everything under <paramref name="folder"/>; returns how many documents it holds.</summary>
    public async Task<int> WriteAsync(string folder, string baseUrl, CancellationToken cancellationToken)
    {
        baseUrl = baseUrl.TrimEnd('/');
        var links = PublicLinks.Export;
        Directory.CreateDirectory(folder);
        await WriteTextAsync(folder, "index.html", await renderer.RenderAsync<PublicHomePage>(services, new { Latest = content.Latest(), Links = links }), cancellationToken);
        await WriteTextAsync(folder, "feed.atom", content.Feed(baseUrl), cancellationToken);
        await WriteTextAsync(folder, "sitemap.xml", content.Sitemap(baseUrl), cancellationToken);
        await WriteTextAsync(folder, "404.html", await renderer.RenderAsync<PublicNotFoundPage>(services, new { Links = links }), cancellationToken);
        foreach (var asset in assets.All)
            await WriteBytesAsync(folder, $"{SiteAssets.RoutePrefix.TrimStart('/')}/{asset.FileName}", asset.Content, cancellationToken);

        var documents = published.All();
        var index = new List<Dictionary<string, string>>(documents.Count);
        foreach (var (slug, record) in documents)
        {
            if (await content.DocumentAsync(slug, links, baseUrl, cancellationToken) is not { } document) continue;
            var page = $"van-ban/{slug}";
            await using (var original = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken))
            {
                if (original is not null) await WriteStreamAsync(folder, $"{page}/{PublicLinks.FileName(record)}", original, cancellationToken);
            }
            string? viewUrl = null;
            if (links.View(slug, record) is { } view && await views.OpenAsync(record, cancellationToken) is { } shown)
            {
                await using (shown.Content) await WriteStreamAsync(folder, $"{page}/{PublicLinks.ViewFileName(record)}", shown.Content, cancellationToken);
                viewUrl = view;
            }
            var pictures = new List<string>();
            for (var p = 1; p <= OriginalViews.PictureCount(record); p++)
            {
                await using var picture = await views.PictureAsync(record, p, cancellationToken);
                if (picture is null) break;
                await WriteStreamAsync(folder, $"{page}/trang-{p}.png", picture, cancellationToken);
                pictures.Add(links.Picture(slug, p));
            }
            var html = await renderer.RenderAsync<PublicDocumentPage>(services, new
            {
                Document = document, Links = links, Pictures = (IReadOnlyList<string>)pictures, ViewUrl = viewUrl,
                DownloadUrl = links.Download(slug, record),
            });
            await WriteTextAsync(folder, $"{page}/index.html", html, cancellationToken);
            index.Add(new()
            {
                ["url"] = links.Document(slug),
                ["title"] = record.Title,
                ["meta"] = Display.Summary(record),
                ["text"] = document.Text.Length > IndexedCharacters ? document.Text[..IndexedCharacters] : document.Text,
            });
        }

        // A script, not JSON: a page opened from the disk (file://) may load scripts but not fetch files.
        await WriteTextAsync(folder, "tim-kiem/chi-muc.js", "window.archiveSearchIndex = " + JsonSerializer.Serialize(index) + ";\n", cancellationToken);
        await WriteTextAsync(folder, "tim-kiem/index.html", await renderer.RenderAsync<PublicSearchPage>(services, new
        {
            Links = links, Offline = true,
            Scripts = (IReadOnlyList<string>)["/tim-kiem/chi-muc.js", assets.Url("offline-search.js")],
        }), cancellationToken);
        return documents.Count;
    }

    private static Task WriteTextAsync(string folder, string path, string text, CancellationToken cancellationToken) =>
        WriteBytesAsync(folder, path, new UTF8Encoding(false).GetBytes(text), cancellationToken);

    private static async Task WriteBytesAsync(string folder, string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Target(folder, path);
        await File.WriteAllBytesAsync(full, bytes, cancellationToken);
    }

    private static async Task WriteStreamAsync(string folder, string path, Stream content, CancellationToken cancellationToken)
    {
        await using var file = File.Create(Target(folder, path));
        await content.CopyToAsync(file, cancellationToken);
    }

    private static string Target(string folder, string path)
    {
        var full = Path.GetFullPath(Path.Combine(folder, path));
        if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"'{path}' would be written outside the export folder.");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
