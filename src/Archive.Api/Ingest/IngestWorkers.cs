using System.Collections.Concurrent;
using Archive.Api.Documents;
using Archive.Api.Monitoring;
using Archive.Api.Ocr;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Ingest;

/// <summary>
/// The workers that take jobs from the <see cref="IngestQueue"/> (<see cref="IngestOptions.Workers"/> of them), so an
/// upload is answered as soon as its original and record are stored. Each job has a time budget: a job over it, or one
/// that fails for good, marks its document failed with a reason a clerk can read, and the worker goes on. A store that
/// cannot be reached puts the job back for later (waiting longer each time, up to a minute), so when the store
/// returns every document is finished without a restart.
/// </summary>
public sealed class IngestWorkers(
    IngestQueue queue,
    DocumentCatalog catalog,
    DocumentProcessor processor,
    ScanRecognition recognition,
    IOptions<IngestOptions> options,
    ArchiveMetrics metrics,
    TimeProvider time,
    ILogger<IngestWorkers> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<(string Id, string Kind), int> failures = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(untilEmpty: false, stoppingToken);

    /// <summary>Works the queue to its end, for a command that runs without the hosted workers (reindex).</summary>
    public Task DrainAsync(CancellationToken cancellationToken) => RunAsync(untilEmpty: true, cancellationToken);

    /// <summary>
    /// A worker is a slot: a job holds one while it reads its document and gives it back when only waiting is left
    /// (<see cref="IngestContext.LeaveWorker"/>: for searches to see it), so the next document is read meanwhile and one
    /// index reopen serves several documents.
    /// </summary>
    private async Task RunAsync(bool untilEmpty, CancellationToken cancellationToken)
    {
        var slots = new SemaphoreSlim(options.Value.Workers);
        var running = new ConcurrentDictionary<Task, bool>();
        try
        {
            while (true)
            {
                await slots.WaitAsync(cancellationToken);
                var slot = new WorkerSlot(slots);
                // Taken, the slot goes with the job; at the end of a drain it is given back here.
                var job = await queue.TakeAsync(untilEmpty, cancellationToken);
                if (job is null)
                {
                    slot.Leave();
                    break;
                }
                metrics.JobTaken(job.Kind, time.GetUtcNow() - job.EnqueuedAt);
                var work = Task.Run(() => WorkAsync(job, slot, cancellationToken), CancellationToken.None);
                running.TryAdd(work, true);
                _ = work.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the jobs stay in the store (or their records stay pending) and are taken again at the next start.
        }
        try
        {
            await Task.WhenAll(running.Keys);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One worker's turn, given back once (by the job when only waiting is left, or when it ends).</summary>
    private sealed class WorkerSlot(SemaphoreSlim slots)
    {
        private int left;

        public void Leave()
        {
            if (Interlocked.Exchange(ref left, 1) == 0) slots.Release();
        }
    }

    private async Task WorkAsync(IngestJob job, WorkerSlot slot, CancellationToken stoppingToken)
    {
        try
        {
            await WorkAsync(job, slot.Leave, stoppingToken);
        }
        finally
        {
            slot.Leave();
        }
    }

    private async Task WorkAsync(IngestJob job, Action leaveWorker, CancellationToken stoppingToken)
    {
        var budget = TimeSpan.FromSeconds(options.Value.JobTimeoutSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(budget);
        try
        {
            // Work that does not listen to cancellation (a reader inside a library) is left behind after a grace period:
            // the worker must not be held by it.
            var done = await RunJobAsync(job, leaveWorker, timeout.Token).WaitAsync(budget + TimeSpan.FromSeconds(5), stoppingToken);
            if (done) await queue.CompleteAsync(job, stoppingToken);
            else queue.Again(job, TimeSpan.Zero);
            failures.TryRemove((job.Id, job.Kind), out _);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutException || e is OperationCanceledException && timeout.IsCancellationRequested)
        {
            logger.LogError("Job {Kind} of document {Id} exceeded its budget of {Seconds} s; the document is marked failed",
                job.Kind, job.Id, budget.TotalSeconds);
            // Vietnamese writes a decimal comma: "0,5 giây".
            var seconds = budget.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
            await GiveUpAsync(job, $"Đọc văn bản mất quá {seconds} giây nên đã dừng (tệp quá lớn hoặc quá phức tạp). " +
                                   "Tệp gốc vẫn được lưu nguyên vẹn và tải về được.", stoppingToken);
        }
        catch (Exception e)
        {
            // The store unreachable, or an attempt that failed and may be tried again (DocumentProcessor counts them).
            var delay = Backoff(job);
            logger.LogWarning(e, "Job {Kind} of document {Id} failed; taken again in {Seconds} s", job.Kind, job.Id, delay.TotalSeconds);
            queue.Again(job, delay);
        }
    }

    private async Task<bool> RunJobAsync(IngestJob job, Action leaveWorker, CancellationToken cancellationToken)
    {
        if (job.Kind == IngestJob.Recognize) return await recognition.RecognizeTurnAsync(job.Id, cancellationToken);
        // A job on a document finished meanwhile (or deleted) has nothing left to do.
        if (catalog.Find(job.Id) is { TextStatus: TextStatuses.Pending } record) await processor.ProcessAsync(record, cancellationToken, leaveWorker);
        return true;
    }

    private async Task GiveUpAsync(IngestJob job, string reason, CancellationToken stoppingToken)
    {
        try
        {
            await processor.FailAsync(job.Id, reason, stoppingToken);
            await queue.CompleteAsync(job, stoppingToken);
            failures.TryRemove((job.Id, job.Kind), out _);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Document {Id} could not be marked failed yet; tried again later", job.Id);
            queue.Again(job, Backoff(job));
        }
    }

    private TimeSpan Backoff(IngestJob job)
    {
        var failed = failures.AddOrUpdate((job.Id, job.Kind), 1, (_, n) => n + 1);
        return TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failed, 6))));
    }
}
