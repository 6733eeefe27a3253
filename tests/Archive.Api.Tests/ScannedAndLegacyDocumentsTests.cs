using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Api.Tests;

/// <summary>Scans recognized in the background, old office formats, legacy 8-bit Vietnamese text.</summary>
public sealed class ScannedAndLegacyDocumentsTests : IClassFixture<ArchiveApiFactory>
{
    private readonly HttpClient client;

    public ScannedAndLegacyDocumentsTests(ArchiveApiFactory factory) => client = factory.CreateClient();

    [Fact]
    public async Task A_scan_whose_only_text_is_a_signature_stamp_is_answered_pending_then_found_by_its_printed_words()
    {
        // An image-only decision (rendered at 150 dpi) under a digital-signature stamp, made by VietnameseScan in the indexer tests.
        var response = await client.PostFileAsync(Uploads.Fixture("quyet-dinh-ban-quet-ky-so.pdf"), "quyết định bản quét.pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answered = await response.JsonAsync();
        Assert.Equal("pending", answered.GetProperty("textStatus").GetString());
        var id = answered.GetProperty("id").GetString()!;
        Assert.Equal(1, (await client.WaitUntilReadAsync(id)).GetProperty("ocr").GetProperty("pagesTotal").GetInt32());

        var done = await client.WaitUntilDoneAsync(id);

        Assert.Equal("ok", done.GetProperty("textStatus").GetString());
        Assert.Equal("ocr", done.GetProperty("textSource").GetString());
        var page = Assert.Single(done.GetProperty("pages").EnumerateArray());
        Assert.Equal(("ocr", "scan-under-overlay"), (page.GetProperty("source").GetString(), page.GetProperty("reason").GetString()));
        var ocr = done.GetProperty("ocr");
        Assert.Equal(1, ocr.GetProperty("pagesDone").GetInt32());
        Assert.True(ocr.GetProperty("pages")[0].GetProperty("confidence").GetDouble() > 50);
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=cong%20nhan%20huong%20uoc%20thon%20ban%20chat")).HitIds());
        var text = await client.GetStringAsync($"/api/documents/{id}/text");
        Assert.Contains("Ký bởi", text);
    }

    [Fact]
    public async Task A_scan_published_while_its_pages_are_recognized_ends_published_and_recognized()
    {
        // The same kind of image-only decision, with one more line so that it is a new document.
        var scan = Uploads.Fixture("quyet-dinh-ban-quet-ky-so.pdf").Concat("\n%% ban sao luu tru\n"u8.ToArray()).ToArray();
        var id = (await client.UploadRecordAsync(scan, "quyết định bản quét (bản sao).pdf")).GetProperty("id").GetString()!;

        var publish = await client.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai theo yêu cầu của thôn" });
        publish.EnsureSuccessStatusCode();
        var done = await client.WaitUntilDoneAsync(id);

        Assert.Equal("published", done.GetProperty("visibility").GetString());
        Assert.Equal("ok", done.GetProperty("textStatus").GetString());
        Assert.Equal(1, done.GetProperty("ocr").GetProperty("pagesDone").GetInt32());
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=cong%20nhan%20huong%20uoc%20thon%20ban%20chat")).HitIds());
    }

    [Fact]
    public async Task A_libreoffice_pdf_in_dejavu_sans_mono_records_which_reading_each_page_kept_and_its_header()
    {
        var doc = await client.UploadRecordAsync(Uploads.Fixture("nghi-dinh-dejavu-sans-mono.pdf"), "nd.pdf");

        Assert.Equal("ok", doc.GetProperty("textStatus").GetString());
        var page = Assert.Single(doc.GetProperty("pages").EnumerateArray());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Contains(page.GetProperty("source").GetString(), new[] { "poppler", "pdfpig" });
        Assert.True(page.GetProperty("quality").GetDouble() >= 0.98);
        Assert.Equal("text-layer", page.GetProperty("reason").GetString());
        Assert.Equal("59/2023/NĐ-CP", doc.GetProperty("number").GetString());
        Assert.Equal("Nghị định", doc.GetProperty("kind").GetString());
        Assert.Equal("CHÍNH PHỦ", doc.GetProperty("issuer").GetString());
        Assert.Equal("Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", doc.GetProperty("title").GetString());
        Assert.Empty(doc.GetProperty("textWarnings").EnumerateArray());
    }

    [Theory]
    [InlineData("bien-ban-hop-thon.doc", "application/msword")]
    [InlineData("bien-ban-hop-thon.rtf", "application/rtf")]
    [InlineData("bien-ban-hop-thon.odt", "application/vnd.oasis.opendocument.text")]
    public async Task Old_word_rtf_and_odt_files_are_converted_for_their_text_and_kept_untouched(string fixture, string contentType)
    {
        var bytes = Uploads.Fixture(fixture);
        var doc = await client.UploadRecordAsync(bytes, fixture);

        Assert.Equal(contentType, doc.GetProperty("contentType").GetString());
        Assert.Equal("ok", doc.GetProperty("textStatus").GetString());
        var id = doc.GetProperty("id").GetString();
        Assert.Contains("thôn", (await client.GetStringAsync($"/api/documents/{id}/text")).ToLowerInvariant());
        var original = await client.GetAsync($"/api/documents/{id}/content");
        Assert.Equal(bytes, await original.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public async Task A_text_file_in_a_legacy_encoding_is_converted_to_unicode_and_says_so(string encoding)
    {
        const string source = "Căn cứ Nghị định số 59/2023/NĐ-CP của Chính phủ, Ủy ban nhân dân xã Bắc Xa thông báo " +
            "kế hoạch tổ chức hội nghị nhân dân tại nhà văn hóa thôn Bản Chắt về việc sửa đổi hương ước.";
        var legacy = encoding == "tcvn3" ? LegacyEncoder.ToTcvn3(source) : LegacyEncoder.ToVni(source);
        var bytes = LegacyEncoder.ToBytes(legacy + " " + encoding);

        var doc = await client.UploadRecordAsync(bytes, $"thong-bao-{encoding}.txt");

        Assert.Equal("ok", doc.GetProperty("textStatus").GetString());
        Assert.Contains(encoding, doc.GetProperty("textConversions").EnumerateArray().Select(e => e.GetString()));
        var text = await client.GetStringAsync($"/api/documents/{doc.GetProperty("id").GetString()}/text");
        Assert.Contains("sửa đổi hương ước", text.ToLowerInvariant());
        Assert.Contains(doc.GetProperty("id").GetString(), (await client.GetJsonAsync("/api/search?q=sua%20doi%20huong%20uoc%20ban%20chat")).HitIds());
    }

    [Fact]
    public async Task Garbage_text_is_stored_with_a_warning_never_silently()
    {
        var noise = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"xq{i}zkw vbrtz qqxp"));
        var doc = await client.UploadTextRecordAsync(noise, "rac.txt");

        Assert.NotEmpty(doc.GetProperty("textWarnings").EnumerateArray());
    }
}
