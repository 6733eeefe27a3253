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
/// returns every document is finished without a restart. Over a store shared by several instances a job runs under
/// the document's lease (<see cref="JobLeases"/>): a job another instance runs is looked at again when that lease ends.
/// </summary>
public sealed class IngestWorkers(
    IngestQueue queue,
    DocumentCatalog catalog,
    DocumentProcessor processor,
    ScanRecognition recognition,
    JobLeases leases,
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
    /// A worker is a slot (<see cref="WorkerSlots"/>: half of one for a small document): a job holds it while it reads its
    /// document and gives it back when only waiting is left (<see cref="IngestContext.LeaveWorker"/>: for searches to see
    /// it), so the next document is read meanwhile and one index reopen serves several documents.
    /// </summary>
    private async Task RunAsync(bool untilEmpty, CancellationToken cancellationToken)
    {
        var slots = new WorkerSlots(options.Value.Workers, options.Value.SmallDocumentBytes);
        var running = new ConcurrentDictionary<Task, bool>();
        try
        {
            while (true)
            {
                var slot = await slots.WaitAsync(cancellationToken);
                // Taken, the slot goes with the job; at the end of a drain it is given back here.
                var job = await queue.TakeAsync(untilEmpty, cancellationToken);
                if (job is null)
                {
                    slot.Leave();
                    break;
                }
                await slots.FitAsync(slot, job, cancellationToken);
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

    private async Task WorkAsync(IngestJob job, WorkerSlots.Slot slot, CancellationToken stoppingToken)
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
        JobLeases.HeldLease? lease = null;
        try
        {
            // A read of a document finished meanwhile (here, or by another instance) has nothing left to do: no lease for it.
            if (Done(job))
            {
                await queue.CompleteAsync(job, stoppingToken);
                return;
            }
            if (leases.Enabled)
            {
                var heldUntil = DateTimeOffset.MinValue;
                lease = await leases.TakeAsync(job.Id, stoppingToken, until => heldUntil = until);
                if (lease is null)
                {
                    // Another instance runs it: looked at again once its lease ends (done by then, or its holder died).
                    queue.Again(job, heldUntil - time.GetUtcNow() + TimeSpan.FromSeconds(0.5));
                    return;
                }
                // The record as the store has it now: another instance may have finished it or moved its OCR on.
                await catalog.ReloadAsync(job.Id, stoppingToken);
                if (Done(job))
                {
                    await queue.CompleteAsync(job, stoppingToken);
                    return;
                }
                lease.Lost.Register(timeout.Cancel);
            }
            logger.LogInformation("Job {Kind} of document {Id} started", job.Kind, job.Id);
            timeout.CancelAfter(budget);
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
        catch (Exception) when (lease is { Lost.IsCancellationRequested: true })
        {
            // Whatever ended the job (its cancellation, or the grace period of work that ignores it): not a budget
            // overrun to mark the document failed for, since the other instance's read may already have succeeded.
            // Another instance took the job over (this one could not renew its lease): left to it, looked at again later.
            queue.Again(job, TimeSpan.FromSeconds(options.Value.LeaseSeconds));
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
        finally
        {
            if (lease is not null) await lease.DisposeAsync();
        }
    }

    private bool Done(IngestJob job) => job.Kind == IngestJob.Read && catalog.Find(job.Id) is not { TextStatus: TextStatuses.Pending };

    private async Task<bool> RunJobAsync(IngestJob job, Action leaveWorker, CancellationToken cancellationToken)
    {
        var record = catalog.Find(job.Id);
        // A scan whose OCR is under way goes on with its pages, whichever job brought it here: a read learnt from another
        // instance (ChangeFollower) must not start the document again.
        if (job.Kind == IngestJob.Recognize || record is { TextStatus: TextStatuses.Pending, Ocr: not null })
            return await recognition.RecognizeTurnAsync(job.Id, cancellationToken);
        // A job on a document finished meanwhile (or deleted) has nothing left to do.
        if (record is { TextStatus: TextStatuses.Pending }) await processor.ProcessAsync(record, cancellationToken, leaveWorker);
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
