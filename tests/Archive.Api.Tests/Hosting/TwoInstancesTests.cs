using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Storage.Tests;
using Xunit.Abstractions;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// Two service processes over one S3 bucket, each with its own index, as a province would run them behind a load
/// balancer: what one writes, the other finds through the store's change feed (polled every 0.5 s here; the test
/// prints how long each change took), and one restarted after missing a correction catches up from where it stopped.
/// </summary>
public sealed class TwoInstancesTests(ITestOutputHelper output) : IDisposable
{
    private readonly ServiceDataFolder folder = new("two-instances");

    private readonly Dictionary<string, string> shared = S3Settings.AsEnvironment(
        new Dictionary<string, string?>(S3Settings.For(S3TestServer.Options(S3TestServer.UniqueBucketName("archive-two"))))
        {
            ["Index:CommitIntervalSeconds"] = "1",
            ["ChangeFeed:PollSeconds"] = "0.5",
        });

    public void Dispose() => folder.Dispose();

    private Task<ArchiveProcess> StartAsync(string name, IDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>(extra ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in shared) settings.TryAdd(key, value);
        settings = new Dictionary<string, string>(settings)
        {
            ["Index__Path"] = folder.PathOf(Path.Combine(name, "index")),
            ["DataProtection__KeysFolder"] = folder.PathOf(Path.Combine(name, "keys")),
        };
        Directory.CreateDirectory(folder.PathOf(name));
        return ArchiveProcess.StartAsync(folder.PathOf(name), settings);
    }

