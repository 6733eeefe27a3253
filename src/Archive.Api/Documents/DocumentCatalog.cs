using System.Collections.Concurrent;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// The document records: kept in the store (<see cref="StoreLayout.Meta"/>, the system of record) and in memory for
/// listing and lookups. Every change goes through <see cref="UpdateAsync"/>, the one writer: a per-id lock in the
/// process and a conditional write in the store, so two writers (the pipeline and a publication, or two instances)
/// never overwrite each other's change.
/// </summary>
/// <remarks>
/// Each write is announced on <see cref="Changed"/>, which maintained lookups follow.
/// </remarks>
public sealed class DocumentCatalog(IObjectStore store, ILogger<DocumentCatalog> logger)
{
    private sealed record Entry(DocumentRecord Record, string Version);

    private readonly ConcurrentDictionary<string, Entry> records = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim[] idLocks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly NewestFirst order = new();
    private readonly FileHashIndex files = new();

    /// <summary>A record was written or re-read: the one before (null when new) and the one now.</summary>
    public event Action<DocumentRecord?, DocumentRecord>? Changed;

    /// <summary>This process wrote a record (not re-read one another wrote): what the change feed tells other instances.</summary>
    public event Action<string>? Written;

    /// <summary>A destroyed document left memory (<see cref="Forget"/>); maintained lookups drop it.</summary>
    public event Action<string>? Forgotten;

    public int Count => records.Count;

    public DocumentRecord? Find(string id) => records.GetValueOrDefault(id)?.Record;

    public IEnumerable<DocumentRecord> All => records.Values.Select(e => e.Record);

    /// <summary>
    /// A document other than <paramref name="except"/> one of whose versions (current or former) has the bytes whose
    /// SHA-256 is <paramref name="sha256"/>, or null: "one file, one record".
    /// </summary>
    public DocumentRecord? HolderOf(string sha256, string? except = null) =>
        files.HoldersOf(sha256).Where(id => id != except).Select(Find).OfType<DocumentRecord>().MinBy(r => r.Id, StringComparer.Ordinal);

    /// <summary>A page of the documents that pass <paramref name="filter"/> (all when null), newest first.</summary>
    public (int Total, IReadOnlyList<DocumentRecord> Items) Page(int page, int pageSize, Func<DocumentRecord, bool>? filter = null)
    {
        // In long: page 2,147,483,647 of 100 wraps an int to a negative skip, which would answer the first page again.
        var skip = (int)Math.Min(int.MaxValue, (page - 1L) * pageSize);
        if (filter is null)
            return (order.Count, order.Take(skip, pageSize).Select(Find).OfType<DocumentRecord>().ToList());
        var items = new List<DocumentRecord>(pageSize);
        var total = 0;
        foreach (var id in order.All())
        {
            if (Find(id) is not { } record || !filter(record)) continue;
            if (total++ >= skip && items.Count < pageSize) items.Add(record);
        }
        return (total, items);
    }

