using Archive.Api.Documents;
using Archive.Api.Monitoring;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting.Health;

/// <summary>Every background work queue moves: none has work waiting without progress for longer than allowed.</summary>
public sealed class WorkQueueHealthCheck(IEnumerable<IWorkQueueStatus> queues, IOptions<HealthOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var allowed = TimeSpan.FromMinutes(options.Value.QueueStuckMinutes);
        var now = time.GetUtcNow();
        var data = new Dictionary<string, object>();
        var stuck = new List<string>();
        foreach (var queue in queues)
        {
            var idle = now - queue.LastProgressAt;
            data[$"{queue.Name}.length"] = queue.Length;
            data[$"{queue.Name}.secondsSinceProgress"] = (long)idle.TotalSeconds;
            if (queue.Length > 0 && idle > allowed) stuck.Add(queue.Name);
        }
        return Task.FromResult(stuck.Count == 0
            ? HealthCheckResult.Healthy("Work queues are moving", data)
            : HealthCheckResult.Unhealthy($"Stuck for over {allowed.TotalMinutes:F0} min: {string.Join(", ", stuck)}", data: data));
    }
}
