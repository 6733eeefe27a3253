using System.Text.Json;
using Archive.Api.Documents;
using Archive.Api.Monitoring;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Ingest;

/// <summary>
/// The background work on documents (<see cref="IngestJob"/>), taken by <see cref="IngestWorkers"/>. Each job is kept in
/// the store while it waits or runs (<see cref="StoreLayout.Job"/>), so that a restart resumes it; the order lives in
/// memory.
/// </summary>
/// <remarks>
/// Fairness: a job is due at the time it was enqueued plus a wait that grows with the size of the document
/// (<see cref="IngestOptions.SizePenaltySeconds"/>), and the earliest due job is taken first. Small documents thus go
/// before a big one uploaded a little earlier, yet a big one is never starved; a scan's OCR comes back at the end of
/// the line after each turn, so the pages of several scans interleave with everything else.
/// </remarks>
public sealed class IngestQueue(IObjectStore store, IOptions<IngestOptions> options, TimeProvider time, ILogger<IngestQueue> logger)
    : IWorkQueueStatus
{
    private readonly object gate = new();
    private readonly PriorityQueue<IngestJob, (long Due, long Order)> waiting = new();
    private readonly HashSet<(string Id, string Kind)> known = [];
    private readonly HashSet<(string Id, string Kind)> kept = [];
    private readonly Dictionary<string, TaskCompletionSource> endings = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim arrived = new(0);
    private long order;
    private long lastProgressTicks = time.GetUtcNow().UtcTicks;

    public string Name => "ingest";

    public int Length
    {
        get { lock (gate) return waiting.Count; }
    }

    /// <summary>True when no job waits or runs.</summary>
    public bool IsEmpty
    {
        get { lock (gate) return known.Count == 0; }
    }

    public DateTimeOffset LastProgressAt => new(Interlocked.Read(ref lastProgressTicks), TimeSpan.Zero);

    /// <summary>True when the document has a job waiting or running, of any kind.</summary>
    public bool Has(string id)
    {
        lock (gate) return HasLocked(id);
    }

    private bool HasLocked(string id) => known.Any(k => k.Id == id);

    /// <summary>
    /// Completes once the document has no job waiting or running (at once when it has none): who must not act while
    /// the document is being read (a new version) waits for this instead of polling <see cref="Has"/>.
    /// </summary>
    public Task EndedAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!HasLocked(id)) return Task.CompletedTask;
            if (!endings.TryGetValue(id, out var ending))
                endings[id] = ending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return ending.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Adds <paramref name="job"/> (nothing when the same job is already there). It is taken even when the store is
    /// unreachable at this moment: the document's record says "pending", which a restart finds as well.
    /// </summary>
    /// <param name="keep">
    /// False when the document's stored record already says the work is owed (a pending record, which the start-up
    /// repair queues again): the job is then not written to the store, sparing an upload a store write and a delete.
    /// </param>
    public async Task EnqueueAsync(IngestJob job, CancellationToken cancellationToken, bool keep = true)
    {
        if (!Add(job, job.EnqueuedAt)) return;
        if (!keep) return;
        try
        {
            await StoredJson.WriteAsync(store, StoreLayout.Job(job.Kind, job.Id), job, cancellationToken);
            lock (gate) kept.Add((job.Id, job.Kind));
        }
        catch (StoreOutageException e)
        {
            logger.LogWarning(e, "The job {Kind} of document {Id} was not kept in the store; it runs from memory", job.Kind, job.Id);
        }
    }

    /// <summary>Takes back every job kept in the store (at start, before the workers run).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListAsync(StoreLayout.JobPrefix, cancellationToken))
        {
            try
            {
                if (await StoredJson.ReadAsync<IngestJob>(store, key, cancellationToken) is { } job)
                {
                    Add(job, job.EnqueuedAt);
                    lock (gate) kept.Add((job.Id, job.Kind));
                }
            }
            catch (JsonException e)
            {
                logger.LogError(e, "Unreadable job {Key}; removed (the document's pending record brings it back)", key);
                await store.DeleteAsync(key, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The next due job; waits for one. With <paramref name="untilEmpty"/>, null once no job waits or runs (a command
    /// that works the queue to its end).
    /// </summary>
    public async Task<IngestJob?> TakeAsync(bool untilEmpty, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow().UtcTicks;
                if (waiting.TryPeek(out var job, out var due) && due.Due <= now)
                {
                    waiting.Dequeue();
                    Progressed();
                    return job;
                }
                if (untilEmpty && known.Count == 0) return null;
                // A job due later (a retry after a store outage, a big document) wakes us by itself.
                wait = waiting.Count > 0 ? TimeSpan.FromTicks(Math.Min(due.Due - now, TimeSpan.TicksPerSecond)) : TimeSpan.FromSeconds(1);
            }
            await arrived.WaitAsync(wait, cancellationToken);
        }
    }

    /// <summary>The job ran to its end (or was given up): it leaves the store and the queue.</summary>
    public async Task CompleteAsync(IngestJob job, CancellationToken cancellationToken)
    {
        bool wasKept;
        lock (gate) wasKept = kept.Contains((job.Id, job.Kind));
        if (wasKept) await store.DeleteAsync(StoreLayout.Job(job.Kind, job.Id), cancellationToken);
        lock (gate)
        {
            known.Remove((job.Id, job.Kind));
            kept.Remove((job.Id, job.Kind));
            if (!HasLocked(job.Id) && endings.Remove(job.Id, out var ending)) ending.SetResult();
        }
        Progressed();
        arrived.Release();
    }

    /// <summary>The job is taken again after <paramref name="delay"/> (zero: at the end of the line, as a new one).</summary>
    public void Again(IngestJob job, TimeSpan delay)
    {
        lock (gate) waiting.Enqueue(job, (time.GetUtcNow().Add(delay).UtcTicks, order++));
        arrived.Release();
    }

    /// <summary>A worker moved: a long document is slow, not stuck.</summary>
    public void Progressed() => Interlocked.Exchange(ref lastProgressTicks, time.GetUtcNow().UtcTicks);

    private bool Add(IngestJob job, DateTimeOffset enqueuedAt)
    {
        lock (gate)
        {
            if (!known.Add((job.Id, job.Kind))) return false;
            // Work arriving at an idle queue starts the clock: a queue that was merely empty is not stuck.
            if (waiting.Count == 0) Progressed();
            waiting.Enqueue(job, (enqueuedAt.Add(SizeWait(job.Size)).UtcTicks, order++));
        }
        arrived.Release();
        return true;
    }

    private TimeSpan SizeWait(long size)
    {
        const double oneMegabyte = 1024 * 1024;
        var doublings = size <= oneMegabyte ? 0 : Math.Log2(size / oneMegabyte);
        return TimeSpan.FromSeconds(options.Value.SizePenaltySeconds * doublings);
    }
}
