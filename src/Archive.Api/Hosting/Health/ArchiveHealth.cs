using Archive.Api.Documents;
using Archive.Api.Monitoring;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting.Health;

/// <summary>
/// /healthz/live: the process answers (restart it if not). /healthz/ready: the store is reachable and
/// writable, the index open, the OCR tools present (degraded without them), no work queue stuck
/// (send it no traffic if not). Both answer the JSON report; /healthz stays for older clients.
/// </summary>
public static class ArchiveHealth
{
    public const string Live = "live";
    public const string Ready = "ready";

    public static IHostApplicationBuilder AddArchiveHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IWorkQueueStatus>(sp => sp.GetRequiredService<Ingest.IngestQueue>());
        builder.Services.AddSingleton<OcrToolsHealthCheck>();
        var timeout = TimeSpan.FromSeconds(builder.Configuration.GetValue($"{HealthOptions.Section}:{nameof(HealthOptions.CheckTimeoutSeconds)}", new HealthOptions().CheckTimeoutSeconds));
        builder.Services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process answers"), [Live])
            .AddCheck<StoreHealthCheck>("store", HealthStatus.Unhealthy, [Ready], timeout)
            .AddCheck<IndexHealthCheck>("index", HealthStatus.Unhealthy, [Ready], timeout)
            .Add(new HealthCheckRegistration("ocrTools", sp => sp.GetRequiredService<OcrToolsHealthCheck>(), HealthStatus.Degraded, [Ready], timeout))
            .AddCheck<WorkQueueHealthCheck>("workQueue", HealthStatus.Unhealthy, [Ready], timeout)
            .AddCheck<OriginalLockHealthCheck>("originalLock", HealthStatus.Degraded, [Ready], timeout);
        return builder;
    }

    public static IEndpointRouteBuilder MapArchiveHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz/live", Options(Live)).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", Options(Ready)).AllowAnonymous();
        // Older clients and probes read a constant answer here; it says only that the process runs.
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }))
            .WithTags("Health").WithSummary("The process answers (older clients; see /healthz/live and /healthz/ready)").AllowAnonymous();
        return app;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = HealthReportJson.WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };
}
