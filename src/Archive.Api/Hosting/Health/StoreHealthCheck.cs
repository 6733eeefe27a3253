using System.Text;
using Archive.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting.Health;

/// <summary>
/// The store answers and takes writes: a small probe object is written, read back and removed.
/// Reading alone is not enough: a full disk or a read-only bucket still lists.
/// </summary>
public sealed class StoreHealthCheck(IObjectStore store) : IHealthCheck
{
    public const string ProbeKey = "system/health/probe.txt";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var written = $"probe {Guid.NewGuid():N}";
        try
        {
            using (var content = new MemoryStream(Encoding.UTF8.GetBytes(written)))
                await store.PutAsync(ProbeKey, content, "text/plain", cancellationToken);
            await using var stream = await store.OpenReadAsync(ProbeKey, cancellationToken);
            if (stream is null) return HealthCheckResult.Unhealthy("The probe object was written but cannot be read back");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var read = await reader.ReadToEndAsync(cancellationToken);
            await store.DeleteAsync(ProbeKey, cancellationToken);
            return read == written
                ? HealthCheckResult.Healthy("The store is reachable and writable")
                : HealthCheckResult.Unhealthy("The probe object read back differs from what was written");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store cannot be used: {e.Message}", e);
        }
    }
}
