using System.Text.Json;
using System.Xml.Linq;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Publishing;
using Archive.Api.Web.Shared;
using Microsoft.Extensions.Options;

namespace Archive.Api.Web.Public;

/// <summary>
/// What the public site shows, gathered for the live site and the static export alike. Everything here starts
/// from <see cref="PublishedDocuments"/>, so an internal document cannot appear by mistake as a page or a link; what a
/// published page may say of the documents related to it is <see cref="PublicRelations"/>'s to decide. Absolute links
/// use the configured public address only.
/// </summary>
public sealed class PublicContent(PublishedDocuments published, DocumentReadings readings, DocumentRelationsReader relations, IOptions<SiteOptions> site)
{
    public const int HomeCount = 20;

    public IReadOnlyList<(string Slug, DocumentRecord Record)> Latest() => published.All().Take(HomeCount).ToList();

    public async Task<PublicDocument?> DocumentAsync(string slug, PublicLinks links, string baseUrl, CancellationToken cancellationToken)
    {
        if (published.Find(slug) is not { } record) return null;
        var view = PublicRelations.For(relations.Of(record.Id)!, id => published.SlugOf(id) is { } target ? links.Document(target) : null);
        var reading = await readings.ReadAsync(record, cancellationToken);
        return new PublicDocument(record, slug, reading, view, JsonLd(record, $"{baseUrl}/van-ban/{slug}"));
    }

    /// <summary>An Atom feed (RFC 4287) of the latest published documents.</summary>
    public string Feed(string baseUrl)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var latest = published.All().Take(50).ToList();
        var updated = latest.Select(p => p.Record.LastChange).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var feed = new XElement(atom + "feed",
            new XElement(atom + "title", "Văn bản mới công bố — " + site.Value.SiteName),
            new XElement(atom + "id", baseUrl + "/"),
            new XElement(atom + "updated", updated.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl + "/feed.atom")),
            new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", baseUrl + "/")),
            new XElement(atom + "author", new XElement(atom + "name", site.Value.Organisation)),
            latest.Select(p => new XElement(atom + "entry",
                new XElement(atom + "title", p.Record.Title),
                new XElement(atom + "id", $"urn:archive:document:{p.Record.Id}"),
                new XElement(atom + "updated", p.Record.LastChange.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")),
                p.Record.PublishedAt is { } published ? new XElement(atom + "published", published.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")) : null,
                new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{baseUrl}/van-ban/{p.Slug}")),
                p.Record.Kind is { } kind ? new XElement(atom + "category", new XAttribute("term", kind)) : null,
                new XElement(atom + "summary", new XAttribute("type", "text"), FeedSummary(p.Record)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    /// <summary>"Số, ký hiệu: 59/2023/NĐ-CP. Loại văn bản: Nghị định. …. Trích yếu: …": what a reader of the feed decides by.</summary>
    public static string FeedSummary(DocumentRecord record) => string.Join(". ", new (string Label, string? Value)[]
        {
            ("Số, ký hiệu", record.Number),
            ("Loại văn bản", record.Kind),
            ("Cơ quan ban hành", record.Issuer),
            ("Ngày ban hành", record.IssuedOn is { } d ? Display.Date(d) : null),
            ("Trích yếu", record.Title),
        }
        .Where(f => !string.IsNullOrWhiteSpace(f.Value))
        .Select(f => $"{f.Label}: {f.Value!.Trim().TrimEnd('.')}")) + ".";

    public string Sitemap(string baseUrl)
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var all = published.All();
        var urlset = new XElement(sm + "urlset",
            new XElement(sm + "url", new XElement(sm + "loc", baseUrl + "/"),
                all.Select(p => p.Record.LastChange).DefaultIfEmpty().Max() is { } newest && newest != default
                    ? new XElement(sm + "lastmod", newest.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")) : null),
            all.Select(p => new XElement(sm + "url",
                new XElement(sm + "loc", $"{baseUrl}/van-ban/{p.Slug}"),
                new XElement(sm + "lastmod", p.Record.LastChange.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + urlset;
    }

    /// <summary>schema.org Legislation, so search engines and the national database can read the document's identity.</summary>
    private static string JsonLd(DocumentRecord record, string url)
    {
        var legalForce = record.Status switch
        {
            null => null,
            ValidityStates.Expired => "https://schema.org/NotInForce",
            ValidityStates.PartlyExpired => "https://schema.org/PartiallyInForce",
            _ => "https://schema.org/InForce",
        };
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
        // The default encoder escapes '<', '>' and '&', so no value can close the script element it sits in.
        return JsonSerializer.Serialize(data.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }
}
