using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The original on screen: shown inline by the browser (download stays an attachment), word-processor files as a PDF
/// rendition made once, pictures of the first pages made once; on the public site only for published documents.
/// These run pdftoppm and LibreOffice for real (scripts/install-ocr-tools.sh installs them).
/// </summary>
[Trait("Tools", "poppler+libreoffice")]
public sealed class OriginalViewTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public OriginalViewTests(ArchiveApiFactory factory) => this.factory = factory;

    private async Task<string> UploadAsync(string fixture)
    {
        var response = await factory.CreateClient().UploadAsync(Uploads.Fixture(fixture), fixture);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private Task<Stream?> StoredAsync(string key) => factory.Services.GetRequiredService<IObjectStore>().OpenReadAsync(key);

    [Fact]
    public async Task A_PDF_is_shown_inline_and_downloaded_as_an_attachment_byte_for_byte()
    {
        Archive.Indexer.Tests.Ocr.RequiredTool.Check("pdftoppm");
        var id = await UploadAsync("ke-hoach-liberation-serif.pdf");
        var client = factory.CreateClient();

        var view = await client.GetAsync($"/api/documents/{id}/view");
        var download = await client.GetAsync($"/api/documents/{id}/content");

        Assert.Equal("application/pdf", view.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", view.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Uploads.Fixture("ke-hoach-liberation-serif.pdf"), await view.Content.ReadAsByteArrayAsync());
        Assert.Contains((await client.AuditAsync($"documentId={id}")).EnumerateArray(),
            e => e.GetProperty("action").GetString() == "view" && e.GetProperty("details").GetString() == "Xem bản gốc trong trình duyệt");
    }

    [Fact]
    public async Task A_page_picture_is_made_once_and_kept_in_the_store()
    {
        Archive.Indexer.Tests.Ocr.RequiredTool.Check("pdftoppm");
        var id = await UploadAsync("ke-hoach-dejavu-serif.pdf");
        Assert.Null(await StoredAsync(StoreLayout.PagePicture(id, 1)));

        var picture = await factory.CreateClient().GetAsync($"/api/documents/{id}/pages/1");

        Assert.Equal("image/png", picture.Content.Headers.ContentType!.MediaType);
        var png = await picture.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        await using var kept = await StoredAsync(StoreLayout.PagePicture(id, 1));
        Assert.NotNull(kept);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/documents/{id}/pages/99")).StatusCode);
    }

    [Fact]
    public async Task A_Word_file_is_shown_as_a_PDF_rendition_made_once_by_LibreOffice()
    {
        Archive.Indexer.Tests.Ocr.RequiredTool.Check("soffice");
        var id = await UploadAsync("ke-hoach-libreoffice.docx");

        var view = await factory.CreateClient().GetAsync($"/api/documents/{id}/view");

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal("application/pdf", view.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ke-hoach-libreoffice.pdf", view.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString((await view.Content.ReadAsByteArrayAsync())[..5]));
        await using (var rendition = await StoredAsync(StoreLayout.Rendition(id))) Assert.NotNull(rendition);
        // The original is never touched.
        Assert.Equal(Uploads.Fixture("ke-hoach-libreoffice.docx"), await factory.CreateClient().GetByteArrayAsync($"/api/documents/{id}/content"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/documents/{id}/pages/1")).StatusCode);
    }

    [Fact]
    public async Task The_public_site_shows_originals_of_published_documents_only()
    {
        Archive.Indexer.Tests.Ocr.RequiredTool.Check("pdftoppm");
        var response = await factory.CreateClient().UploadAsync(Uploads.Fixture("quyet-dinh-tcvn3.pdf"), "quyet-dinh-tcvn3.pdf",
            new Dictionary<string, string> { ["number"] = "61/QĐ-UBND" });
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var visitor = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/van-ban/61-qd-ubnd/xem")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/van-ban/61-qd-ubnd/trang-1.png")).StatusCode);

        (await factory.CreateClient().PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai quyết định" })).EnsureSuccessStatusCode();

        var view = await visitor.GetAsync("/van-ban/61-qd-ubnd/xem");
        Assert.Equal("inline", view.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("image/png", (await visitor.GetAsync("/van-ban/61-qd-ubnd/trang-1.png")).Content.Headers.ContentType!.MediaType);
        var download = await visitor.GetAsync("/van-ban/61-qd-ubnd/tai-ve");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("quyet-dinh-tcvn3.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/van-ban/61-qd-ubnd"));
        Assert.Contains("href=\"/van-ban/61-qd-ubnd/xem\" target=\"_blank\"", page);
        Assert.Contains("src=\"/van-ban/61-qd-ubnd/trang-1.png\"", page);
        Assert.DoesNotContain("<iframe", page);
    }
}
