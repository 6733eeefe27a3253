using System.Globalization;
using System.Net;

namespace Archive.Api.Tests.Hosting;

public sealed class MetricsTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public MetricsTests(ArchiveApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task After_uploads_and_a_search_the_prometheus_endpoint_counts_them()
    {
        var client = factory.CreateClient();
        var text = $"Thông báo số {Random.Shared.Next(1000, 9999)}/TB-UBND về lịch tiếp công dân định kỳ tháng Ba của xã Bắc Xa";
        Assert.Equal(HttpStatusCode.Created, (await client.UploadTextAsync(text, "thông báo.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.UploadTextAsync(text, "thông báo (bản sao).txt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=tiep+cong+dan")).StatusCode);

        var metrics = await factory.CreateAnonymousClient().GetAsync("/metrics");
        var body = await metrics.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.StartsWith("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        Assert.True(Sample(body, "archive_uploads_total", "outcome=\"created\"") >= 1, body);
        Assert.True(Sample(body, "archive_uploads_total", "outcome=\"duplicate\"") >= 1, body);
        Assert.True(Sample(body, "archive_searches_total") >= 1, body);
        Assert.True(Sample(body, "archive_search_duration_seconds_count") >= 1, body);
        Assert.True(Sample(body, "archive_extraction_duration_seconds_count") >= 1, body);
        // The upload was read (it waited for that): the reopen that made it searchable was counted.
        Assert.True(Sample(body, "archive_index_reopen_duration_seconds_count") >= 1, body);
        Assert.Contains("archive_queue_length{", body);
    }

    /// <summary>The sum of a metric's samples (lines "name{labels} value [time]") whose labels contain <paramref name="label"/>.</summary>
    private static double Sample(string exposition, string name, string label = "") => exposition.Split('\n')
        .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
        .Where(line => line.Contains(label, StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf('}') is var close and >= 0 ? close + 1 : name.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
