using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Publishing;

/// <summary>
/// The public site shows published documents only: never an internal one's title, text, number or file — also after
/// unpublishing. One service for the class: each test's documents have their own words, numbers and files.
/// </summary>
public sealed class PublicSiteTests(ArchiveApiFactory factory) : IClassFixture<ArchiveApiFactory>
{
    private readonly HttpClient staff = factory.CreateClient();
    private readonly HttpClient visitor = factory.CreateAnonymousClient();

    private sealed record Uploaded(string Id, string Title, string Number, string Word, string FileName);

    private async Task<Uploaded> UploadAsync(string title, string number, string word)
    {
        var fileName = $"{word}.txt";
        var response = await staff.UploadAsync(Encoding.UTF8.GetBytes($"{title}\nSố: {number}\nNội dung riêng: {word} họp thôn bàn việc đóng góp."), fileName,
            new Dictionary<string, string> { ["title"] = title, ["number"] = number, ["kind"] = "Biên bản", ["issuedOn"] = "2025-03-14" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Uploaded((await response.JsonAsync()).GetProperty("id").GetString()!, title, number, word, fileName);
    }

    private Task<HttpResponseMessage> ChangeAsync(string id, string action) =>
        staff.PostAsJsonAsync($"/api/documents/{id}/{action}", new { reason = "Theo đề nghị của Văn phòng HĐND-UBND" });

    /// <summary>Everything a visitor can reach: home, search for every word of the document, feed, sitemap, the guessed pages.</summary>
    private async Task<string> EverythingPublicAsync(Uploaded doc)
    {
        var pages = new StringBuilder();
        foreach (var url in new[] { "/", "/feed.atom", "/sitemap.xml", "/tim-kiem", $"/van-ban/{doc.Id}", $"/van-ban/{doc.Id}/tai-ve", "/van-ban/" + doc.Number.ToLowerInvariant().Replace('/', '-') })
            pages.Append(WebUtility.HtmlDecode(await visitor.GetStringOrErrorAsync(url)));
        foreach (var query in new[] { doc.Word, doc.Number, doc.Title, "hop thon", "biên bản" })
        {
            // The search page repeats what the visitor typed; only what it found can leak.
            var page = WebUtility.HtmlDecode(await visitor.GetStringOrErrorAsync($"/tim-kiem?q={Uri.EscapeDataString(query)}"));
            pages.Append(page.Replace(query, "«truy vấn»"));
        }
        return pages.ToString();
    }

    private static void AssertHidden(Uploaded doc, string everything)
    {
        Assert.DoesNotContain(doc.Title, everything);
        Assert.DoesNotContain(doc.Word, everything);
        Assert.DoesNotContain(doc.Number, everything);
        Assert.DoesNotContain(doc.FileName, everything);
        Assert.DoesNotContain(doc.Id, everything);
    }

    [Fact]
    public async Task Internal_documents_never_appear_anywhere_on_the_public_site()
    {
        var secret = await UploadAsync("Biên bản họp kín về nhân sự thôn Khe Mò", "07/BB-UBND", "tuyetmatkhemo");
        var open = await UploadAsync("Biên bản họp thôn Nà Pằn về đóng góp làm đường", "08/BB-UBND", "congkhainapan");
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(open.Id, "publish")).StatusCode);

        AssertHidden(secret, await EverythingPublicAsync(secret));

        var home = await visitor.GetStringAsync("/");
        Assert.Contains(open.Title, WebUtility.HtmlDecode(home));
        var page = await visitor.GetAsync("/van-ban/08-bb-ubnd");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains(open.Word, html);
        Assert.Contains("\"legislationIdentifier\":\"08/BB-UBND\"", html);
        Assert.Contains("application/atom+xml", html);
        Assert.Contains(open.Word, WebUtility.HtmlDecode(await visitor.GetStringAsync($"/tim-kiem?q={open.Word}")));
        Assert.Contains("/van-ban/08-bb-ubnd", await visitor.GetStringAsync("/feed.atom"));
        Assert.Contains("/van-ban/08-bb-ubnd", await visitor.GetStringAsync("/sitemap.xml"));
        Assert.Contains(open.Word, await visitor.GetStringAsync("/van-ban/08-bb-ubnd/tai-ve"));

        // The number typed in capitals, as it is written, reaches the same page.
        var typed = await visitor.GetAsync("/van-ban/08-BB-UBND");
        var landed = typed.StatusCode == HttpStatusCode.MovedPermanently ? typed.Headers.Location!.OriginalString : typed.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Equal("/van-ban/08-bb-ubnd", landed);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/van-ban/07-BB-UBND")).StatusCode);
    }

