using System.Net.Http.Json;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Storage.Tests;
using Xunit.Abstractions;

namespace Archive.Api.Tests.Ingest;

/// <summary>
/// Two service processes over one S3 bucket both learn of every job (their own uploads, the other's through the change
/// feed), yet each job runs once, under the document's lease; and the job of an instance killed while it runs is
/// finished by the other once the lease expires.
/// </summary>
public sealed partial class TwoInstancesJobLeaseTests(ITestOutputHelper output) : IDisposable
{
    private readonly ServiceDataFolder folder = new("job-leases");

    private readonly Dictionary<string, string> shared = S3Settings.AsEnvironment(
        new Dictionary<string, string?>(S3Settings.For(S3TestServer.Options(S3TestServer.UniqueBucketName("archive-leases"))))
        {
            ["Index:CommitIntervalSeconds"] = "1",
            ["ChangeFeed:PollSeconds"] = "0.5",
            // Renewed every 3.3 s: long enough for a loaded machine's renewals, short enough for the takeover below.
            ["Ingest:LeaseSeconds"] = "10",
            // The long PDF below (1.5 MB) waits ~5 s before either instance takes it: time for the change feed to bring it
            // to the other instance before its holder is killed (the feed is written at the writer's next turn).
            ["Ingest:SizePenaltySeconds"] = "8",
        });

    public void Dispose() => folder.Dispose();

