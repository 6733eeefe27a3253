using System.Net;
using System.Text.Json;
using Archive.Api.Hosting.Health;
using Archive.Api.Ingest;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests.Hosting;

public sealed class HealthChecksTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public HealthChecksTests(ArchiveApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Readiness_reports_the_store_the_index_the_ocr_tools_the_work_queue_and_the_original_lock_in_the_monitoring_json_shape()
    {
        var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entries = report.RootElement.GetProperty("entries");
        Assert.Equal(["index", "ocrTools", "originalLock", "store", "workQueue"], entries.EnumerateObject().Select(e => e.Name).Order());
        // The local folder marks originals read-only.
        Assert.Equal("Healthy", entries.GetProperty("originalLock").GetProperty("status").GetString());
        Assert.Equal("Healthy", entries.GetProperty("store").GetProperty("status").GetString());
        // scripts/test.sh installs tesseract with Vietnamese data, poppler and LibreOffice: all present.
        Assert.Equal("Healthy", entries.GetProperty("ocrTools").GetProperty("status").GetString());
        Assert.Contains("vie", entries.GetProperty("ocrTools").GetProperty("data").GetProperty("tesseractLanguages").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(["ready"], entries.GetProperty("index").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Liveness_checks_only_the_process_and_the_old_address_still_answers_ok()
    {
        var client = factory.CreateAnonymousClient();

        using var live = JsonDocument.Parse(await client.GetStringAsync("/healthz/live"));
        using var old = JsonDocument.Parse(await client.GetStringAsync("/healthz"));

        Assert.Equal(["process"], live.RootElement.GetProperty("entries").EnumerateObject().Select(e => e.Name));
        Assert.Equal("ok", old.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_queue_with_work_waiting_and_no_progress_for_longer_than_allowed_is_stuck_until_the_worker_takes_it()
    {
        var clock = new SteppedClock();
        var queue = Queue(clock);
        var check = new WorkQueueHealthCheck([queue], Options.Create(new HealthOptions { QueueStuckMinutes = 30 }), clock);
        await queue.EnqueueAsync(new IngestJob("a1b2c3", IngestJob.Read, 2_000, clock.GetUtcNow()), CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(29));
        var slow = await check.CheckHealthAsync(new HealthCheckContext());
        clock.Advance(TimeSpan.FromMinutes(2));
        var stuck = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.NotNull(await queue.TakeAsync(untilEmpty: false, CancellationToken.None));
        var moving = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, slow.Status);
        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
        Assert.Equal(1, stuck.Data["ingest.length"]);
        Assert.Equal(HealthStatus.Healthy, moving.Status);
        Assert.Equal(0, moving.Data["ingest.length"]);
    }

    [Fact]
    public async Task An_empty_queue_is_never_stuck_however_long_it_stayed_idle()
    {
        var clock = new SteppedClock();
        var queue = Queue(clock);
        var check = new WorkQueueHealthCheck([queue], Options.Create(new HealthOptions { QueueStuckMinutes = 30 }), clock);

        clock.Advance(TimeSpan.FromDays(3));
        var idle = await check.CheckHealthAsync(new HealthCheckContext());
        await queue.EnqueueAsync(new IngestJob("d4e5f6", IngestJob.Read, 2_000, clock.GetUtcNow()), CancellationToken.None);
        var arrived = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, idle.Status);
        Assert.Equal(HealthStatus.Healthy, arrived.Status);
    }

    private IngestQueue Queue(TimeProvider clock) =>
        new(new LocalFolderObjectStore(Path.Combine(factory.DataFolder, "queue-" + Guid.NewGuid().ToString("N"))),
            Options.Create(new IngestOptions()), clock, NullLogger<IngestQueue>.Instance);

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private DateTimeOffset now = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
