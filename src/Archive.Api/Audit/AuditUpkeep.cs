using Microsoft.Extensions.Options;

namespace Archive.Api.Audit;

/// <summary>
/// The audit trail's background work: writes entries kept during a store outage as soon as the store takes
/// them again, writes the counted failed sign-ins once a minute (<see cref="FailedSignInLog"/>), and anchors the
/// chain head every <see cref="AuditOptions.CheckpointIntervalSeconds"/> and at shutdown. A failing round is logged and tried again; nothing here can end the process.
/// </summary>
public sealed class AuditUpkeep(AuditTrail trail, FailedSignInLog failedSignIns, IOptions<AuditOptions> options, ILogger<AuditUpkeep> logger) : BackgroundService
{
    /// <summary>How soon entries kept during an outage are tried again.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var checkpointEvery = TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckpointIntervalSeconds));
        var nextCheckpoint = DateTimeOffset.UtcNow + checkpointEvery;
        using var timer = new PeriodicTimer(RetryInterval < checkpointEvery ? RetryInterval : checkpointEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RoundAsync(DateTimeOffset.UtcNow >= nextCheckpoint, stopping: false, stoppingToken);
                if (DateTimeOffset.UtcNow >= nextCheckpoint) nextCheckpoint = DateTimeOffset.UtcNow + checkpointEvery;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await RoundAsync(checkpoint: true, stopping: true, cancellationToken);
    }

    private async Task RoundAsync(bool checkpoint, bool stopping, CancellationToken cancellationToken)
    {
        try
        {
            await trail.FlushPendingAsync(cancellationToken);
            await failedSignIns.WriteCountsAsync(force: stopping);
            if (checkpoint) await trail.CheckpointAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Audit upkeep failed; tried again in {Seconds} s", RetryInterval.TotalSeconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Audit upkeep timed out; tried again later");
        }
    }
}
