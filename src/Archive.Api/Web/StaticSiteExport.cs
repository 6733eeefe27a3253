using System.Text;
using Archive.Api.Documents;
using Archive.Api.Publishing;
using Archive.Storage;

namespace Archive.Api.Web;

/// <summary>
/// Writes the public site as static files (for a plain web server or the district portal): the same
/// pages the live site serves, each at <c>path/index.html</c>, with the originals, feed and sitemap.
/// Search needs the live service, so the static search page only points there.
/// </summary>
public sealed class StaticSiteExport(PublicPages pages, PublishedDocuments published, IObjectStore store)
{
    /// <summary>Writes everything under <paramref name="folder"/>; returns how many documents it holds.</summary>
    public async Task<int> WriteAsync(string folder, string baseUrl, CancellationToken cancellationToken)
    {
        baseUrl = baseUrl.TrimEnd('/');
        Directory.CreateDirectory(folder);
        await WriteTextAsync(folder, "index.html", pages.Home(), cancellationToken);
        await WriteTextAsync(folder, "tim-kiem/index.html", pages.Search(null, null), cancellationToken);
        await WriteTextAsync(folder, "feed.atom", pages.Feed(baseUrl), cancellationToken);
        await WriteTextAsync(folder, "sitemap.xml", pages.Sitemap(baseUrl), cancellationToken);
        await WriteTextAsync(folder, SiteAssets.CssPath.TrimStart('/'), SiteAssets.Css, cancellationToken);
        await WriteTextAsync(folder, SiteAssets.ScriptPath.TrimStart('/'), SiteAssets.Script, cancellationToken);
        await WriteTextAsync(folder, "404.html", PublicPages.NotFound(), cancellationToken);
        var documents = published.All();
        foreach (var (slug, record) in documents)
        {
            if (await pages.DocumentAsync(slug, baseUrl, cancellationToken) is not { } html) continue;
            await WriteTextAsync(folder, $"van-ban/{slug}/index.html", html, cancellationToken);
            await using var original = await store.OpenReadAsync(DocumentKeys.Original(record.Id), cancellationToken);
            if (original is null) continue;
            await using var file = File.Create(Path.Combine(folder, "van-ban", slug, "tai-ve"));
            await original.CopyToAsync(file, cancellationToken);
        }
        return documents.Count;
    }

    private static async Task WriteTextAsync(string folder, string path, string text, CancellationToken cancellationToken)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, text, new UTF8Encoding(false), cancellationToken);
    }
}
