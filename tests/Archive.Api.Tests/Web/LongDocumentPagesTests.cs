using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Web;

/// <summary>
/// A long published document's page is shown a part at a time: what one request renders stays bounded whatever the
/// document, and every article stays reachable (by the table of contents, and by "?den=dieu-N" which the page's
/// script asks for when a bare "#dieu-N" link lands on a part without it).
/// </summary>
public sealed partial class LongDocumentPagesTests : IDisposable
{
    /// <summary>Bytes one document page may weigh, far below the whole document (about 270,000 characters of text here).</summary>
    private const int PageBound = 450_000;

    private readonly ArchiveApiFactory factory = new();
    private readonly HttpClient staff;
    private readonly HttpClient visitor;

    public LongDocumentPagesTests()
    {
        staff = factory.CreateClient();
        visitor = factory.CreateAnonymousClient();
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_long_documents_page_stays_bounded_and_its_article_500_is_reachable_from_the_table_of_contents_and_by_its_anchor()
    {
        var law = LongLaw.Text();
        Assert.True(law.Length > 2 * 100_000, "the law must be several parts long");
        var response = await staff.UploadAsync(Encoding.UTF8.GetBytes(law), "luat-nha-van-hoa.txt", new Dictionary<string, string>
        {
            ["number"] = "98/2025/QH15", ["kind"] = "Luật", ["title"] = "Luật Quản lý nhà văn hóa thôn, bản",
            ["issuedOn"] = "2025-07-01", ["issuer"] = "Quốc hội",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" })).StatusCode);

        var first = await visitor.GetStringAsync("/van-ban/98-2025-qh15");
        Assert.True(Encoding.UTF8.GetByteCount(first) < PageBound, $"the first part weighs {Encoding.UTF8.GetByteCount(first)} bytes");
        Assert.Contains("id=\"dieu-1\"", first);
        Assert.DoesNotContain("id=\"dieu-500\"", first);
        Assert.Contains("data-parts", first);

        // The table of contents (on every part) links article 500 to the part that holds it.
        var link = WebUtility.HtmlDecode(ContentsLink().Match(first).Groups[1].Value);
        Assert.StartsWith("/van-ban/98-2025-qh15?phan=", link);
        var holding = await visitor.GetStringAsync(link);
        Assert.Contains("id=\"dieu-500\"", holding);
        Assert.True(Encoding.UTF8.GetByteCount(holding) < PageBound);

        // A bare "#dieu-500-khoan-2" link is followed by the page's script to ?den=…, which the server resolves.
        var jumped = await visitor.GetStringAsync("/van-ban/98-2025-qh15?den=dieu-500-khoan-2");
        Assert.Contains("id=\"dieu-500-khoan-2\"", jumped);
        Assert.Contains("document-parts", jumped);

        // Every article is on exactly one part, and the parts together hold the whole law.
        var parts = int.Parse(PartCount().Match(first).Groups[1].Value);
        var articles = 0;
        for (var part = 1; part <= parts; part++)
        {
            var html = part == 1 ? first : await visitor.GetStringAsync($"/van-ban/98-2025-qh15?phan={part}");
            articles += ArticleAnchor().Matches(html).Count;
        }
        Assert.Equal(550, articles);

        // The staff page of the same document is bounded the same way.
        var staffPage = await staff.GetStringAsync($"/quan-ly/van-ban/{id}?den=dieu-500");
        Assert.Contains("id=\"dieu-500\"", staffPage);
        Assert.DoesNotContain("id=\"dieu-1\"", staffPage);
        Assert.True(Encoding.UTF8.GetByteCount(staffPage) < PageBound + 100_000);
    }

    [Fact]
    public async Task A_long_documents_parts_are_read_from_the_store_once_per_record_and_read_again_after_the_record_changes()
    {
        var law = LongLaw.Text();
        var response = await staff.UploadAsync(Encoding.UTF8.GetBytes(law), "luat-nha-van-hoa.txt", new Dictionary<string, string>
        {
            ["number"] = "98/2025/QH15", ["kind"] = "Luật", ["title"] = "Luật Quản lý nhà văn hóa thôn, bản",
        });
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" })).StatusCode);
        Assert.Contains("Việc thứ 500 của nhà văn hóa", await visitor.GetStringAsync("/van-ban/98-2025-qh15?den=dieu-500"));

        // The stored text changes behind the archive's back (its structure is parsed again from it when missing): the
        // pages keep what they read for this record, so a part request does not read the store again.
        var store = factory.Services.GetRequiredService<Archive.Storage.IObjectStore>();
        var changed = law.Replace("Việc thứ 500 của nhà văn hóa", "Việc thứ 500 đã được đọc lại", StringComparison.Ordinal);
        await store.PutAsync(Archive.Api.Documents.StoreLayout.Text(id), new MemoryStream(Encoding.UTF8.GetBytes(changed)), "text/plain; charset=utf-8");
        await store.DeleteAsync(Archive.Api.Documents.StoreLayout.Structure(id));
        Assert.Contains("Việc thứ 500 của nhà văn hóa", await visitor.GetStringAsync("/van-ban/98-2025-qh15?den=dieu-500"));
        Assert.Contains("Việc thứ 500 của nhà văn hóa", await staff.GetStringAsync($"/quan-ly/van-ban/{id}?den=dieu-500"));

        // A write of the record (here a correction) drops what was kept: the next request reads the store again.
        var corrected = await staff.PatchAsJsonAsync($"/api/documents/{id}", new { title = "Luật Quản lý nhà văn hóa thôn, bản (bản đọc lại)", reason = "Sửa tiêu đề" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Contains("Việc thứ 500 đã được đọc lại", await visitor.GetStringAsync("/van-ban/98-2025-qh15?den=dieu-500"));
        Assert.Contains("Việc thứ 500 đã được đọc lại", await staff.GetStringAsync($"/quan-ly/van-ban/{id}?den=dieu-500"));
    }

    [GeneratedRegex("href=\"([^\"#]*)#dieu-500\"")]
    private static partial Regex ContentsLink();

    [GeneratedRegex("được chia làm (\\d+) phần")]
    private static partial Regex PartCount();

    [GeneratedRegex("<section id=\"dieu-\\d+\"")]
    private static partial Regex ArticleAnchor();
}
