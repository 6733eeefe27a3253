using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Archive.Api.Tests.Structure;

/// <summary>
/// Document pages read as the document's parts: articles and clauses with stable anchors, a table of contents, and
/// a plan's citation of "khoản 1 Điều 15" linking to that clause on the decree's page, staff and public alike.
/// </summary>
public sealed partial class DocumentStructurePagesTests : IDisposable
{
    // The pages' cache of read documents off: these tests change derived files in the store behind the service's back (as
    // a new parser after a restart would find them), which the cache, kept for a record, cannot see.
    private readonly ArchiveApiFactory factory = new(new Dictionary<string, string?> { ["Site:DocumentCacheMegabytes"] = "0" });
    private readonly HttpClient staff;
    private readonly HttpClient visitor;

    public DocumentStructurePagesTests()
    {
        staff = factory.CreateClient();
        visitor = factory.CreateAnonymousClient();
    }

    public void Dispose() => factory.Dispose();

    /// <summary>A decree written for the test: sixteen articles, so its page has a table of contents.</summary>
    private static string Decree()
    {
        var text = new StringBuilder("CHÍNH PHỦ\nSố: 77/2024/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về nhà văn hóa thôn, bản\n"
            + "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nChương I\nQUY ĐỊNH CHUNG\n");
        for (var n = 1; n <= 16; n++)
        {
            text.Append($"Điều {n}. Quy định thứ {n} về nhà văn hóa\n");
            text.Append(n == 15
                ? "1. Thôn, bản công khai các khoản đóng góp xây dựng nhà văn hóa tại bảng tin.\n2. Trưởng thôn báo cáo Ủy ban nhân dân xã.\n"
                : $"Nội dung của điều {n} về quản lý nhà văn hóa.\n");
        }
        text.Append("Nơi nhận:\n- Các bộ;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n");
        return text.ToString();
    }

    private const string Plan = "ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP\nSố: 41/KH-UBND\nKẾ HOẠCH\nCông khai đóng góp nhà văn hóa năm 2024\n"
        + "I. MỤC ĐÍCH\n1. Thực hiện khoản 1 Điều 15 Nghị định số 77/2024/NĐ-CP ngày 3/3/2024 của Chính phủ.\n"
        + "II. NỘI DUNG\n1. Các thôn niêm yết khoản đóng góp.\n";

