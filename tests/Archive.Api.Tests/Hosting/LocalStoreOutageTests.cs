using System.Net;
using Archive.Api.Audit;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Hosting;

/// <summary>The store's folder goes away under the running service (an unmounted volume) and comes back.</summary>
public sealed class LocalStoreOutageTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose()
    {
        var away = StoreFolder + "-away";
        if (Directory.Exists(away) && !Directory.Exists(StoreFolder)) Directory.Move(away, StoreFolder);
        factory.Dispose();
    }

    private string StoreFolder => Path.Combine(factory.DataFolder, "store");

    [Fact]
    public async Task Metadata_still_answers_without_the_store_and_its_audit_entry_is_written_when_the_store_is_back()
    {
        var client = factory.CreateClient();
        var upload = await client.UploadTextAsync("Biên bản họp tổ hòa giải thôn Bản Chắt ngày 12/3/2025", "biên bản.txt");
        var id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
        var trail = factory.Services.GetRequiredService<AuditTrail>();
        var before = trail.Count;

        Directory.Move(StoreFolder, StoreFolder + "-away");
        var metadata = await client.GetAsync($"/api/documents/{id}");
        var original = await client.GetAsync($"/api/documents/{id}/content");
        var again = await client.UploadTextAsync("Thông báo kết quả bầu trưởng thôn Khe Dăm", "thông báo.txt");

        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, original.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), original.Headers.RetryAfter?.Delta);
        var problem = await original.JsonAsync();
        Assert.Equal("Kho lưu trữ tạm thời không truy cập được", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
        Assert.Equal(1, trail.PendingCount);

        Directory.Move(StoreFolder + "-away", StoreFolder);
        // The upkeep retries every AuditUpkeep.RetryInterval; the deadline is many of them, for a loaded machine.
        var deadline = DateTime.UtcNow + AuditUpkeep.RetryInterval * 24;
        while (trail.PendingCount > 0 && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Equal(0, trail.PendingCount);
        Assert.Equal(before + 1, trail.Count);
        var views = (await client.AuditAsync($"documentId={id}")).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == AuditActions.View).ToList();
        Assert.Single(views);
        Assert.True((await client.GetJsonAsync("/api/audit/verify")).GetProperty("ok").GetBoolean());
    }
}
