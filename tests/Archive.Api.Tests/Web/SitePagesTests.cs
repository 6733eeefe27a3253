using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Api.Access;

namespace Archive.Api.Tests.Web;

/// <summary>
/// What every page shares: the organisation's name from configuration, absolute links from the configured public
/// address (never the Host header), fingerprinted static files, and no inline script or style (for a strict CSP).
/// </summary>
public sealed partial class SitePagesTests : IDisposable
{
    private const string BaseUrl = "https://vanban.thunghiem.gov.vn";
    private const string Organisation = "Ủy ban nhân dân huyện Thử Nghiệm";

    private readonly ArchiveApiFactory factory = new(new Dictionary<string, string?>
    {
        ["Site:PublicBaseUrl"] = BaseUrl + "/",
        ["Site:Organisation"] = Organisation,
        ["Site:SiteName"] = "Văn bản huyện Thử Nghiệm",
    });

    public void Dispose() => factory.Dispose();

    private async Task<string> PublishedAsync()
    {
        var admin = factory.CreateClient();
        var response = await admin.UploadAsync(Encoding.UTF8.GetBytes("Kế hoạch phòng chống cháy rừng mùa khô 2025 của UBND huyện."), "ke-hoach-chay-rung.txt",
            new Dictionary<string, string> { ["number"] = "51/KH-UBND", ["title"] = "Kế hoạch phòng chống cháy rừng mùa khô 2025" });
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" })).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task Feed_sitemap_and_JSON_LD_use_the_configured_address_whatever_Host_the_visitor_sends()
    {
        await PublishedAsync();
        var visitor = factory.CreateAnonymousClient();
        visitor.DefaultRequestHeaders.Host = "evil.example";

        var everything = await visitor.GetStringAsync("/feed.atom") + await visitor.GetStringAsync("/sitemap.xml") + await visitor.GetStringAsync("/van-ban/51-kh-ubnd");

        Assert.DoesNotContain("evil.example", everything);
        Assert.Contains($"{BaseUrl}/van-ban/51-kh-ubnd", everything);
        Assert.Contains($"\"url\":\"{BaseUrl}/van-ban/51-kh-ubnd\"", everything);
        Assert.Contains($"<name>{Organisation}</name>", everything);
    }

    [Fact]
    public async Task Every_page_names_the_organisation_in_its_title_and_footer()
    {
        await PublishedAsync();
        foreach (var (client, url) in new[] { (factory.CreateAnonymousClient(), "/"), (factory.CreateAnonymousClient(), "/van-ban/51-kh-ubnd"), (factory.CreateClient(), "/quan-ly/") })
        {
            var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
            Assert.Matches($"<title>[^<]*(Thử Nghiệm)[^<]*</title>", page);
            Assert.Matches($"<footer>.*{Organisation}.*</footer>", page);
        }
    }

    [Fact]
    public async Task No_page_carries_inline_script_or_style_and_every_field_has_a_label()
    {
        var id = await PublishedAsync();
        var pages = new List<string>();
        foreach (var url in new[] { "/", "/tim-kiem?q=cháy+rừng", "/van-ban/51-kh-ubnd", "/khong-co", "/quan-ly/dang-nhap" })
            pages.Add(await factory.CreateAnonymousClient().GetStringOrErrorAsync(url));
        foreach (var url in new[] { "/quan-ly/", "/quan-ly/?q=chay+rung", $"/quan-ly/van-ban/{id}", "/quan-ly/tai-len", "/quan-ly/nhat-ky", "/quan-ly/nguoi-dung", "/quan-ly/nguoi-dung/admin/thu-hoi" })
            pages.Add(await factory.CreateClient().GetStringOrErrorAsync(url));

        foreach (var page in pages)
        {
            // Every field a person fills has a label (or an accessible name).
            foreach (Match input in Field().Matches(page))
            {
                var attributes = input.Groups["attrs"].Value;
                if (Regex.IsMatch(attributes, "type=\"(hidden|submit|button)\"") || attributes.Contains("aria-label=")) continue;
                var field = Regex.Match(attributes, "id=\"([^\"]+)\"").Groups[1].Value;
                Assert.True(field.Length > 0 && page.Contains($"for=\"{field}\""), $"no label for {input.Value}");
            }
            Assert.DoesNotMatch(@"\sstyle\s*=", page);
            Assert.DoesNotMatch(@"\son[a-z]+\s*=", page);
            foreach (Match script in Script().Matches(page))
                Assert.True(script.Groups["attrs"].Value.Contains("src=") || script.Groups["attrs"].Value.Contains("application/ld+json"), script.Value);
        }
    }

    [Fact]
    public async Task Stylesheet_and_scripts_are_served_under_fingerprinted_names_for_a_year()
    {
        var page = await factory.CreateAnonymousClient().GetStringAsync("/");
        var css = Stylesheet().Match(page).Groups[1].Value;
        Assert.Matches(@"^/tai-nguyen/site\.[0-9a-f]{10}\.css$", css);

        var response = await factory.CreateAnonymousClient().GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("@media (max-width: 40rem)", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync("/tai-nguyen/site.0000000000.css")).StatusCode);
    }

    [Fact]
    public async Task Values_are_encoded_by_the_components_so_a_title_cannot_inject_markup()
    {
        var admin = factory.CreateClient();
        var response = await admin.UploadAsync(Encoding.UTF8.GetBytes("Thông báo thử mã độc trong tiêu đề."), "tb.txt",
            new Dictionary<string, string> { ["title"] = "<script src=//evil.example/x.js></script><img src=x onerror=alert(1)>", ["number"] = "52/TB-UBND" });
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Thử" })).EnsureSuccessStatusCode();

        foreach (var page in new[] { await factory.CreateAnonymousClient().GetStringAsync("/van-ban/52-tb-ubnd"), await admin.GetStringAsync($"/quan-ly/van-ban/{id}"), await factory.CreateAnonymousClient().GetStringAsync("/") })
        {
            Assert.DoesNotContain("<script src=//evil", page);
            Assert.DoesNotContain("<img src=x", page);
            Assert.Contains("&lt;script src=//evil.example/x.js&gt;", page);
        }
    }

    [GeneratedRegex("<(?:input|select|textarea)(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex("<script(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
