using System.Collections.Concurrent;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// The change feed in the store: entries naming the records this instance wrote (<see cref="StoreLayout.Change"/>), numbered
/// without gaps, each number written once (a create-only put, refused when another instance took it), so that every
/// instance over the same store can follow what the others wrote from its last position
/// (<see cref="Hosting.ChangeFollower"/>) and a restarted one catches up.
/// </summary>
/// <remarks>
/// An entry only names the document: a follower reads the record, its citations and its text itself, so entries stay
/// small and a follower that is behind reads each document at its newest. A record written is only queued here (the
/// writer never waits for the feed nor fails because of it); the follower writes the queue out at each turn, so an
/// entry the store refused (an outage) is written at a later turn. One entry names every document written since the
/// last turn, each once: a busy instance writes one entry a turn, not one per record write (an upload writes its record
/// three times), which kept the feed at a third of an upload's store writes.
/// </remarks>
public sealed class ChangeFeed
{
    /// <param name="DocumentIds">The documents written, each once.</param>
    /// <param name="DocumentId">The one document of an entry written before entries named several (read, not written).</param>
    public sealed record ChangeEntry(long Sequence, IReadOnlyList<string>? DocumentIds, string Instance, DateTimeOffset At, string? DocumentId = null)
    {
        public IReadOnlyList<string> Documents => DocumentIds ?? (DocumentId is null ? [] : [DocumentId]);
    }

    private readonly IObjectStore store;
    private readonly ConcurrentQueue<string> waiting = new();
    private readonly SemaphoreSlim appendLock = new(1, 1);
    private long head;
    /// <summary>
    /// Whether <see cref="head"/> was the feed's end at this instance's last look (a read past it found nothing, a write
    /// after it succeeded): then a write needs no look at the oldest kept entry first. False at a start and after a
    /// failure (this instance was away).
    /// </summary>
    private volatile bool headCurrent;

    private readonly ILogger logger;

    public ChangeFeed(IObjectStore store, DocumentCatalog catalog, ILogger<ChangeFeed>? logger = null)
    {
        this.store = store;
        this.logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<ChangeFeed>.Instance;
        catalog.Written += waiting.Enqueue;
    }

    /// <summary>
    /// Whether other instances may share the store (jobs take leases): only then does <see cref="AnnounceAsync"/> write
    /// before an answer; one process alone on a local folder leaves it to the follower's turn.
    /// </summary>
    public bool Shared { get; init; } = true;

    /// <summary>This run of this instance, as its entries say: entries it wrote itself are not news to it.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Whether records written here still wait to be announced.</summary>
    public bool HasWaiting => !waiting.IsEmpty;