    /// <summary>
    /// Asks until <paramref name="seen"/> holds. What is tested is that the change arrives through the feed, with no
    /// restart; how soon is the poll interval's business and a benchmark's, so the deadline is generous enough for a
    /// loaded machine.
    /// </summary>
    private async Task SeenAsync(string what, Func<Task<bool>> seen)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await seen())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) Assert.Fail($"Not seen within 60 s: {what}");
            await Task.Delay(100);
        }
        output.WriteLine($"{what}: seen after {clock.Elapsed.TotalSeconds:F1} s");
    }

    private string PositionFile(string instance) => folder.PathOf(Path.Combine(instance, "index", "change-feed-position"));

    private static async Task<bool> FindsAsync(ArchiveProcess instance, string query, string id) =>
        (await instance.Client.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}")).HitIds().Contains(id);

    private static Task<HttpResponseMessage> CorrectAsync(ArchiveProcess instance, string id, string json) =>
        instance.Client.PatchAsync($"/api/documents/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Uploads_corrections_and_publications_on_one_instance_are_seen_by_the_other_through_the_change_feed()
    {
        using var a = await StartAsync("a");
        using var b = await StartAsync("b");

        var upload = await a.Client.UploadTextAsync(
            "Thông báo về việc tổ chức tết trồng cây tại xã Tân Yên, mỗi thôn trồng ba trăm cây keo trên đồi Khuổi Lừa.", "tết trồng cây.txt");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
        await SeenAsync("the upload on A found by a search on B", () => FindsAsync(b, "Khuổi Lừa", id));

        var corrected = await CorrectAsync(b, id, "{\"number\":\"88/TB-UBND\",\"title\":\"Thông báo tết trồng cây đồi Khuổi Lừa\",\"reason\":\"Bổ sung số\"}");
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        await SeenAsync("the correction on B in A's record", async () =>
            (await a.Client.GetJsonAsync($"/api/documents/{id}")).GetProperty("number").GetString() == "88/TB-UBND");
        await SeenAsync("the correction on B in A's index", () => FindsAsync(a, "88/TB-UBND", id));

        (await a.Client.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai thông báo" })).EnsureSuccessStatusCode();
        using var visitor = new HttpClient { BaseAddress = b.Address };
        await SeenAsync("the publication on A on B's public site", async () =>
            (await visitor.GetAsync("/van-ban/88-tb-ubnd")).StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_instance_restarted_after_missing_a_correction_catches_up_from_its_position()
    {
        using var a = await StartAsync("a");
        var b = await StartAsync("b");
        string id;
        try
        {
            var upload = await a.Client.UploadTextAsync("Kế hoạch sửa chữa nhà văn hóa thôn Nà Phai bằng nguồn vốn xã hội hóa năm 2026.", "kế hoạch.txt");
            id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
            await SeenAsync("the upload on A found by a search on B", () => FindsAsync(b, "Nà Phai", id));
            // Until B's index commit holds the document: after the restart its index has it, so only the feed can bring
            // the correction (a search finds it sooner, from memory, before the commit).
            await SeenAsync("the upload in B's committed index", () => Task.FromResult(CommittedIndex.Holds(folder.PathOf(Path.Combine("b", "index")), id)));
        }
        finally
        {
            b.Dispose(); // killed, as a crash would
        }

        (await CorrectAsync(a, id, "{\"title\":\"Kế hoạch sửa chữa nhà văn hóa thôn Nà Phai và sân thể thao Bó Luông\",\"reason\":\"Thêm hạng mục\"}"))
            .EnsureSuccessStatusCode();

        using var restarted = await StartAsync("b");
        await SeenAsync("the missed correction in B's index", () => FindsAsync(restarted, "Bó Luông", id));
    }

    [Fact]
    public async Task An_instance_restarted_after_the_feed_was_trimmed_past_its_position_reads_the_store_again_and_catches_up()
    {
        // Every change-feed entry but the newest removed as soon as A trims (every 0.6 s).
        var trimming = new Dictionary<string, string> { ["ChangeFeed__MaxEntries"] = "1", ["ChangeFeed__TrimMinutes"] = "0.01" };
        using var a = await StartAsync("a", trimming);
        var b = await StartAsync("b", trimming);
        string id;
        try
        {
            var upload = await a.Client.UploadTextAsync("Phương án phòng chống cháy rừng mùa khô tại xã Xuân Dương, lập chòi canh trên đỉnh Phja Piót.", "phương án.txt");
            id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
            await SeenAsync("the upload on A found by a search on B", () => FindsAsync(b, "Phja Piót", id));
            // B keeps its feed position once its index commit holds what it applied: both on disk before the kill (a
            // fixed 2.5 s was not always enough on a loaded machine, and the position file was then missing).
            await SeenAsync("the upload in B's committed index and B's feed position kept", () => Task.FromResult(
                CommittedIndex.Holds(folder.PathOf(Path.Combine("b", "index")), id) && File.Exists(PositionFile("b"))));
        }
        finally
        {
            b.Dispose();
        }
        var position = long.Parse(await File.ReadAllTextAsync(PositionFile("b")), System.Globalization.CultureInfo.InvariantCulture);

        // Two changes while B is away, each its own entry; then A trims the first of them away.
        (await CorrectAsync(a, id, "{\"title\":\"Phương án phòng chống cháy rừng xã Xuân Dương và thôn Bản Quầy\",\"reason\":\"Thêm thôn\"}")).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        (await CorrectAsync(a, id, "{\"number\":\"15/PA-UBND\",\"title\":\"Phương án phòng chống cháy rừng xã Xuân Dương và thôn Bản Quầy\",\"reason\":\"Bổ sung số\"}")).EnsureSuccessStatusCode();
        var bucket = shared["Storage__Minio__Bucket"];
        using var store = new Archive.Storage.MinioObjectStore(S3TestServer.Options(bucket));
        var feed = new Archive.Api.Documents.ChangeFeed(store, new Archive.Api.Documents.DocumentCatalog(store, Microsoft.Extensions.Logging.Abstractions.NullLogger<Archive.Api.Documents.DocumentCatalog>.Instance));
        await SeenAsync("the feed trimmed past B's position", async () => await feed.FirstKeptAsync(CancellationToken.None) > position + 1);

        using var restarted = await StartAsync("b", trimming);
        await SeenAsync("both corrections in B's index", async () => await FindsAsync(restarted, "Bản Quầy", id) && await FindsAsync(restarted, "15/PA-UBND", id));
        Assert.Contains("trimmed past this instance's position", restarted.Output);
    }
}
