using Archive.Api.Documents;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Writes the catalog snapshot (<see cref="CatalogSnapshot"/>) every <see cref="CatalogSnapshotOptions.Minutes"/> while
/// the service runs and once when it stops cleanly: registered before the other background services, so it stops
/// after them, when the workers and the change follower have ended. A snapshot of any moment is safe to start from (the
/// start heals it against the store), so none waits for writes in flight; a recent one only means fewer records read.
/// </summary>
public sealed class CatalogSnapshotWriter(
    CatalogSnapshot snapshot,
    ChangeFeed feed,
    StoredRecords records,
    IOptions<CatalogSnapshotOptions> options,
    ILogger<CatalogSnapshotWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMinutes(options.Value.Minutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(period, stoppingToken);
            await TryWriteAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // This instance's last writes, announced so the other instances need not wait for its next start.
            await feed.FlushAsync(cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The last writes could not be announced in the change feed at stop");
        }
        await TryWriteAsync(cancellationToken);
    }

    private async Task TryWriteAsync(CancellationToken cancellationToken)
    {
        // Before the catalog is loaded memory holds a part of it: nothing worth keeping.
        if (!records.Loaded) return;
        try
        {
            await snapshot.WriteAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Only a slower next start: it heals an older snapshot, or reads every record.
            logger.LogWarning(e, "The catalog snapshot could not be written");
        }
    }
}