    /// <summary>
    /// Finds the last entry written without listing the feed: numbers are dense from the oldest kept one
    /// (<see cref="FirstKeptAsync"/>), so probe 1, 2, 4, … past the last known one, then halve. When trimming moved the
    /// oldest kept entry meanwhile, the probes may have met removed entries: found again, from there.
    /// </summary>
    public async Task<long> FindEndAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var first = await FirstKeptAsync(cancellationToken);
            var end = await ProbeEndAsync(first, cancellationToken);
            if (await FirstKeptAsync(cancellationToken) == first)
            {
                Seen(end);
                headCurrent = Interlocked.Read(ref head) == end;
                return end;
            }
        }
    }

    private async Task<long> ProbeEndAsync(long first, CancellationToken cancellationToken)
    {
        var low = first - 1;
        var known = Interlocked.Read(ref head);
        if (known > low && await store.StatAsync(StoreLayout.Change(known), cancellationToken) is not null) low = known;
        long step = 1;
        while (await store.StatAsync(StoreLayout.Change(low + step), cancellationToken) is not null)
        {
            low += step;
            step *= 2;
        }
        var high = low + step; // not written
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (await store.StatAsync(StoreLayout.Change(middle), cancellationToken) is not null) low = middle;
            else high = middle;
        }
        return low;
    }

    /// <param name="First">The oldest entry kept.</param>
    /// <param name="Cleared">
    /// The oldest entry that may still be stored below <paramref name="First"/>: a trim moves First, then removes the
    /// entries from Cleared up, then moves Cleared; one interrupted meanwhile leaves them for the next trim to finish.
    /// Null in a start written before it was kept: nothing left below First.
    /// </param>
    private sealed record FeedStart(long First, long? Cleared = null);

    /// <summary>The oldest entry kept: 1 until the feed was first trimmed.</summary>
    public async Task<long> FirstKeptAsync(CancellationToken cancellationToken) =>
        (await StoredJson.ReadAsync<FeedStart>(store, StoreLayout.ChangeFeedStart, cancellationToken))?.First ?? 1;

    /// <summary>
    /// Whether a reader that has applied the entries up to <paramref name="position"/> can still go on from there:
    /// false when the feed was trimmed past it (the entries it missed are no longer named).
    /// </summary>
    public async Task<bool> CoversAsync(long position, CancellationToken cancellationToken) =>
        await FirstKeptAsync(cancellationToken) <= position + 1;

    /// <summary>
    /// Removes the entries written before <paramref name="writtenBefore"/> and those beyond the newest
    /// <paramref name="keep"/>, always keeping the newest one (it says where the feed ends), and what an interrupted
    /// trim left. The oldest kept number is moved forward first (a conditional write: it never moves back), so a
    /// follower behind it knows it missed entries and a writer never takes a removed number. Returns how many entries
    /// were removed.
    /// </summary>
    public async Task<long> TrimAsync(DateTimeOffset writtenBefore, long keep, CancellationToken cancellationToken)
    {
        var end = await FindEndAsync(cancellationToken);
        var stored = await store.ReadVersionedAsync(StoreLayout.ChangeFeedStart, cancellationToken);
        var start = stored is null ? new FeedStart(1) : StoredJson.Parse<FeedStart>(stored.Content) ?? new FeedStart(1);
        var cleared = start.Cleared ?? start.First;
        var cut = Math.Max(start.First - 1, end - Math.Max(1, keep));
        while (cut < end - 1 && await ReadAsync(cut + 1, cancellationToken) is { } entry && entry.At < writtenBefore) cut++;
        if (cut < cleared) return 0;
        var version = await StoredJson.PutIfAsync(store, StoreLayout.ChangeFeedStart, new FeedStart(cut + 1, cleared), stored?.Version, cancellationToken);
        if (version is null) return 0; // another instance trims at the same moment: its turn
        for (var sequence = cleared; sequence <= cut; sequence++)
            await store.DeleteAsync(StoreLayout.Change(sequence), cancellationToken);
        // Refused when another trim moved the start meanwhile: it removes what is left from there.
        await StoredJson.PutIfAsync(store, StoreLayout.ChangeFeedStart, new FeedStart(cut + 1, cut + 1), version, cancellationToken);
        return cut - cleared + 1;
    }

    /// <summary>
    /// Announces the records written here so far before a request that wrote one is answered (an upload, a new version):
    /// an instance killed after its answer and before its next turn would otherwise leave that document unknown to every
    /// other instance, "pending" for ever when it never comes back. Never fails the request: an entry the store refused
    /// is written at the next turn, as before.
    /// </summary>
    /// <remarks>
    /// Waits for the write in flight too (<see cref="FlushAsync"/> takes the lock even when nothing waits): that write may
    /// hold this request's record. Concurrent requests share entries: those that arrive while one is written go together
    /// in the next one.
    /// </remarks>
    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        if (!Shared) return;
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The change feed could not be written before the answer; the follower's next turn writes it");
        }
    }

    /// <summary>Writes one entry naming the records written here since the last call; when the store refuses it they wait.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await appendLock.WaitAsync(cancellationToken);
        try
        {
            // Looked at under the lock: a write in flight may name what a caller waits for, and it is done once the lock is free.
            if (waiting.IsEmpty) return;
            var ids = new List<string>();
            var named = new HashSet<string>(StringComparer.Ordinal);
            while (waiting.TryDequeue(out var id))
                if (named.Add(id)) ids.Add(id);
            try
            {
                // A number removed by trimming is free again to a create-only put: a writer that starts (or was away)
                // below the oldest kept entry would write where no follower looks. Find the end first.
                // Looked at only when this instance was away (a start, a failure): a follower reads the feed to its end
                // every turn, and a trim keeps the newest MaxEntries and those younger than RetentionDays, so it does not
                // cut past the entries others wrote since this instance's last look (MaxEntries well above one turn's).
                if (!headCurrent && Interlocked.Read(ref head) < await FirstKeptAsync(cancellationToken) - 1) await FindEndAsync(cancellationToken);
                while (true)
                {
                    var sequence = Interlocked.Read(ref head) + 1;
                    Seen(sequence);
                    var entry = new ChangeEntry(sequence, ids, Instance, DateTimeOffset.UtcNow);
                    if (await StoredJson.PutIfAsync(store, StoreLayout.Change(sequence), entry, null, cancellationToken) is not null)
                    {
                        headCurrent = Interlocked.Read(ref head) == sequence;
                        return;
                    }
                    await FindEndAsync(cancellationToken); // another instance wrote this number, and maybe more after it
                }
            }
            catch
            {
                headCurrent = false;
                // Not written: the documents wait for the next turn, ahead of those written meanwhile.
                var later = new List<string>();
                while (waiting.TryDequeue(out var id)) later.Add(id);
                foreach (var id in ids.Concat(later)) waiting.Enqueue(id);
                throw;
            }
        }
        finally
        {
            appendLock.Release();
        }
    }

    /// <summary>The entry at <paramref name="sequence"/>, or null when it is not written yet.</summary>
    public async Task<ChangeEntry?> ReadAsync(long sequence, CancellationToken cancellationToken)
    {
        ChangeEntry? entry;
        try
        {
            entry = await StoredJson.ReadAsync<ChangeEntry>(store, StoreLayout.Change(sequence), cancellationToken);
        }
        catch
        {
            headCurrent = false;
            throw;
        }
        if (entry is not null) Seen(sequence);
        // Nothing after an entry seen: the end (a trim removes from the oldest up and keeps the newest). Nothing after
        // nothing seen says nothing: a position kept from an earlier run may lie below a trimmed feed.
        else if (sequence > 1 && sequence == Interlocked.Read(ref head) + 1) headCurrent = true;
        return entry;
    }

    private void Seen(long sequence)
    {
        long known;
        while ((known = Interlocked.Read(ref head)) < sequence && Interlocked.CompareExchange(ref head, sequence, known) != known) { }
    }
}