    private async Task<string> UploadAsync(string text, string name, string number, string kind)
    {
        var response = await staff.UploadAsync(Encoding.UTF8.GetBytes(text), name,
            new Dictionary<string, string> { ["number"] = number, ["kind"] = kind, ["issuedOn"] = "2024-03-03", ["issuer"] = "Chính phủ" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private async Task PublishAsync(string id) =>
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" })).StatusCode);

    private static List<string> Ids(string html) => IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""\sid="([a-z0-9-]+)""")]
    private static partial Regex IdAttribute();

    [Fact]
    public async Task A_plan_citing_a_clause_links_to_that_clause_on_the_decree_page_for_staff_and_public()
    {
        var decree = await UploadAsync(Decree(), "nghi-dinh-77.txt", "77/2024/NĐ-CP", "Nghị định");
        var plan = await UploadAsync(Plan, "ke-hoach-41.txt", "41/KH-UBND", "Kế hoạch");

        var staffPlan = await staff.GetStringAsync($"/quan-ly/van-ban/{plan}");
        Assert.Contains($"href=\"/quan-ly/van-ban/{decree}#dieu-15-khoan-1\"", staffPlan);
        var staffDecree = await staff.GetStringAsync($"/quan-ly/van-ban/{decree}");
        Assert.Contains("id=\"dieu-15-khoan-1\"", staffDecree);
        Assert.Contains("class=\"toc\"", staffDecree);
        Assert.Contains("href=\"#dieu-16\"", staffDecree);
        Assert.Contains("id=\"muc-i-1\"", staffPlan);

        // Public: the link appears only once the decree is published too.
        await PublishAsync(plan);
        var publicPlan = await visitor.GetStringAsync("/van-ban/41-kh-ubnd");
        Assert.DoesNotContain("#dieu-15", publicPlan);
        await PublishAsync(decree);
        publicPlan = await visitor.GetStringAsync("/van-ban/41-kh-ubnd");
        Assert.Contains("href=\"/van-ban/77-2024-nd-cp#dieu-15-khoan-1\"", publicPlan);
        var publicDecree = await visitor.GetStringAsync("/van-ban/77-2024-nd-cp");
        Assert.Contains("id=\"dieu-15-khoan-1\"", publicDecree);
        Assert.Contains("Thôn, bản công khai các khoản đóng góp xây dựng nhà văn hóa tại bảng tin.", WebUtility.HtmlDecode(publicDecree));
    }

    [Fact]
    public async Task Anchors_stay_the_same_when_the_stored_structure_is_built_again()
    {
        var decree = await UploadAsync(Decree(), "nghi-dinh-77.txt", "77/2024/NĐ-CP", "Nghị định");
        var before = Ids(await staff.GetStringAsync($"/quan-ly/van-ban/{decree}"));

        // As after a parser change: the derived file is gone (or outdated) and is parsed again from the stored text.
        var stored = Path.Combine(factory.DataFolder, "store", "objects", "documents", decree, "structure.json");
        Assert.True(File.Exists(stored));
        File.Delete(stored);
        var after = Ids(await staff.GetStringAsync($"/quan-ly/van-ban/{decree}"));

        Assert.Contains("dieu-15-khoan-1", before);
        Assert.Equal(before, after);
        Assert.True(File.Exists(stored));
    }

    [Fact]
    public async Task A_search_hit_links_to_the_article_that_matched()
    {
        var decree = await UploadAsync(Decree(), "nghi-dinh-77.txt", "77/2024/NĐ-CP", "Nghị định");

        var results = await staff.GetStringAsync("/quan-ly/?q=" + Uri.EscapeDataString("công khai các khoản đóng góp tại bảng tin"));

        Assert.Contains($"href=\"/quan-ly/van-ban/{decree}#dieu-15\"", results);
    }

    [Fact]
    public async Task The_feed_is_valid_Atom_whose_entries_say_number_kind_issuer_date_and_summary()
    {
        var decree = await UploadAsync(Decree(), "nghi-dinh-77.txt", "77/2024/NĐ-CP", "Nghị định");
        await PublishAsync(decree);

        var feed = await visitor.GetAsync("/feed.atom");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var root = xml.Root!;
        Assert.Equal(atom + "feed", root.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.Single(root.Elements(atom + required));
        var entry = Assert.Single(root.Elements(atom + "entry"));
        foreach (var required in new[] { "id", "title", "updated", "summary" }) Assert.Single(entry.Elements(atom + required));
        Assert.NotNull(root.Element(atom + "author") ?? entry.Element(atom + "author"));
        // RFC 3339 times, as Atom requires.
        foreach (var time in root.Descendants().Where(e => e.Name == atom + "updated" || e.Name == atom + "published"))
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", time.Value);
        Assert.True(Uri.IsWellFormedUriString(entry.Element(atom + "id")!.Value, UriKind.Absolute));
        var summary = entry.Element(atom + "summary")!.Value;
        Assert.Contains("77/2024/NĐ-CP", summary);
        Assert.Contains("Nghị định", summary);
        Assert.Contains("Chính phủ", summary);
        Assert.Contains("03/03/2024", summary);
        Assert.Contains("Quy định về nhà văn hóa thôn, bản", summary);

        var sitemap = XDocument.Parse(await visitor.GetStringAsync("/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.All(sitemap.Root!.Elements(sm + "url"), url => Assert.NotNull(url.Element(sm + "lastmod")));
    }
}