    [Fact]
    public async Task An_unpublished_document_disappears_from_every_public_page()
    {
        var doc = await UploadAsync("Kế hoạch tổ chức hội nghị cán bộ xã Đình Lập", "12/KH-UBND", "rutlaikehoach");
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(doc.Id, "publish")).StatusCode);
        Assert.Contains(doc.Word, await EverythingPublicAsync(doc));

        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(doc.Id, "unpublish")).StatusCode);

        AssertHidden(doc, await EverythingPublicAsync(doc));
        var audit = await staff.AuditAsync($"documentId={doc.Id}");
        Assert.Equal(["upload", "publish", "unpublish"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task A_published_document_links_its_published_citations_and_never_names_an_internal_target()
    {
        var cited = await UploadAsync("Kế hoạch mật về kiểm tra nội bộ xã Bính Xá", "15/KH-UBND", "kehoachmatbinhxa");
        var law = await UploadAsync("Nghị định quy định chi tiết Luật Thực hiện dân chủ ở cơ sở", "59/2023/NĐ-CP", "nghidinhcongkhai");
        var citing = await staff.UploadAsync(Encoding.UTF8.GetBytes(
            "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Kế hoạch số 15/KH-UBND ngày 04/02/2025 của UBND huyện;\nthôn Tà Lài tổ chức hội nghị."),
            "ke-hoach-ta-lai.txt", new Dictionary<string, string> { ["title"] = "Kế hoạch hội nghị thôn Tà Lài", ["number"] = "20/KH-UBND" });
        var citingId = (await citing.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(law.Id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(citingId, "publish")).StatusCode);

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/van-ban/20-kh-ubnd"));

        Assert.Contains("href=\"/van-ban/59-2023-nd-cp\"", page);
        Assert.DoesNotContain(cited.Title, page);
        Assert.DoesNotContain(cited.Id, page);
        Assert.DoesNotContain("/van-ban/15-kh-ubnd", page);
    }

    [Fact]
    public async Task Publishing_without_a_reason_is_refused()
    {
        var doc = await UploadAsync("Thông báo lịch tiếp công dân tháng 4", "21/TB-UBND", "khonglydo");
        var response = await staff.PostAsJsonAsync($"/api/documents/{doc.Id}/publish", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/van-ban/21-tb-ubnd")).StatusCode);
    }

    [Fact]
    public async Task The_export_is_a_BagIt_bag_whose_manifests_match_its_files()
    {
        var doc = await UploadAsync("Biên bản kiểm tra quỹ phòng chống thiên tai", "03/BB-TTND", "baggitquy");
        var response = await staff.GetAsync($"/api/documents/{doc.Id}/export");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = zip.Entries.ToDictionary(e => e.FullName[(e.FullName.IndexOf('/') + 1)..], e => Read(e));

        Assert.Equal("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Encoding.UTF8.GetString(files["bagit.txt"]));
        Assert.Contains(doc.Word, Encoding.UTF8.GetString(files[$"data/{doc.FileName}"]));
        Assert.Contains("\"upload\"", Encoding.UTF8.GetString(files["data/audit.json"]));
        foreach (var manifest in new[] { "manifest-sha256.txt", "tagmanifest-sha256.txt" })
        {
            var lines = Encoding.UTF8.GetString(files[manifest]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var (hash, path) = (line[..64], line[66..]);
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(files[path])), hash);
            }
        }
        Assert.Equal(3, Encoding.UTF8.GetString(files["manifest-sha256.txt"]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
