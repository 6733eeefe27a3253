using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Records;

/// <summary>A closed dossier leaves as a BagIt transfer package (nộp lưu) and is checked byte for byte on the way back in.</summary>
public sealed class TransferPackageTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task A_closed_dossier_is_exported_with_its_originals_byte_for_byte_and_a_changed_byte_is_caught_on_verification()
    {
        var admin = service.CreateClient();
        var dossier = await DisposalTests.DossierAsync(admin, "12.TP", 2024, "vĩnh viễn");
        var texts = new[] { "TỜ TRÌNH đề nghị công nhận hương ước thôn Khuổi Hẩu năm 2024", "HƯƠNG ƯỚC thôn Khuổi Hẩu, xã Thượng Quan" };
        var ids = new List<string>();
        foreach (var text in texts)
        {
            var id = (await (await admin.UploadTextAsync(text, "văn bản.txt")).JsonAsync()).GetProperty("id").GetString()!;
            (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = id })).EnsureSuccessStatusCode();
            ids.Add(id);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync($"/api/dossiers/{dossier}/transfer")).StatusCode);
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/close", new { reason = "Hoàn thành hồ sơ, chuẩn bị nộp lưu" })).EnsureSuccessStatusCode();

        var exported = await admin.GetAsync($"/api/dossiers/{dossier}/transfer");

        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("nop-luu-12.TP-2024.zip", exported.Content.Headers.ContentDisposition!.FileNameStar ?? exported.Content.Headers.ContentDisposition.FileName);
        var package = await exported.Content.ReadAsByteArrayAsync();
        var files = Unzip(package);
        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(Encoding.UTF8.GetBytes(texts[i]), files[$"ho-so-{dossier}/data/{i + 1:000}-{ids[i]}/văn bản.txt"]);
        Assert.Contains("Trích yếu nội dung", Encoding.UTF8.GetString(files[$"ho-so-{dossier}/data/muc-luc-van-ban.csv"]));
        Assert.Contains("\"Tiêu đề hồ sơ\": \"Hồ sơ 12.TP năm 2024\"", Encoding.UTF8.GetString(files[$"ho-so-{dossier}/data/ho-so.json"]));

        var verified = await (await admin.PostAsync("/api/transfer/verify", new ByteArrayContent(package))).JsonAsync();
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
        Assert.Equal(2 * 3 + 2, verified.GetProperty("payloadFiles").GetInt32());

        var original = $"ho-so-{dossier}/data/001-{ids[0]}/văn bản.txt";
        files[original] = [.. files[original][..^1], (byte)'5'];
        var tampered = await (await admin.PostAsync("/api/transfer/verify", new ByteArrayContent(Zip(files)))).JsonAsync();
        Assert.False(tampered.GetProperty("valid").GetBoolean());
        Assert.Contains(tampered.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains($"001-{ids[0]}/văn bản.txt đã bị thay đổi"));
        var trail = (await admin.AuditAsync()).EnumerateArray();
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "export" && e.GetProperty("details").GetString()!.Contains("nộp lưu"));
    }

    private static Dictionary<string, byte[]> Unzip(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public async Task A_package_whose_entry_inflates_like_a_zip_bomb_is_refused_from_its_directory_without_inflating_it()
    {
        // 256 MiB of zeros in about 250 KB: the ratio says "bomb" before a byte is inflated (the old check inflated it into memory twice).
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("ho-so-x/bagit.txt").Open().Dispose();
            using (var manifest = new StreamWriter(zip.CreateEntry("ho-so-x/manifest-sha256.txt").Open()))
                manifest.Write(new string('0', 64) + "  data/a.bin\n");
            using var payload = zip.CreateEntry("ho-so-x/data/a.bin", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 256; i++) payload.Write(zeros);
        }
        var admin = service.CreateClient();

        var answer = await admin.PostAsync("/api/transfer/verify", new ByteArrayContent(bomb.ToArray()));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var verdict = await answer.JsonAsync();
        Assert.False(verdict.GetProperty("valid").GetBoolean());
        Assert.Contains("bom nén", verdict.GetProperty("problems")[0].GetString());
        Assert.Contains("data/a.bin", verdict.GetProperty("problems")[0].GetString());
    }

    private static byte[] Zip(Dictionary<string, byte[]> files)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in files)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        return output.ToArray();
    }
}
