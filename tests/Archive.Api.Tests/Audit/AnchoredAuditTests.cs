using Archive.Api.Documents;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Api.Audit;

namespace Archive.Api.Tests.Audit;

/// <summary>
/// What an outsider who can rewrite the store while the service is stopped cannot hide: entries are sealed with a
/// key kept outside the store, and the chain head is anchored outside it at intervals and at shutdown.
/// </summary>
public sealed class AnchoredAuditTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "archive-anchored-audit", Guid.NewGuid().ToString("N"));
    private readonly List<ArchiveApiFactory> factories = [];

    public void Dispose()
    {
        foreach (var factory in factories) factory.Dispose();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    /// <summary>A service on the shared data folder; disposing it stops it as a shutdown would.</summary>
    private ArchiveApiFactory Service(string? anchor = null)
    {
        var factory = new ArchiveApiFactory(new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = Path.Combine(data, "store"),
            ["Index:Path"] = Path.Combine(data, "index"),
            ["Audit:AnchorFolder"] = anchor ?? Path.Combine(data, "anchor"),
        });
        factories.Add(factory);
        return factory;
    }

    private string AuditFile(long sequence) => Path.Combine(data, "store", "objects", StoreLayout.AuditEntry(sequence));

    private long StoredEntries() => Directory.GetFiles(Path.Combine(data, "store", "objects", "audit")).Length;

    /// <summary>Uploads a document and views it <paramref name="views"/> times; every view of an internal document is an entry.</summary>
    private static async Task<string> UploadAndViewAsync(HttpClient client, string text, int views)
    {
        var id = (await (await client.UploadTextAsync(text, "biên bản.txt")).JsonAsync()).GetProperty("id").GetString()!;
        for (var i = 0; i < views; i++) (await client.GetAsync($"/api/documents/{id}")).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task A_tail_removed_while_the_service_was_stopped_is_found_after_restart()
    {
        using (var first = Service())
            await UploadAndViewAsync(first.CreateClient(), "Biên bản kiểm tra quỹ phòng chống thiên tai xã Bính Xá", views: 3);
        var total = StoredEntries();
        File.Delete(AuditFile(total));

        var chain = await Service().CreateClient().GetJsonAsync("/api/audit/verify");

        Assert.False(chain.GetProperty("ok").GetBoolean());
        Assert.Equal(AuditFindings.TailRemoved, chain.GetProperty("finding").GetString());
        Assert.Equal(total, chain.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task An_entry_rewritten_offline_with_every_later_hash_recomputed_is_found()
    {
        using (var first = Service())
            await UploadAndViewAsync(first.CreateClient(), "Biên bản họp Ban Thanh tra nhân dân xã Thái Bình", views: 12);
        var total = StoredEntries();
        Assert.True(total >= 13);

        // The attacker changes who viewed entry 10 and mends the chain with the hash formula, lacking only the key.
        var previous = JsonNode.Parse(File.ReadAllText(AuditFile(9)))!["hash"]!.GetValue<string>();
        for (long sequence = 10; sequence <= total; sequence++)
        {
            var entry = JsonNode.Parse(File.ReadAllText(AuditFile(sequence)))!.AsObject();
            if (sequence == 10) entry["user"] = "người khác";
            entry["previousHash"] = previous;
            entry["hash"] = "";
            var canonical = entry.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            previous = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry["previousHash"]!.GetValue<string>() + "\n" + canonical)));
            entry["hash"] = previous;
            File.WriteAllText(AuditFile(sequence), entry.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        var chain = await Service().CreateClient().GetJsonAsync("/api/audit/verify");

        Assert.False(chain.GetProperty("ok").GetBoolean());
        Assert.Equal(10, chain.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(AuditFindings.Rewritten, chain.GetProperty("finding").GetString());
    }

    [Fact]
    public async Task An_older_copy_of_the_chain_put_back_and_continued_is_found()
    {
        var audit = Path.Combine(data, "store", "objects", "audit");
        var copy = Path.Combine(data, "older-copy");
        using (var first = Service())
        {
            var client = first.CreateClient();
            var id = await UploadAndViewAsync(client, "Quyết định phê duyệt dự toán xây dựng nhà văn hóa thôn Khe Dăm", views: 2);
            CopyFolder(audit, copy);
            for (var i = 0; i < 4; i++) (await client.GetAsync($"/api/documents/{id}")).EnsureSuccessStatusCode();
        }
        var anchored = StoredEntries();
        Directory.Delete(audit, recursive: true);
        CopyFolder(copy, audit);

        // The restarted service goes on from the older copy, past the anchored length, with valid seals.
        var second = Service().CreateClient();
        var again = await UploadAndViewAsync(second, "Thông báo lịch tiếp công dân tháng 3 năm 2025", views: 0);
        while (StoredEntries() < anchored + 2) (await second.GetAsync($"/api/documents/{again}")).EnsureSuccessStatusCode();

        var chain = await second.GetJsonAsync("/api/audit/verify");

        Assert.False(chain.GetProperty("ok").GetBoolean());
        Assert.Equal(AuditFindings.Replayed, chain.GetProperty("finding").GetString());
        Assert.Equal(anchored, chain.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task An_untouched_trail_verifies_against_its_anchored_checkpoints()
    {
        using (var first = Service())
            await UploadAndViewAsync(first.CreateClient(), "Kế hoạch tuyên truyền phổ biến pháp luật năm 2025", views: 2);
        var atShutdown = StoredEntries();
        var second = Service().CreateClient();
        await UploadAndViewAsync(second, "Báo cáo kết quả hòa giải ở cơ sở quý I", views: 1);

        var chain = await second.GetJsonAsync("/api/audit/verify");

        Assert.True(chain.GetProperty("ok").GetBoolean(), chain.ToString());
        Assert.Equal(atShutdown, chain.GetProperty("anchoredThrough").GetInt64());
        var entry = JsonNode.Parse(File.ReadAllText(AuditFile(1)))!;
        Assert.False(string.IsNullOrEmpty(entry["key"]?.GetValue<string>()));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_audit_key_is_kept_private_outside_the_store_and_never_inside_it()
    {
        using (var first = Service())
            await UploadAndViewAsync(first.CreateClient(), "Biên bản bàn giao hồ sơ lưu trữ", views: 1);

        var key = Path.Combine(data, "anchor", AuditSeal.KeyFileName);
        Assert.True(File.Exists(key));
        Assert.True(File.Exists(Path.Combine(data, "anchor", AuditAnchor.FileName)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(data, "anchor")));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "store"), AuditSeal.KeyFileName, SearchOption.AllDirectories));

        var inside = Service(anchor: Path.Combine(data, "store", "anchor"));
        var refused = Assert.ThrowsAny<Exception>(() => inside.CreateClient());
        Assert.Contains("Audit__AnchorFolder", refused.ToString());
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
