using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Web;

/// <summary>
/// The "Site" configuration section: who publishes (named in every page's title and footer, in the feed) and the
/// public site's own address. Absolute links (feed, sitemap, JSON-LD) are made from <see cref="PublicBaseUrl"/>,
/// never from the Host header a visitor sends.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The organisation that runs the archive: "Ủy ban nhân dân huyện Đình Lập".</summary>
    [Required]
    public string Organisation { get; set; } = "Ủy ban nhân dân huyện Đình Lập";

    /// <summary>The public website's name: "Văn bản huyện Đình Lập".</summary>
    [Required]
    public string SiteName { get; set; } = "Văn bản huyện Đình Lập";

    /// <summary>The public site's address as people reach it, without a trailing slash: "https://dinhlap.langson.gov.vn".</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = Hosting.ArchiveCommands.DefaultUrl;

    /// <summary>
    /// Documents' texts, structures and parts kept in memory for their pages (<see cref="Shared.DocumentReadings"/>), in
    /// megabytes; 0 keeps none (every page reads the store again).
    /// </summary>
    [Range(0, 65_536)]
    public int DocumentCacheMegabytes { get; set; } = 64;

    /// <summary>The staff pages' name.</summary>
    public string StaffName => $"Kho lưu trữ văn bản — {Organisation}";

    public string BaseUrl => PublicBaseUrl.TrimEnd('/');
}
