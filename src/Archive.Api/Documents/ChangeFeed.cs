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

    public ChangeFeed(IObjectStore store, DocumentCatalog catalog)
    {
        this.store = store;
        catalog.Written += waiting.Enqueue;
    }

    /// <summary>This run of this instance, as its entries say: entries it wrote itself are not news to it.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Whether records written here still wait to be announced.</summary>
    public bool HasWaiting => !waiting.IsEmpty;

    /// <summary>Finds the last entry written without listing the feed: numbers are dense, so probe 1, 2, 4, … then halve.</summary>
    public async Task<long> FindEndAsync(CancellationToken cancellationToken)
    {
        long low = 0, high = Math.Max(1, Interlocked.Read(ref head));
        if (high > 1 && await store.StatAsync(StoreLayout.Change(high), cancellationToken) is null) high = 1;
        else if (high > 1) low = high;
        while (await store.StatAsync(StoreLayout.Change(high), cancellationToken) is not null)
        {
            low = high;
            high *= 2;
        }
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (await store.StatAsync(StoreLayout.Change(middle), cancellationToken) is not null) low = middle;
            else high = middle;
        }
        Seen(low);
        return low;
    }

    /// <summary>Writes one entry naming the records written here since the last call; when the store refuses it they wait.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (waiting.IsEmpty) return;
        await appendLock.WaitAsync(cancellationToken);
        try
        {
            var ids = new List<string>();
            var named = new HashSet<string>(StringComparer.Ordinal);
            while (waiting.TryDequeue(out var id))
                if (named.Add(id)) ids.Add(id);
            try
            {
                while (true)
                {
                    var sequence = Interlocked.Read(ref head) + 1;
                    Seen(sequence);
                    var entry = new ChangeEntry(sequence, ids, Instance, DateTimeOffset.UtcNow);
                    if (await StoredJson.PutIfAsync(store, StoreLayout.Change(sequence), entry, null, cancellationToken) is not null) return;
                    await FindEndAsync(cancellationToken); // another instance wrote this number, and maybe more after it
                }
            }
            catch
            {
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
        var entry = await StoredJson.ReadAsync<ChangeEntry>(store, StoreLayout.Change(sequence), cancellationToken);
        if (entry is not null) Seen(sequence);
        return entry;
    }

    private void Seen(long sequence)
    {
        long known;
        while ((known = Interlocked.Read(ref head)) < sequence && Interlocked.CompareExchange(ref head, sequence, known) != known) { }
    }
}