    /// <summary>
    /// Stores a new record unless one with its id exists (in this process or written by another): returns the record
    /// now stored and whether it is the one given.
    /// </summary>
    public async Task<(DocumentRecord Record, bool Created)> CreateAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        using (await LockAsync(record.Id, cancellationToken))
        {
            if (Find(record.Id) is { } known) return (known, false);
            if (await StoredJson.PutIfAsync(store, StoreLayout.Meta(record.Id), record, null, cancellationToken) is { } version)
            {
                Publish(null, record, version);
                return (record, true);
            }
            var existing = await ReloadLockedAsync(record.Id, cancellationToken);
            return (existing ?? record, false);
        }
    }

    private const int MaxWriteAttempts = 50;

    /// <summary>
    /// The one way to change a stored record: <paramref name="change"/> gets the current record and returns the new
    /// one (or the same, or null, to change nothing). When someone else wrote the record meanwhile, the current one is
    /// read again and <paramref name="change"/> runs again on it, so it must be a function of its argument only.
    /// Returns the record as stored afterwards; null when there is no such record.
    /// </summary>
    public async Task<DocumentRecord?> UpdateAsync(string id, Func<DocumentRecord, DocumentRecord?> change, CancellationToken cancellationToken)
    {
        using (await LockAsync(id, cancellationToken))
        {
            var entry = records.GetValueOrDefault(id);
            if (entry is null && await ReloadLockedAsync(id, cancellationToken) is not null) entry = records.GetValueOrDefault(id);
            for (var attempt = 1; entry is not null; attempt++)
            {
                // A store that refuses every write (a broken condition on the server) must fail the change, not spin.
                if (attempt > MaxWriteAttempts)
                    throw new InvalidOperationException($"The record {id} was refused {MaxWriteAttempts} times by the store's version check.");
                var changed = change(entry.Record);
                if (changed is null || Same(changed, entry.Record)) return entry.Record;
                if (await StoredJson.PutIfAsync(store, StoreLayout.Meta(id), changed, entry.Version, cancellationToken) is { } version)
                {
                    Publish(entry.Record, changed, version);
                    return changed;
                }
                // Written by another process since we read it: read it again and apply the change to that.
                await ReloadLockedAsync(id, cancellationToken);
                entry = records.GetValueOrDefault(id);
            }
            return null;
        }
    }

    /// <summary>Reads one record again from the store (someone else, an operator command, may have changed it).</summary>
    public async Task<DocumentRecord?> ReloadAsync(string id, CancellationToken cancellationToken)
    {
        using (await LockAsync(id, cancellationToken))
            return await ReloadLockedAsync(id, cancellationToken);
    }

    /// <summary>
    /// Destroys a document (Records.DocumentDestruction): <paramref name="destroy"/> removes its objects from the store
    /// under the document's lock, so no writer puts its record back meanwhile; then memory forgets it and the change
    /// feed announces it, so other instances over the store drop it from their index and lookups (ChangeFollower).
    /// </summary>
    public async Task RemoveAsync(string id, Func<CancellationToken, Task> destroy, CancellationToken cancellationToken)
    {
        using (await LockAsync(id, cancellationToken))
        {
            await destroy(cancellationToken);
            Forget(id);
        }
        Written?.Invoke(id);
    }

    /// <summary>Drops a document whose objects are gone from the store from memory (destroyed here or by another instance).</summary>
    public void Forget(string id)
    {
        if (!records.TryRemove(id, out var entry)) return;
        order.Remove(entry.Record);
        files.Set(entry.Record, null);
        Forgotten?.Invoke(id);
    }


    /// <summary>
    /// Reads every record from the store (a start without a usable snapshot, or an instance that fell behind the change
    /// feed); records gone from the store are forgotten. A record that cannot be read is logged and skipped, never deleted.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        // While serving (an instance that fell behind the feed), writers run meanwhile: each record is read again under
        // its lock and announced as a reload is, and only records known before the listing and confirmed gone are forgotten.
        var serving = !records.IsEmpty;
        var known = records.Keys.ToHashSet(StringComparer.Ordinal);
        var keys = new List<(string Key, string Id)>();
        await foreach (var key in store.ListAsync(StoreLayout.Prefix, cancellationToken))
            if (StoreLayout.RecordId(key) is { } id) keys.Add((key, id));
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        // Many small reads: a few at a time, which an S3 server answers much faster than one by one.
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (listed, ct) =>
        {
            var (key, id) = listed;
            seen[id] = true;
            try
            {
                if (serving)
                {
                    using (await LockAsync(id, ct)) await ReloadLockedAsync(id, ct);
                    return;
                }
                if (await StoredJson.ReadVersionedAsync<DocumentRecord>(store, key, ct) is not { } stored) return;
                Remember(stored.Value, stored.Version);
            }
            catch (JsonException e)
            {
                logger.LogError(e, "Unreadable document record {Key}; left as it is in the store", key);
            }
        });
        foreach (var id in known.Where(id => !seen.ContainsKey(id)))
        {
            using (await LockAsync(id, cancellationToken))
                if (await store.StatAsync(StoreLayout.Meta(id), cancellationToken) is null) Forget(id);
        }
        logger.LogInformation("Loaded {Count} document records from the store", records.Count);
    }

    /// <summary>Every record with the version it has in the store: what a catalog snapshot keeps.</summary>
    public IReadOnlyList<(DocumentRecord Record, string Version)> Versions() => records.Values.Select(e => (e.Record, e.Version)).ToList();

    /// <summary>Takes records and their store versions from a catalog snapshot instead of reading each from the store.</summary>
    public void Restore(IEnumerable<(DocumentRecord Record, string Version)> stored)
    {
        foreach (var (record, version) in stored) Remember(record, version);
        logger.LogInformation("Loaded {Count} document records from the catalog snapshot", records.Count);
    }

    private async Task<DocumentRecord?> ReloadLockedAsync(string id, CancellationToken cancellationToken)
    {
        if (await StoredJson.ReadVersionedAsync<DocumentRecord>(store, StoreLayout.Meta(id), cancellationToken) is not { } stored) return null;
        var before = Find(id);
        Remember(stored.Value, stored.Version);
        if (before is null || !Same(before, stored.Value)) Announce(before, stored.Value);
        return stored.Value;
    }

    private void Publish(DocumentRecord? before, DocumentRecord after, string version)
    {
        Remember(after, version);
        Announce(before, after);
        Written?.Invoke(after.Id);
    }

    private void Remember(DocumentRecord record, string version)
    {
        var before = records.GetValueOrDefault(record.Id)?.Record;
        records[record.Id] = new Entry(record, version);
        order.Set(before, record);
        files.Set(before, record);
    }

    private void Announce(DocumentRecord? before, DocumentRecord after)
    {
        if (Changed is not { } changed) return;
        // Each lookup on its own: one that throws must not keep the ones after it (the public addresses behind the
        // citations) from following, as a single invocation of the whole list would.
        foreach (var follow in changed.GetInvocationList().Cast<Action<DocumentRecord?, DocumentRecord>>())
        {
            try
            {
                follow(before, after);
            }
            catch (Exception e)
            {
                // The record is stored; a lookup that failed to follow is rebuilt at the next start.
                logger.LogError(e, "A lookup ({Lookup}) failed to follow the change of document {Id}", follow.Method.DeclaringType?.Name, after.Id);
            }
        }
    }

    private static bool Same(DocumentRecord a, DocumentRecord b) =>
        ReferenceEquals(a, b) || StoredJson.Bytes(a).AsSpan().SequenceEqual(StoredJson.Bytes(b));

    private async Task<IDisposable> LockAsync(string id, CancellationToken cancellationToken)
    {
        var stripe = idLocks[(uint)StringComparer.Ordinal.GetHashCode(id) % (uint)idLocks.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private SemaphoreSlim? held = stripe;
        public void Dispose() => Interlocked.Exchange(ref held, null)?.Release();
    }
}
