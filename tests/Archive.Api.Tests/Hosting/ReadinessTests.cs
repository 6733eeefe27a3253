using System.Net;
using System.Text.Json;
using Archive.Storage.Tests;

namespace Archive.Api.Tests.Hosting;

/// <summary>/healthz/ready follows the store for real: a private S3 gateway is stopped under the service and started again.</summary>
[Trait("Tools", "ceph")]
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_turns_unhealthy_when_the_S3_server_stops_and_healthy_when_it_returns_while_liveness_stays_up()
    {
        using var cluster = await PrivateS3Cluster.StartAsync(S3TestServer.UniqueBucketName("archive-ready"));
        using var factory = new ArchiveApiFactory(S3Settings.For(cluster.Options));
        var client = factory.CreateAnonymousClient();

        var before = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("Healthy", await CheckStatusAsync(before, "store"));

        await cluster.StopGatewayAsync();
        var during = await client.GetAsync("/healthz/ready");
        var alive = await client.GetAsync("/healthz/live");
        var old = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal("Unhealthy", await CheckStatusAsync(during, "store"));
        Assert.Equal("Healthy", await CheckStatusAsync(during, "index"));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);

        await cluster.StartGatewayAsync();
        var after = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Healthy", await CheckStatusAsync(after, "store"));
    }

    private static async Task<string?> CheckStatusAsync(HttpResponseMessage response, string check)
    {
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("entries").GetProperty(check).GetProperty("status").GetString();
    }
}
