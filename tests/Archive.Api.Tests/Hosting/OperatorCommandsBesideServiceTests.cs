using System.Collections.Concurrent;
using System.Net;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// The documented operator commands run against the data of a service that is busy uploading, as real
/// processes: they must neither take the service down nor lose what either of them writes.
/// </summary>
public sealed class OperatorCommandsBesideServiceTests : IDisposable
{
    private readonly ServiceDataFolder folder = new("command-tests");

    public void Dispose() => folder.Dispose();

    // The commands read the same settings as the service, as an operator's shell on the server would.
    private Dictionary<string, string> Settings() => folder.Settings(("Index__CommitIntervalSeconds", "1"));

    private static async Task<HashSet<string>> FoundAsync(HttpClient client, HashSet<string> wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var found = (await client.GetJsonAsync("/api/search?q=tiep+cong+dan+bac+xa&pageSize=100")).HitIds().ToHashSet();
            if (found.IsSupersetOf(wanted) || DateTime.UtcNow > deadline) return found;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Add_user_and_verify_run_beside_a_busy_service_that_stays_up_and_reindex_refuses_to()
    {
        using var service = await ArchiveProcess.StartAsync(folder.Root, Settings());
        var uploaded = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        // Uploads keep coming, so the index always has segments not yet committed when a command starts.
        var uploader = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await service.Client.UploadTextAsync($"Thông báo số {i}/TB-UBND về lịch tiếp công dân tại xã Bắc Xa lần thứ {i}", $"thông báo {i}.txt");
                if (response.StatusCode == HttpStatusCode.Created)
                    uploaded.Add((await response.JsonAsync()).GetProperty("id").GetString()!);
                await Task.Delay(100);
            }
        });

        var added = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "add-user", "lan", "clerk");
        var verified = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "verify");
        var reindex = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "reindex");
        // The service still takes uploads after the commands: two more answered (asked for, not slept for).
        var afterCommands = uploaded.Count + 2;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (uploaded.Count < afterCommands && !uploader.IsCompleted && DateTime.UtcNow < deadline) await Task.Delay(100);
        await stop.CancelAsync();
        await uploader;

        Assert.True(added.ExitCode == 0, added.Output);
        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.NotEqual(0, reindex.ExitCode);
        Assert.Contains("đang được một tiến trình khác sử dụng", reindex.Output);
        Assert.False(service.HasExited, service.Output);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/healthz")).StatusCode);
        Assert.DoesNotContain("Unhandled exception", service.Output);
        Assert.True(uploaded.Count >= afterCommands, $"{uploaded.Count} uploads answered, {afterCommands} wanted after the commands");
        var listed = await service.Client.GetJsonAsync("/api/documents?pageSize=100");
        Assert.Equal(uploaded.Count, listed.GetProperty("total").GetInt32());
        // Each upload is read in the background: ask until every answered one is found rather than sleep a fixed time.
        var found = await FoundAsync(service.Client, uploaded.ToHashSet());
        Assert.Subset(found, uploaded.ToHashSet());

        // The command's audit entry was not overwritten by the service's own entries written at the same time.
        var audit = await service.Client.AuditAsync();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "user-added" && e.GetProperty("details").GetString() == "lan (clerk)");
        Assert.True((await service.Client.GetJsonAsync("/api/audit/verify")).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Add_user_before_the_first_start_still_leaves_the_configured_admin()
    {
        var added = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "add-user", "lan", "clerk");
        Assert.True(added.ExitCode == 0, added.Output);
        // The audit entry's log line names the archive, not a document that is not there.
        Assert.Contains("Archive: user-added by", added.Output);
        Assert.DoesNotContain("Document (null)", added.Output);

        using var service = await ArchiveProcess.StartAsync(folder.Root, Settings());

        var users = await service.Client.GetJsonAsync("/api/users"); // the client presents ARCHIVE_ADMIN_KEY
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("role").GetString() == "admin");
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("name").GetString() == "lan");
    }
}
