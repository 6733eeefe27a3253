using System.Net.Http.Json;
using System.Text;
using Archive.Api.Web.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Web;

/// <summary>The static export: published documents only, each original under its own name, an offline search index, the configured address.</summary>
[Trait("Tools", "poppler")]
public sealed class StaticExportTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "archive-export-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        factory.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_export_holds_pages_originals_with_their_names_pictures_and_a_search_index_of_published_documents_only()
    {
        Archive.Indexer.Tests.Ocr.RequiredTool.Check("pdftoppm");
        var admin = factory.CreateClient();
        var pdf = await admin.UploadAsync(Uploads.Fixture("ke-hoach-dejavu-serif.pdf"), "kế hoạch dân chủ.pdf");
        var pdfId = (await pdf.JsonAsync()).GetProperty("id").GetString()!;
        var secret = await admin.UploadAsync(Encoding.UTF8.GetBytes("Biên bản họp kín về nhân sự, từ khóa mậtkhemo."), "bien-ban-kin.txt",
            new Dictionary<string, string> { ["number"] = "09/BB-UBND" });
        Assert.True(secret.IsSuccessStatusCode);
        (await admin.PostAsJsonAsync($"/api/documents/{pdfId}/publish", new { reason = "Công khai kế hoạch" })).EnsureSuccessStatusCode();

        var count = await factory.Services.GetRequiredService<StaticSiteExport>().WriteAsync(folder, "https://dinhlap.example.gov.vn/", CancellationToken.None);

        Assert.Equal(1, count);
        var page = Path.Combine(folder, "van-ban", "32-kh-ubnd");
        Assert.Equal(Uploads.Fixture("ke-hoach-dejavu-serif.pdf"), await File.ReadAllBytesAsync(Path.Combine(page, "kế hoạch dân chủ.pdf")));
        Assert.True(File.Exists(Path.Combine(page, "xem.pdf")));
        Assert.True(File.Exists(Path.Combine(page, "trang-1.png")));
        var html = await File.ReadAllTextAsync(Path.Combine(page, "index.html"));
        Assert.Contains($"href=\"/van-ban/32-kh-ubnd/{Uri.EscapeDataString("kế hoạch dân chủ.pdf")}\" download=\"kế hoạch dân chủ.pdf\"", html);
        Assert.Contains("\"url\":\"https://dinhlap.example.gov.vn/van-ban/32-kh-ubnd\"", html);
        var index = await File.ReadAllTextAsync(Path.Combine(folder, "tim-kiem", "chi-muc.js"));
        Assert.StartsWith("window.archiveSearchIndex = [", index);
        Assert.Contains("/van-ban/32-kh-ubnd/", index);
        var search = await File.ReadAllTextAsync(Path.Combine(folder, "tim-kiem", "index.html"));
        Assert.Contains("src=\"/tim-kiem/chi-muc.js\"", search);
        Assert.Matches("src=\"/tai-nguyen/offline-search\\.[0-9a-f]{10}\\.js\"", search);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".js") || f.EndsWith(".xml") || f.EndsWith(".atom")))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain("mậtkhemo", text);
            Assert.DoesNotContain("09/BB-UBND", text);
        }
        Assert.Contains("https://dinhlap.example.gov.vn/van-ban/32-kh-ubnd", await File.ReadAllTextAsync(Path.Combine(folder, "feed.atom")));
        var css = Directory.GetFiles(Path.Combine(folder, "tai-nguyen"), "site.*.css");
        Assert.Single(css);
    }
}
