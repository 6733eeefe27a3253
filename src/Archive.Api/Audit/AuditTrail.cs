using Archive.Api.Documents;
using Archive.Api.Monitoring;
using System.Text;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>
/// The append-only, sealed and chained audit trail in the object store: one object per entry
/// (<c>audit/000000000123.json</c>) so an append never rewrites anything. Appends are serialized; the
/// chain's tail is kept in memory (loaded at start), so a tail removed while the service runs is noticed.
/// </summary>
/// <remarks>
/// <para>Entries are sealed with a key kept outside the archive (<see cref="AuditSeal"/>) and the chain head is
/// anchored there at intervals (<see cref="CheckpointAsync"/>, <see cref="AuditAnchor"/>): rewriting the
/// store alone can neither forge an entry nor hide a removed one.</para>
/// <para>An entry the store cannot take (down, full) is never lost and never fails the request that caused
/// it: it waits, on disk outside the store (<see cref="AuditSpool"/>), and is written in order once the
/// store is back (<see cref="FlushPendingAsync"/>, retried by <see cref="AuditUpkeep"/>). An operator command
/// may append beside the running service: an append that finds its sequence taken follows the chain to its
/// new end first.</para>
/// </remarks>
public sealed class AuditTrail(IObjectStore store, AuditSeal seal, AuditAnchor anchor, AuditSpool spool, AuditRetention retention, ILogger<AuditTrail> logger)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly SemaphoreSlim appendLock = new(1, 1);
    private readonly List<Pending> pending = [];
    private long lastSequence;
    private string lastHash = Genesis;
    private long lastCheckpoint;
    private volatile bool storeRefused;

    private sealed record Pending(AuditEntry Draft, string? SpoolPath);

    /// <summary>The last entry written to the store.</summary>
    public long Count => Interlocked.Read(ref lastSequence);

    /// <summary>Entries recorded but not in the store yet (it was down or full).</summary>
    public int PendingCount { get { lock (pending) return pending.Count; } }

    /// <summary>Finds the end of the chain (the highest sequence) and its hash; takes up entries kept from an outage.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        string? lastKey = null;
        await foreach (var key in store.ListAsync(StoreLayout.AuditPrefix, cancellationToken)) lastKey = key;
        if (lastKey is not null && await ReadEntryAsync(store, lastKey, cancellationToken) is { } last)
        {
            lastSequence = last.Sequence;
            lastHash = last.Hash;
            logger.LogInformation("Audit trail ends at entry {Sequence}", lastSequence);
        }
        var anchored = (await anchor.ReadAllAsync(cancellationToken)).OfType<AuditCheckpoint>().Select(c => c.Sequence).DefaultIfEmpty(0).Max();
        lastCheckpoint = Math.Min(anchored, lastSequence);
        if (anchored > lastSequence)
            logger.LogError("The audit trail ends at entry {Sequence} but a checkpoint anchored entry {Anchored}: entries were removed; run verify", lastSequence, anchored);

        var kept = spool.Load();
        if (kept.Count == 0) return;
        lock (pending) pending.AddRange(kept.Select(k => new Pending(k.Draft, k.Path)));
        logger.LogWarning("{Count} audit entries kept during a store outage are written now", kept.Count);
        await FlushPendingAsync(cancellationToken);
    }

    /// <summary>
    /// Records what happened. Returns once the entry is in the store, or, when the store is down or full, once it
    /// is kept aside to be written later: recording never fails the request it belongs to.
    /// </summary>
    public async Task AppendAsync(AuditActor actor, string action, string? documentId, string? details, CancellationToken cancellationToken = default)
    {
        var draft = new AuditEntry
        {
            Sequence = 0,
            At = DateTimeOffset.UtcNow,
            User = actor.User,
            Role = actor.Role,
            Action = action,
            DocumentId = documentId,
            RemoteIp = actor.RemoteIp,
            Details = details?.Normalize(NormalizationForm.FormC),
            PreviousHash = "",
        };
        lock (pending) pending.Add(new Pending(draft, null));
        if (documentId is null) ArchiveLog.AuditedArchive(logger, action, actor.User);
        else ArchiveLog.Audited(logger, documentId, action, actor.User);
        if (storeRefused)
        {
            // During an outage requests do not wait for the store: the entry waits on disk, AuditUpkeep retries.
            KeepAside();
            return;
        }
        // Not cancellable once asked for: an entry half-decided is worse than a slow request.
        await appendLock.WaitAsync(CancellationToken.None);
        try
        {
            if (!await FlushLockedAsync()) KeepAside();
        }
        finally
        {
            appendLock.Release();
        }
    }

    /// <summary>Writes entries kept during an outage, in order; false while the store still refuses them.</summary>
    public async Task<bool> FlushPendingAsync(CancellationToken cancellationToken = default)
    {
        if (PendingCount == 0) return true;
        await appendLock.WaitAsync(cancellationToken);
        try
        {
            return await FlushLockedAsync();
        }
        finally
        {
            appendLock.Release();
        }
    }

    /// <summary>Anchors the chain head outside the archive, when it moved since the last checkpoint.</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        await appendLock.WaitAsync(cancellationToken);
        try
        {
            if (lastSequence == 0 || lastSequence == lastCheckpoint) return;
            await anchor.AppendAsync(AuditCheckpoint.Create(seal, lastSequence, lastHash, DateTimeOffset.UtcNow), cancellationToken);
            lastCheckpoint = lastSequence;
        }
        finally
        {
            appendLock.Release();
        }
    }

    private async Task<bool> FlushLockedAsync()
    {
        while (true)
        {
            Pending next;
            lock (pending)
            {
                if (pending.Count == 0)
                {
                    storeRefused = false;
                    return true;
                }
                next = pending[0];
            }
            var entry = seal.Seal(next.Draft, lastSequence + 1, lastHash);
            try
            {
                // Create-only: an entry number is never written twice. Someone else (an operator command, another
                // instance) wrote this sequence: follow the chain to its end, then seal again.
                if (await store.PutIfAsync(StoreLayout.AuditEntry(entry.Sequence), JsonSerializer.SerializeToUtf8Bytes(entry, Stored),
                        "application/json", null, CancellationToken.None) is null)
                {
                    await CatchUpAsync();
                    continue;
                }
            }
            catch (Exception e)
            {
                if (!storeRefused)
                    logger.LogWarning(e, "The store did not take audit entry {Sequence}; it is kept and written when the store is back", entry.Sequence);
                storeRefused = true;
                return false;
            }
            lastSequence = entry.Sequence;
            lastHash = entry.Hash;
            string? kept;
            lock (pending)
            {
                kept = pending[0].SpoolPath; // KeepAside may have put it on disk meanwhile
                pending.RemoveAt(0);
            }
            if (kept is not null) AuditSpool.Remove(kept);
            await retention.ProtectAsync(StoreLayout.AuditEntry(entry.Sequence));
        }
    }

    private async Task CatchUpAsync()
    {
        while (await ReadEntryAsync(store, StoreLayout.AuditEntry(lastSequence + 1), CancellationToken.None) is { } written)
        {
            lastSequence = written.Sequence;
            lastHash = written.Hash;
        }
    }

    // Entries the store refused wait on disk outside it, so that a restart during the outage keeps them too.
    private void KeepAside()
    {
        lock (pending)
        {
            for (var i = 0; i < pending.Count; i++)
            {
                if (pending[i].SpoolPath is not null) continue;
                try
                {
                    pending[i] = pending[i] with { SpoolPath = spool.Save(pending[i].Draft) };
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.LogError(e, "An audit entry could not be kept on disk either; it waits in memory");
                }
            }
        }
    }

    /// <summary>Entries in order, filtered; unreadable entries are skipped here (verify reports them).</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in store.ListAsync(StoreLayout.AuditPrefix, cancellationToken))
        {
            AuditEntry? entry;
            try { entry = await ReadEntryAsync(store, key, cancellationToken); }
            catch (JsonException) { continue; }
            if (entry is not null && query.Matches(entry)) yield return entry;
        }
    }

    /// <summary>
    /// Entries newest first, filtered, read backwards from the chain's head one entry at a time, so that a page of the
    /// latest entries costs a page of reads, not the whole trail. The walk stops at the first entry the store took
    /// before <see cref="AuditQuery.From"/> (with a day's slack for clocks): every entry further back was written
    /// earlier still, and an entry's time is never later than its writing. An entry's own time is not enough to stop
    /// at: one kept aside during a store outage is written days after it happened, after entries an operator command or
    /// another instance wrote meanwhile, and those may still match.
    /// </summary>
    public async IAsyncEnumerable<AuditEntry> ReadNewestFirstAsync(AuditQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The head as the store has it: an operator command or another instance may have appended beside this one
        // since its own last entry (one look past it per entry they wrote).
        // Where the walk may stop: a day before the date asked from (none for a date at the calendar's start).
        var stopBefore = query.From is { } from && from > DateTimeOffset.MinValue + FromSlack ? from - FromSlack : (DateTimeOffset?)null;
        var head = Count;
        while (await store.StatAsync(StoreLayout.AuditEntry(head + 1), cancellationToken) is not null) head++;
        for (var sequence = head; sequence >= 1; sequence--)
        {
            AuditEntry? entry;
            try { entry = await ReadEntryAsync(store, StoreLayout.AuditEntry(sequence), cancellationToken); }
            catch (JsonException) { continue; }
            if (entry is null) continue;
            if (stopBefore is { } stop && entry.At < stop && await WrittenBeforeAsync(sequence, stop, cancellationToken)) yield break;
            if (query.Matches(entry)) yield return entry;
        }
    }

    /// <summary>How far the store's clock and the service's may disagree when the walk decides where to stop.</summary>
    private static readonly TimeSpan FromSlack = TimeSpan.FromDays(1);

    /// <summary>Whether the store took entry <paramref name="sequence"/> before <paramref name="moment"/> (its object's time).</summary>
    private async Task<bool> WrittenBeforeAsync(long sequence, DateTimeOffset moment, CancellationToken cancellationToken) =>
        await store.StatAsync(StoreLayout.AuditEntry(sequence), cancellationToken) is { } written && written.LastModified < moment;

    /// <summary>Walks the whole chain against the key and the anchored checkpoints (<see cref="AuditChainCheck"/>).</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        new AuditChainCheck(store, seal, anchor).VerifyAsync(Count, cancellationToken);

    internal static async Task<AuditEntry?> ReadEntryAsync(IObjectStore store, string key, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? null : await JsonSerializer.DeserializeAsync<AuditEntry>(stream, Stored, cancellationToken);
    }

    internal static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
