using Archive.Api.Documents;

namespace Archive.Api.Hosting;

/// <summary>
/// Writes the catalog snapshot (<see cref="CatalogSnapshot"/>) when the service stops cleanly: registered before the
/// other background services, so it stops after them, when the workers and the change follower have ended. This
/// instance's last writes are announced in the feed first, so the other instances need not wait for its next start.
/// </summary>
/// <remarks>
/// A record written after the snapshot was taken (a request still answered while stopping) makes it wrong: it is
/// deleted then, and the next start reads every record.
/// </remarks>
public sealed class CatalogSnapshotAtStop(
    CatalogSnapshot snapshot,
    ChangeFollower follower,
    ChangeFeed feed,
    DocumentCatalog catalog,
    ILogger<CatalogSnapshotAtStop> logger) : IHostedService
{
    private volatile bool taking;
    private volatile bool stale;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        catalog.Written += WrittenAfterSnapshot;
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (follower.Position is not { } position)
        {
            logger.LogInformation("No catalog snapshot: this run never found its change-feed position");
            return;
        }
        try
        {
            await feed.FlushAsync(cancellationToken);
        }
        catch (Exception e)
        {
            // The waiting announcements live in memory and end with this process: the other instances see these writes
            // only when they read every record. No snapshot then, so this instance's next start reads every record too
            // rather than carrying a state the feed never described.
            logger.LogWarning(e, "The last writes could not be announced in the change feed at stop; no catalog snapshot");
            return;
        }
        taking = true;
        try
        {
            await snapshot.WriteAsync(position, cancellationToken);
            if (stale) snapshot.Delete();
        }
        catch (Exception e)
        {
            // Only a slower next start: it reads every record.
            logger.LogWarning(e, "The catalog snapshot could not be written");
            snapshot.Delete();
        }
    }

    private void WrittenAfterSnapshot(string id)
    {
        if (!taking) return;
        stale = true;
        try
        {
            snapshot.Delete();
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "The catalog snapshot could not be deleted after a later write of {Id}", id);
        }
    }
}
