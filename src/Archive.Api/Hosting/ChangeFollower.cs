using System.Globalization;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Ingest;
using Archive.Indexer.Index;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Follows the store's change feed (<see cref="ChangeFeed"/>) so that several instances over one store, each with its
/// own index, see every upload, correction and publication any of them makes: at each turn it writes this instance's
/// entries, then reads the entries after its position and, for each document another instance wrote, reads the record
/// and citations again (the catalog announces it, so every maintained lookup follows) and indexes it afresh.
/// </summary>
/// <remarks>
/// The position is kept beside the index (<see cref="PositionFile"/>), since it says how far the index has followed:
/// a restarted instance catches up from it, and a new or deleted index starts a little before the feed's end (its
/// start-up repair indexes every stored document, so older entries are not news to it). The feed is trimmed
/// (<see cref="ChangeFeedOptions.RetentionDays"/>, <see cref="ChangeFeedOptions.MaxEntries"/>): an instance whose
/// position is before the oldest entry kept missed changes it can no longer name, so it reads every record again and
/// reindexes every document (<see cref="CatchUpFromStoreAsync"/>).
/// </remarks>
public sealed class ChangeFollower(
    ChangeFeed feed,
    DocumentCatalog catalog,
    CitationGraph citations,
    ValidityTracker validity,
    LatestIndexing indexing,
    DocumentIndexing index,
    IObjectStore store,
    DocumentProcessor processor,
    JobLeases leases,
    IOptions<IndexOptions> indexOptions,
    IOptions<ChangeFeedOptions> options,
    ILogger<ChangeFollower> logger) : BackgroundService
{
    /// <summary>Entries re-read before the end when no position is kept: writes that raced with the start are not missed.</summary>
    private const long Overlap = 50;

    private string PositionFile => Path.Combine(indexOptions.Value.Path, "change-feed-position");

    /// <summary>Idle turns between two looks at whether the feed was trimmed past this instance's position.</summary>
    private const int TrimCheckEvery = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var trimPeriod = TimeSpan.FromMinutes(options.Value.TrimMinutes);
        // The first trim soon after the start (an instance restarted more often than TrimMinutes would never trim).
        var nextTrim = DateTimeOffset.UtcNow;
        long? position = null;
        for (var turn = 0L; !stoppingToken.IsCancellationRequested; turn++)
        {
            try
            {
                position ??= await StartingPositionAsync(stoppingToken);
                await feed.FlushAsync(stoppingToken);
                position = await FollowAsync(position.Value, turn % TrimCheckEvery == 0, stoppingToken);
                if (DateTimeOffset.UtcNow >= nextTrim)
                {
                    nextTrim = DateTimeOffset.UtcNow + trimPeriod;
                    await TrimAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store is away or an entry could not be applied: the next turn tries again from the same place.
                logger.LogWarning(e, "Following the change feed failed; trying again in {Seconds} s", period.TotalSeconds);
            }
            await Task.Delay(period, stoppingToken);
        }
    }

    private async Task<long> StartingPositionAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(PositionFile) && long.TryParse(await File.ReadAllTextAsync(PositionFile, cancellationToken), CultureInfo.InvariantCulture, out var kept))
            return kept;
        // Never before the oldest entry kept: a new index is not behind a trimmed feed (its start-up repair indexes everything).
        return Math.Max(await feed.FirstKeptAsync(cancellationToken) - 1, await feed.FindEndAsync(cancellationToken) - Overlap);
    }

    private async Task<long> FollowAsync(long position, bool checkTrimmed, CancellationToken cancellationToken)
    {
        var start = position;
        var applied = false;
        while (await feed.ReadAsync(position + 1, cancellationToken) is { } entry)
        {
            if (entry.Instance != feed.Instance)
            {
                foreach (var id in entry.Documents) await ApplyAsync(id, cancellationToken);
                applied = true;
            }
            position = entry.Sequence;
        }
        if (checkTrimmed && position == start && !await feed.CoversAsync(position, cancellationToken))
        {
            logger.LogWarning("The change feed was trimmed past this instance's position {Position}: reading every record and reindexing", position);
            position = await CatchUpFromStoreAsync(cancellationToken);
            applied = true;
        }
        if (position != start)
        {
            // The position says how far the index has followed: kept only once the index's commit holds what was
            // applied, so a crash between the two re-applies entries (harmless) and never skips one. This instance's
            // own entries change nothing here: no commit for them.
            if (applied) index.Index.Commit();
            Directory.CreateDirectory(indexOptions.Value.Path);
            await File.WriteAllTextAsync(PositionFile, position.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        return position;
    }

    /// <summary>
    /// What the trimmed entries said, found in the store itself: every record and citation read again (with the
    /// validity they imply) and every document reindexed from its stored text, documents gone from the store leave the
    /// index. Returns the feed's end as it was before the reading: entries after it are applied as usual.
    /// </summary>
    private async Task<long> CatchUpFromStoreAsync(CancellationToken cancellationToken)
    {
        var end = await feed.FindEndAsync(cancellationToken);
        await catalog.LoadAsync(cancellationToken);
        await citations.LoadAsync(cancellationToken);
        await validity.RefreshAllAsync(cancellationToken);
        foreach (var id in index.Index.IndexedIds().Where(id => catalog.Find(id) is null)) index.Index.Delete(id);
        var reindexed = 0;
        foreach (var record in catalog.All.Where(r => r.TextStatus != TextStatuses.Pending).ToList())
        {
            if (await store.StatAsync(StoreLayout.Text(record.Id), cancellationToken) is null) continue;
            await indexing.IndexAsync(record.Id, await StoredText.ReadAsync(store, record.Id, cancellationToken), cancellationToken, refresh: false);
            reindexed++;
        }
        index.Index.Refresh();
        logger.LogInformation("Caught up from the store: {Count} documents reindexed", reindexed);
        return end;
    }

    private async Task TrimAsync(CancellationToken cancellationToken)
    {
        var removed = await feed.TrimAsync(DateTimeOffset.UtcNow - TimeSpan.FromDays(options.Value.RetentionDays), options.Value.MaxEntries, cancellationToken);
        if (removed > 0) logger.LogInformation("Change feed trimmed: {Count} old entries removed", removed);
    }

    private async Task ApplyAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.ReloadAsync(id, cancellationToken) is not { } record)
        {
            // Its record is gone from the store: another instance destroyed the document (the start may have
            // forgotten it already, from a catalog snapshot's catch-up, but not taken it out of the index).
            index.Index.Delete(id);
            citations.Forget(id);
            catalog.Forget(id);
            return;
        }
        if (record.TextStatus == TextStatuses.Pending)
        {
            // Work owed on it, which the writer's instance runs under its lease: known here too, so that this instance
            // takes the job over if that one dies (IngestWorkers).
            if (leases.Enabled) await processor.EnqueueAsync(record, cancellationToken);
            return;
        }
        // Citations are stored before the record that says the text is done, so they are there when it is.
        await citations.ReloadAsync(id, cancellationToken);
        // Indexed as the writer indexed it, from its stored text; never processed again here (the writer did that).
        if (await store.StatAsync(StoreLayout.Text(id), cancellationToken) is not null)
            await indexing.IndexAsync(id, await StoredText.ReadAsync(store, id, cancellationToken), cancellationToken);
    }
}
