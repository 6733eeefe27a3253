using System.Net;
using Archive.Api.Audit;
using Archive.Storage.Tests;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Hosting;

/// <summary>The S3 server stops under a running service and comes back (for this test's service only, through a <see cref="TcpRelay"/>).</summary>
public sealed class S3OutageTests : ServiceBehindRelay
{
    public S3OutageTests() : base("archive-outage")
    {
    }

    [Fact]
    public async Task With_the_S3_server_stopped_reads_of_metadata_and_search_answer_the_rest_is_503_and_nothing_is_lost()
    {
        var client = factory.CreateClient();
        var upload = await client.UploadTextAsync("Biên bản họp Ban Thanh tra nhân dân xã Đồng Thắng về quỹ đền ơn đáp nghĩa", "biên bản.txt");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
        var trail = factory.Services.GetRequiredService<AuditTrail>();

        relay.Stop();
        var metadata = await client.GetAsync($"/api/documents/{id}");
        var found = await client.GetAsync("/api/search?q=quy+den+on+dap+nghia");
        var original = await client.GetAsync($"/api/documents/{id}/content");
        var another = await client.UploadTextAsync("Thông báo lịch trực Tết của Ủy ban nhân dân xã", "thông báo.txt");

        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, original.StatusCode);
        Assert.NotNull(original.Headers.RetryAfter);
        Assert.Equal("Kho lưu trữ tạm thời không truy cập được", (await original.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, another.StatusCode);
        Assert.Equal(1, trail.PendingCount);

        relay.Start();
        // The upkeep retries every AuditUpkeep.RetryInterval; the deadline is many of them, for a loaded machine.
        var deadline = DateTime.UtcNow + AuditUpkeep.RetryInterval * 24;
        while (trail.PendingCount > 0 && DateTime.UtcNow < deadline) await Task.Delay(250);

        Assert.Equal(0, trail.PendingCount);
        var views = (await client.AuditAsync($"documentId={id}")).EnumerateArray()
            .Count(e => e.GetProperty("action").GetString() == AuditActions.View);
        Assert.Equal(1, views);
        Assert.True((await client.GetJsonAsync("/api/audit/verify")).GetProperty("ok").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{id}/content")).StatusCode);
    }
}
