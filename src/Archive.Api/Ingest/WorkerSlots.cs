namespace Archive.Api.Ingest;

/// <summary>
/// The workers' turns (<see cref="IngestOptions.Workers"/>), counted in halves: a read of a small document
/// (<see cref="IngestOptions.SmallDocumentBytes"/>) takes one half, any other job (a big document, a turn of OCR) a
/// whole worker. A small text document spends about half of its read waiting for the store's durable writes (its
/// text, structure and citations, each fsync'ed) and for the index's one in-memory segment: with whole workers, 2
/// workers kept one of the machine's two cores busy under four uploading clients, the other documents waiting in the
/// queue. Converters and OCR, which keep a core busy, still run at most <see cref="IngestOptions.Workers"/> at once.
/// </summary>
/// <remarks>
/// One loop takes the turns (<see cref="IngestWorkers"/>): it waits for a half before it takes a job (it does not
/// know the job yet), then for the second half when the job needs a whole worker. Only the loop waits, so a job
/// waiting for its second half is never starved by smaller ones taken after it.
/// </remarks>
public sealed class WorkerSlots(int workers, long smallDocumentBytes)
{
    private readonly SemaphoreSlim halves = new(Math.Max(1, workers) * 2);

    /// <summary>Halves free now (two a worker).</summary>
    public int FreeHalves => halves.CurrentCount;

    /// <summary>Waits for a free half, taken before the job is known.</summary>
    public async Task<Slot> WaitAsync(CancellationToken cancellationToken)
    {
        await halves.WaitAsync(cancellationToken);
        return new Slot(halves);
    }

    /// <summary>Whether <paramref name="job"/> runs in half a worker: a read of a document of at most <see cref="IngestOptions.SmallDocumentBytes"/>.</summary>
    public bool IsSmall(IngestJob job) => smallDocumentBytes > 0 && job.Kind == IngestJob.Read && job.Size <= smallDocumentBytes;

    /// <summary>Completes once <paramref name="slot"/> is big enough for <paramref name="job"/>: a job that is not small waits for the second half.</summary>
    public async Task FitAsync(Slot slot, IngestJob job, CancellationToken cancellationToken)
    {
        if (IsSmall(job)) return;
        await halves.WaitAsync(cancellationToken);
        slot.Grow();
    }

    /// <summary>A job's turn: given back once, whole (by the job when only waiting is left, or when it ends).</summary>
    public sealed class Slot(SemaphoreSlim halves)
    {
        private int held = 1;

        internal void Grow() => Interlocked.Increment(ref held);

        public void Leave()
        {
            var count = Interlocked.Exchange(ref held, 0);
            if (count > 0) halves.Release(count);
        }
    }
}
