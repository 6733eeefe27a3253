using Archive.Api.Monitoring;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Archive.Api.Hosting.Telemetry;

/// <summary>
/// Metrics through OpenTelemetry, scraped by Prometheus from /metrics (on its own port when
/// Metrics:Port is set): the archive's own instruments and ASP.NET Core's request metrics.
/// Logs: one event per upload, extraction, correction, publication and failure (<see cref="ArchiveLog"/>);
/// <c>Logging__Console__FormatterName=json</c> writes them as JSON lines.
/// </summary>
public static class ArchiveTelemetry
{
    public const string MetricsPath = "/metrics";

    public static IHostApplicationBuilder AddArchiveTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ArchiveMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ArchiveMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    public static IEndpointRouteBuilder MapArchiveMetrics(this IEndpointRouteBuilder app)
    {
        // The bound and validated options, not a second read of the raw configuration.
        var port = app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Port;
        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        if (port is { } only) endpoint.RequireHost($"*:{only}");
        return app;
    }
}
