using Archive.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting.Health;

/// <summary>
/// Whether the store itself keeps originals from ordinary deletes and overwrites (S3 Object Lock on the bucket,
/// read-only files in the local folder). Degraded, not unhealthy, without it: the archive's own refusals still stand.
/// </summary>
public sealed class OriginalLockHealthCheck(IObjectStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store is not IObjectLocks locks) return HealthCheckResult.Degraded("This store cannot lock originals");
        try
        {
            var support = await locks.SupportAsync(cancellationToken);
            return support.Supported ? HealthCheckResult.Healthy(support.Description) : HealthCheckResult.Degraded(support.Description);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"Whether originals are locked could not be checked: {e.Message}", e);
        }
    }
}
