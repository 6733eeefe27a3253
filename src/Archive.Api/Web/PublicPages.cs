using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Publishing;
using Archive.Indexer.Search;
using Archive.Storage;

namespace Archive.Api.Web;

/// <summary>
/// The public website's pages, feed and sitemap as text. Everything here starts from
/// <see cref="PublishedDocuments"/>, so an internal document cannot appear by mistake. Used by the
/// live site and by the static export alike.
/// </summary>
public sealed class PublicPages(PublishedDocuments published, IObjectStore store, CitationGraph citations)
{
    public const int HomeCount = 20;

    public string Home()
    {
        var latest = published.All().Take(HomeCount).ToList();
        var body = new StringBuilder();
        body.Append("<h1>Văn bản công bố</h1>\n");
        body.Append(SearchForm(null));
        body.Append("<h2>Mới công bố</h2>\n");
        if (latest.Count == 0) body.Append("<p>Chưa có văn bản nào được công bố.</p>");
        else
        {
            body.Append("<ul class=\"docs\">\n");
            foreach (var (slug, record) in latest) body.Append(Item(slug, record, null));
            body.Append("</ul>\n");
        }
        return SiteLayout.Render(PageArea.Public, "Trang chủ", body.ToString());
    }

    public string Search(string? query, SearchResults? results, int page = 1, string? problem = null)
    {
        var body = new StringBuilder("<h1>Tìm kiếm văn bản</h1>\n").Append(SearchForm(query));
        if (problem is not null) body.Append($"<p class=\"notice error\" role=\"alert\">{Html.E(problem)}</p>\n");
        if (results is not null)
        {
            var slugs = published.All().ToDictionary(p => p.Record.Id, p => p, StringComparer.Ordinal);
            // The index says what matched; the catalog says what is published now (the index follows it a moment later).
            var hits = results.Hits.Where(h => slugs.ContainsKey(h.Id)).ToList();
            body.Append($"<p role=\"status\">Tìm thấy {results.Total} văn bản cho “{Html.E(query)}”.</p>\n<ol class=\"hits\">\n");
            foreach (var hit in hits)
            {
                var (slug, record) = slugs[hit.Id];
                body.Append(Item(slug, record, hit.Passage?.Snippet ?? hit.Snippet));
            }
            body.Append("</ol>\n");
            body.Append(Pager.Render(page, results.Total, p => $"/tim-kiem?q={Html.Q(query)}&page={p}"));
        }
        return SiteLayout.Render(PageArea.Public, query is null ? "Tìm kiếm" : $"Tìm kiếm: {query}", body.ToString());
    }

    public async Task<string?> DocumentAsync(string slug, string baseUrl, CancellationToken cancellationToken)
    {
        if (published.Find(slug) is not { } record) return null;
        var text = await TextAsync(record, cancellationToken);
        var body = new StringBuilder();
        body.Append($"<article>\n<h1>{Html.E(record.Title)}</h1>\n<dl class=\"record\">\n");
        Row(body, "Số, ký hiệu", record.Number);
        Row(body, "Loại văn bản", record.Kind);
        Row(body, "Cơ quan ban hành", record.Issuer);
        Row(body, "Ngày ban hành", Html.Date(record.IssuedOn));
        Row(body, "Ngày công bố", record.PublishedAt is { } at ? Html.Time(at) : null);
        body.Append("</dl>\n");
        body.Append($"<p><a class=\"button\" href=\"/van-ban/{slug}/tai-ve\" download>Tải văn bản gốc ({Html.E(record.FileName)}, {record.Size / 1024.0:0.#} KB)</a></p>\n");
        body.Append(Citations(record.Id));
        body.Append("<h2>Nội dung</h2>\n");
        body.Append(string.IsNullOrWhiteSpace(text)
            ? "<p>Văn bản này không có nội dung chữ trích xuất được; hãy tải văn bản gốc.</p>"
            : $"<div class=\"text\" tabindex=\"0\" aria-label=\"Nội dung văn bản\">{Html.E(text)}</div>");
        body.Append("\n</article>\n");
        return SiteLayout.Render(PageArea.Public, record.Title, body.ToString(), head: JsonLd(record, $"{baseUrl}/van-ban/{slug}", LegalForce(record)));
    }

    public async Task<string> TextAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(DocumentKeys.Text(record.Id), cancellationToken);
        if (stream is null) return "";
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public static string NotFound() => SiteLayout.Render(PageArea.Public, "Không tìm thấy",
        "<h1>Không tìm thấy trang</h1>\n<p>Văn bản này không có hoặc chưa được công bố. <a href=\"/\">Về trang chủ</a> hoặc <a href=\"/tim-kiem\">tìm kiếm</a>.</p>");