    private Task<ArchiveProcess> StartAsync(string name, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>(shared)
        {
            ["Index__Path"] = folder.PathOf(Path.Combine(name, "index")),
            ["DataProtection__KeysFolder"] = folder.PathOf(Path.Combine(name, "keys")),
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        Directory.CreateDirectory(folder.PathOf(name));
        return ArchiveProcess.StartAsync(folder.PathOf(name), settings);
    }

    [GeneratedRegex(@"Job read of document ([0-9a-f]{20}) started")]
    private static partial Regex ReadStarted();

    private static List<string> ReadsStarted(params ArchiveProcess[] instances) =>
        instances.SelectMany(i => ReadStarted().Matches(i.Output).Select(m => m.Groups[1].Value)).ToList();

    private static async Task<string> PostAsync(ArchiveProcess instance, byte[] bytes, string fileName)
    {
        var response = await instance.Client.PostFileAsync(bytes, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{fileName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task WaitAsync(string what, Func<Task<bool>> holds, int seconds, params ArchiveProcess[] instances)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await holds())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {seconds} s: {what}\n{string.Join("\n----\n", instances.Select(i => i.Output))}");
            await Task.Delay(50);
        }
    }

    [Fact]
    [Trait("Tools", "poppler")]
    public async Task Every_upload_on_either_instance_is_read_once_and_a_killed_holders_job_is_finished_by_the_other()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var a = await StartAsync("a");
        using var b = await StartAsync("b");
        output.WriteLine($"both started after {clock.Elapsed.TotalSeconds:F1} s");
        try
        {
            // Uploads on both at once: each instance learns of the other's through the change feed and looks at them too.
            var uploads = Enumerable.Range(0, 12).Select(i => PostAsync(i % 2 == 0 ? a : b,
                Encoding.UTF8.GetBytes($"Thông báo số {i} về lịch tiếp công dân tại trụ sở xã Nậm Cắn, bản Huồi Khe {Guid.NewGuid():N}."),
                $"thông báo {i}.txt"));
            var ids = await Task.WhenAll(uploads);
            foreach (var id in ids)
            {
                // The other instance lists an upload once the change feed has brought it (within a poll or two).
                await WaitAsync($"{id} known to both", async () =>
                    (await a.Client.GetAsync($"/api/documents/{id}")).IsSuccessStatusCode && (await b.Client.GetAsync($"/api/documents/{id}")).IsSuccessStatusCode,
                    60, a, b);
                await a.Client.WaitUntilDoneAsync(id, seconds: 120);
                await b.Client.WaitUntilDoneAsync(id, seconds: 120);
            }
            // Past the lease's expiry: the instance that did not run a job looked at it again meanwhile and found it done.
            await Task.Delay(TimeSpan.FromSeconds(11));
            var reads = ReadsStarted(a, b);
            output.WriteLine($"reads: {reads.Count(r => ids.Contains(r))} for {ids.Length} uploads");
            var twice = ids.Where(id => reads.Count(r => r == id) != 1).ToList();
            Assert.True(twice.Count == 0, $"Not read exactly once: {string.Join(", ", twice)}\n{a.Output}\n----\n{b.Output}");

            // A long PDF: its holder is killed the moment it logs the read's start, from the reader of its output (2,000
            // pages are read in about a second on a quiet machine: a poll once let the read finish before the kill).
            output.WriteLine($"{ids.Length} uploads read on both after {clock.Elapsed.TotalSeconds:F1} s");
            var bytes = LongReportPdf.Build(2000, "mã sổ địa chính Pá Khoang");
            var pdf = Archive.Api.Documents.StoreLayout.IdFor(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            var fired = 0;
            bool PdfReadStarted(string line) => line.Contains($"Job read of document {pdf} started") && Interlocked.Exchange(ref fired, 1) == 0;
            a.KillHardOnLine(PdfReadStarted);
            b.KillHardOnLine(PdfReadStarted);
            var posted = PostAsync(a, bytes, "sổ địa chính.pdf");
            await WaitAsync("the long PDF known to B", async () => (await b.Client.GetAsync($"/api/documents/{pdf}")).IsSuccessStatusCode, 60, a, b);
            var knownAfter = clock.Elapsed;
            await WaitAsync("a read of the long PDF started", () => Task.FromResult(a.KilledOn is not null || b.KilledOn is not null), 120, a, b);
            var killedAt = System.Diagnostics.Stopwatch.StartNew();
            output.WriteLine($"known to B {(clock.Elapsed - knownAfter).TotalSeconds:F1} s before its holder was killed");
            var (holder, other) = a.KilledOn is not null ? (a, b) : (b, a);
            Assert.Equal(pdf, await posted); // answered seconds before the read starts
            Assert.Equal("pending", (await other.Client.GetJsonAsync($"/api/documents/{pdf}")).GetProperty("textStatus").GetString());

            var read = await other.Client.WaitUntilDoneAsync(pdf, seconds: 300);
            output.WriteLine($"the killed holder's job finished by the other {killedAt.Elapsed.TotalSeconds:F1} s after the kill");
            Assert.Equal(("ok", 2000), (read.GetProperty("textStatus").GetString(), read.GetProperty("pageCount").GetInt32()));
            Assert.Contains($"Took over the job of document {pdf}", other.Output);
            Assert.Single(ReadsStarted(other), pdf);
        }
        finally
        {
            a.Dispose();
        }
    }

    /// <summary>
    /// Runs <paramref name="test"/> with A, whose change feed turn comes at its start and then not for an hour (as for an
    /// instance killed between an answer and its next turn; B starts after it, by when A's first turn is long over), and B.
    /// </summary>
    private async Task WithATurnThatNeverComesAsync(Func<ArchiveProcess, ArchiveProcess, Task> test)
    {
        var a = await StartAsync("a", ("ChangeFeed__PollSeconds", "3600"));
        using var b = await StartAsync("b");
        try
        {
            await test(a, b);
        }
        finally
        {
            a.Dispose();
        }
    }

    /// <summary>The document as <paramref name="instance"/> knows it, or null while it does not.</summary>
    private static async Task<System.Text.Json.JsonElement?> KnownAsync(ArchiveProcess instance, string id) =>
        await instance.Client.GetAsync($"/api/documents/{id}") is { IsSuccessStatusCode: true } response ? await response.JsonAsync() : null;

    [Fact]
    public Task A_document_uploaded_to_an_instance_killed_right_after_its_answer_is_read_by_the_other() =>
        WithATurnThatNeverComesAsync(async (a, b) =>
        {
            var id = await PostAsync(a,
                Encoding.UTF8.GetBytes($"Quyết định về việc giao đất cho hộ gia đình tại bản Nà Sản, xã Chiềng Mung {Guid.NewGuid():N}."),
                "quyết định giao đất.txt");
            a.KillHard();

            await WaitAsync($"{id} known to B", async () => await KnownAsync(b, id) is not null, 60, a, b);
            var read = await b.Client.WaitUntilDoneAsync(id, seconds: 120);
            Assert.Equal("ok", read.GetProperty("textStatus").GetString());
        });

    [Fact]
    public Task A_publication_and_a_correction_answered_by_an_instance_killed_right_after_reach_the_other() =>
        WithATurnThatNeverComesAsync(async (a, b) =>
        {
            var id = await PostAsync(a,
                Encoding.UTF8.GetBytes($"Thông báo lịch thu gom rác thải sinh hoạt tại thôn Khuổi Vả, xã Thanh Sơn {Guid.NewGuid():N}."),
                "thông báo thu gom rác.txt");
            await a.Client.WaitUntilDoneAsync(id, seconds: 120);
            // B heard of the upload, and once A's lease ended read the record again: it holds the finished one before
            // the changes below, which only the feed can bring.
            await WaitAsync($"{id} read on B", async () => await KnownAsync(b, id) is { } record && record.GetProperty("textStatus").GetString() == "ok", 60, a, b);
            (await a.Client.PatchAsync($"/api/documents/{id}", JsonContent.Create(new { number = "31/TB-UBND", reason = "Bổ sung số văn bản" }))).EnsureSuccessStatusCode();
            (await a.Client.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai thông báo" })).EnsureSuccessStatusCode();
            a.KillHard();

            await WaitAsync($"{id} published with its number on B", async () => await KnownAsync(b, id) is { } record
                && record.GetProperty("visibility").GetString() == "published" && record.GetProperty("number").GetString() == "31/TB-UBND", 60, a, b);
        });
}
