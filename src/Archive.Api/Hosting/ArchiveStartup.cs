using Archive.Api.Citations;
using Archive.Api.Documents;

namespace Archive.Api.Hosting;

/// <summary>
/// At start: loads the document records and the waiting jobs from the store (before requests are served), then, in
/// the background, indexes every stored document the index lacks and queues the unfinished ones for the workers
/// (<see cref="Ingest.IngestWorkers"/>). This is how a kill -9 between "stored" and "indexed" loses nothing, and why
/// a document that cannot be read never holds up the rebuild.
/// </summary>
public sealed class ArchiveStartup(
    StoredRecords records,
    DocumentCatalog catalog,
    DocumentIndexing indexing,
    DocumentProcessor processor,
    ValidityTracker validity,
    Ingest.IngestQueue queue,
    Archive.Storage.IObjectStore store,
    ILogger<ArchiveStartup> logger) : BackgroundService
{
    /// <summary>Documents whose citations were never stored (older data): extracted during the repair.</summary>
    private IReadOnlySet<string> withoutCitations = new HashSet<string>();

    private readonly TaskCompletionSource repaired = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every stored document is in the index.</summary>
    public Task Repaired => repaired.Task;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        await SayWhetherOriginalsAreLockedAsync(cancellationToken);
        // Before serving (not in the operator commands, which never rewrite records): records whose validity an older
        // version or an interrupted correction left stale are set right.
        await validity.RefreshAllAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>An operator must know at once whether the store itself keeps originals from deletion (also in /healthz/ready).</summary>
    private async Task SayWhetherOriginalsAreLockedAsync(CancellationToken cancellationToken)
    {
        if (store is not Archive.Storage.IObjectLocks locks)
        {
            logger.LogWarning("Originals are NOT locked: this store cannot lock objects");
            return;
        }
        var support = await locks.SupportAsync(cancellationToken);
        if (support.Supported) logger.LogInformation("Originals are locked by the store: {How}", support.Description);
        else logger.LogWarning("Originals are NOT locked by the store: {Why}", support.Description);
    }

    /// <summary>Makes sure the store is usable, loads every document record from it and takes back the waiting jobs.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        withoutCitations = await records.LoadAsync(cancellationToken);
        await queue.LoadAsync(cancellationToken);
    }


    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RepairIndexAsync(stoppingToken);
            repaired.TrySetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Repairing the index from the store failed");
            repaired.TrySetException(e);
        }
    }

    /// <summary>A rebuild makes its progress searchable every so many documents, not after each one.</summary>
    private const int RefreshEvery = 200;

    public async Task RepairIndexAsync(CancellationToken cancellationToken)
    {
        var indexed = indexing.Index.IndexedIds();
        var todo = catalog.All
            .Where(r => r.TextStatus == TextStatuses.Pending || !indexed.Contains(r.Id) || withoutCitations.Contains(r.Id))
            .ToList();
        if (todo.Count == 0) return;
        logger.LogInformation("Indexing {Count} stored documents missing from the index", todo.Count);
        var done = 0;
        foreach (var record in todo)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await processor.IndexStoredAsync(record, cancellationToken, refresh: false);
            }
            catch (Exception e) when (e is not OperationCanceledException and not Archive.Storage.StoreOutageException)
            {
                // One document that cannot be indexed never stops the others.
                logger.LogError(e, "Document {Id} could not be indexed at start-up; the others go on", record.Id);
            }
            if (++done % RefreshEvery == 0) indexing.Index.Refresh();
        }
        indexing.Index.Refresh();
        indexing.Index.Commit();
        logger.LogInformation("Index repaired: {Count} documents indexed", todo.Count);
    }
}