    /// <summary>An Atom feed (RFC 4287) of the latest published documents.</summary>
    public string Feed(string baseUrl)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var latest = published.All().Take(50).ToList();
        var updated = latest.Select(p => p.Record.PublishedAt ?? p.Record.CreatedAt).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var feed = new XElement(atom + "feed",
            new XElement(atom + "title", "Văn bản mới công bố — " + SiteLayout.SiteName),
            new XElement(atom + "id", baseUrl + "/"),
            new XElement(atom + "updated", updated.ToString("yyyy-MM-ddTHH:mm:ssZ")),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl + "/feed.atom")),
            new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", baseUrl + "/")),
            new XElement(atom + "author", new XElement(atom + "name", "Ủy ban nhân dân huyện")),
            latest.Select(p => new XElement(atom + "entry",
                new XElement(atom + "title", p.Record.Title),
                new XElement(atom + "id", $"urn:archive:document:{p.Record.Id}"),
                new XElement(atom + "updated", (p.Record.PublishedAt ?? p.Record.CreatedAt).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")),
                new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{baseUrl}/van-ban/{p.Slug}")),
                new XElement(atom + "summary", Summary(p.Record)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    public string Sitemap(string baseUrl)
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urlset = new XElement(sm + "urlset",
            new XElement(sm + "url", new XElement(sm + "loc", baseUrl + "/")),
            published.All().Select(p => new XElement(sm + "url",
                new XElement(sm + "loc", $"{baseUrl}/van-ban/{p.Slug}"),
                new XElement(sm + "lastmod", (p.Record.PublishedAt ?? p.Record.CreatedAt).ToString("yyyy-MM-dd")))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + urlset;
    }

    /// <summary>schema.org Legislation, so search engines and the national database can read the document's identity.</summary>
    /// <summary>What the document cites; a target is linked only when it is published too (an internal one is named as the text names it).</summary>
    private string Citations(string id)
    {
        var outgoing = citations.Outgoing(id).Where(c => !c.Citation.Self).ToList();
        if (outgoing.Count == 0) return "";
        var list = new StringBuilder("<h2>Văn bản được dẫn chiếu</h2>\n<ul>\n");
        foreach (var cited in outgoing.DistinctBy(c => c.Citation.Text))
        {
            var slug = cited.Target is { } target && PublishedDocuments.IsPublished(target) ? published.SlugOf(target.Id) : null;
            list.Append(slug is null ? $"<li>{Html.E(cited.Citation.Text)}</li>\n" : $"<li><a href=\"/van-ban/{slug}\">{Html.E(cited.Citation.Text)}</a></li>\n");
        }
        return list.Append("</ul>\n").ToString();
    }

    /// <summary>schema.org's legal force, from what other published documents say (an internal one is not evidence the public may see).</summary>
    private string LegalForce(DocumentRecord record)
    {
        var (status, source) = (record.Status, record.StatusSource);
        if (source is null || published.SlugOf(source.Id) is null) return "https://schema.org/InForce";
        return status switch
        {
            ValidityStates.Expired => "https://schema.org/NotInForce",
            ValidityStates.PartlyExpired => "https://schema.org/PartiallyInForce",
            _ => "https://schema.org/InForce",
        };
    }

    private static string JsonLd(DocumentRecord record, string url, string legalForce)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["name"] = record.Title,
            ["url"] = url,
            ["legislationIdentifier"] = record.Number,
            ["legislationType"] = record.Kind,
            ["legislationDate"] = record.IssuedOn?.ToString("yyyy-MM-dd"),
            ["legislationPassedBy"] = record.Issuer is null ? null : new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = record.Issuer },
            ["legislationLegalForce"] = legalForce,
            ["inLanguage"] = "vi",
        };
        var json = JsonSerializer.Serialize(data.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
        return $"<script type=\"application/ld+json\">{json}</script>";
    }

    private static string SearchForm(string? query) => $"""
        <form class="search" role="search" method="get" action="/tim-kiem">
        <label class="visually-hidden" for="q">Từ khóa</label>
        <input type="search" id="q" name="q" value="{Html.E(query)}" placeholder="Ví dụ: dân chủ cơ sở, 59/2023/NĐ-CP" maxlength="500">
        <button type="submit">Tìm kiếm</button>
        </form>

        """;

    private static string Item(string slug, DocumentRecord record, string? snippetHtml) =>
        $"<li><h3><a href=\"/van-ban/{slug}\">{Html.E(record.Title)}</a></h3><div class=\"meta\">{Html.E(Summary(record))}</div>"
        + (snippetHtml is null ? "" : $"<p class=\"snippet\">{snippetHtml}</p>") + "</li>\n";

    private static string Summary(DocumentRecord record) => string.Join(" · ", new[]
    {
        record.Kind, record.Number, record.Issuer, record.IssuedOn is { } d ? "ngày " + Html.Date(d) : null,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static void Row(StringBuilder body, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) body.Append($"<dt>{Html.E(label)}</dt><dd>{Html.E(value)}</dd>\n");
    }
}
