using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Documents;

/// <summary>File names are cleaned on the way in; the name as sent stays in the audit trail, made visible.</summary>
public sealed class SafeFileNameTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("inv\u202Eoice\u200Bfdp.exe.txt", "invoicefdp.exe.txt")]
    [InlineData("biên\0 bản\u0007 họp\u2028thôn.txt", "biên bản họp thôn.txt")]
    [InlineData("C:\\Users\\van thu\\Ke hoach 32.pdf", "Ke hoach 32.pdf")]
    [InlineData("\uFEFF\u2066quyết định\u2069.docx", "quyết định.docx")]
    [InlineData("Ke\u0302\u0301 hoa\u0323ch.pdf", "Kế hoạch.pdf")] // NFD in, NFC out
    [InlineData("  ..ẩn.txt", "ẩn.txt")]
    [InlineData("\u200B\u200C\u200D", "tai-lieu.txt")]
    [InlineData("Kế hoạch số 32/KH-UBND.pdf", "KH-UBND.pdf")] // a slash is a folder separator
    public void Names_lose_what_hides_or_fakes_what_they_are(string sent, string kept) =>
        Assert.Equal(kept, SafeFileName.Clean(sent, ".txt"));

    [Fact]
    public void Long_names_are_cut_to_255_bytes_between_letters_keeping_the_extension()
    {
        var name = string.Concat(Enumerable.Repeat("Quyết định phê duyệt ", 40)) + ".docx";

        var kept = SafeFileName.Clean(name, ".docx");

        Assert.InRange(Encoding.UTF8.GetByteCount(kept), 200, SafeFileName.MaxBytes);
        Assert.EndsWith(".docx", kept);
        Assert.StartsWith("Quyết định phê duyệt", kept);
        Assert.True(kept.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task An_upload_named_with_a_right_to_left_override_is_kept_and_served_under_its_clean_name()
    {
        var client = factory.CreateClient();
        const string sent = "inv\u202Eoice\u200Bfdp.exe.txt";

        var response = await client.PostAsync("/api/documents", RawUpload(sent, "Giấy mời họp Ban Thanh tra nhân dân xã Lâm Ca"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await response.JsonAsync();
        Assert.Equal("invoicefdp.exe.txt", record.GetProperty("fileName").GetString());
        var id = record.GetProperty("id").GetString()!;
        var download = await client.GetAsync($"/api/documents/{id}/content");
        var disposition = download.Content.Headers.ContentDisposition!.ToString();
        Assert.DoesNotContain("\u202E", disposition, StringComparison.Ordinal);
        Assert.DoesNotContain("%E2%80%AE", disposition, StringComparison.OrdinalIgnoreCase);
        var upload = (await client.AuditAsync($"documentId={id}")).EnumerateArray()
            .Single(e => e.GetProperty("action").GetString() == AuditActions.Upload);
        Assert.Contains(@"inv\u202Eoice\u200Bfdp.exe.txt", upload.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", upload.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    /// <summary>multipart/form-data written byte by byte, as a hostile client may: the name raw UTF-8 in filename="…".</summary>
    private static ByteArrayContent RawUpload(string fileName, string text)
    {
        const string boundary = "----archive-test-boundary";
        var body = new MemoryStream();
        void Write(string s) => body.Write(Encoding.UTF8.GetBytes(s));
        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: text/plain\r\n\r\n");
        Write(text);
        Write($"\r\n--{boundary}--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }
}
