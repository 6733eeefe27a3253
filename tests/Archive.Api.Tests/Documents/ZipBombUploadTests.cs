using System.Net;
using Archive.Indexer.Tests.Extraction;
using Xunit.Abstractions;

namespace Archive.Api.Tests.Documents;

/// <summary>Zip bombs uploaded to the real service: each fails as a document, the process stays small and up.</summary>
public sealed class ZipBombUploadTests(ITestOutputHelper output) : IDisposable
{
    private const long MiB = 1024 * 1024;
    private readonly ServiceDataFolder folder = new("bomb-tests");

    public void Dispose() => folder.Dispose();

    /// <summary>A line of /proc/PID/status in MiB: VmRSS now, VmHWM the peak so far.</summary>
    private static long Memory(int pid, string field) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;

    [Fact]
    public async Task Docx_and_odt_bombs_fail_as_documents_while_the_service_stays_small_and_up()
    {
        var docx = ZipBombs.Docx(1024 * MiB); // about 1 MB that inflates to 1 GiB
        var bombs = new (string Name, byte[] Bytes)[]
        {
            ("công văn.docx", docx),
            ("công văn nói dối.docx", ZipBombs.Understating(docx, ZipBombs.DocumentPart)),
            ("biên bản.odt", ZipBombs.Odt(300 * MiB)),
        };
        using var service = await ArchiveProcess.StartAsync(folder.Root, folder.Settings());
        var before = Memory(service.Id, "VmRSS");

        foreach (var (name, bytes) in bombs)
        {
            var response = await service.Client.PostFileAsync(bytes, name);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var record = await service.Client.WaitUntilReadAsync((await response.JsonAsync()).GetProperty("id").GetString()!);
            Assert.Equal("failed", record.GetProperty("textStatus").GetString());
            Assert.False(string.IsNullOrEmpty(record.GetProperty("textError").GetString()));
        }
        var peak = Memory(service.Id, "VmHWM");
        output.WriteLine($"RSS {before} MiB before the bombs, peak {peak} MiB after ({string.Join(", ", bombs.Select(b => $"{b.Name}: {b.Bytes.Length / 1024} KiB"))})");

        Assert.True(peak - before < 300, $"RSS {before} MiB before, peak {peak} MiB after the bombs");
        Assert.False(service.HasExited, service.Output);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/healthz")).StatusCode);
        Assert.Contains("bom nén", (await service.Client.GetStringOrErrorAsync("/api/documents?pageSize=10")));
    }
}
