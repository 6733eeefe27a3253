using Archive.Api.Ingest;

namespace Archive.Api.Tests.Ingest;

/// <summary>How many jobs the workers run at once: small documents' reads in half a worker, everything else in a whole one.</summary>
public sealed class WorkerSlotsTests
{
    private const long OneMegabyte = 1024 * 1024;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static IngestJob Job(string id, long size, string kind = IngestJob.Read) => new(id, kind, size, DateTimeOffset.UtcNow);

    /// <summary>The slot for <paramref name="job"/> as the workers' loop takes it: a half first, then what the job needs.</summary>
    private static async Task<WorkerSlots.Slot> TakeAsync(WorkerSlots slots, IngestJob job)
    {
        using var timeout = new CancellationTokenSource(Generous);
        var slot = await slots.WaitAsync(timeout.Token);
        await slots.FitAsync(slot, job, timeout.Token);
        return slot;
    }

    /// <summary>True when <paramref name="task"/> is still waiting after a short while (it can only wait for a slot).</summary>
    private static async Task<bool> StillWaitingAsync(Task task)
    {
        await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(300)));
        return !task.IsCompleted;
    }

    [Fact]
    public async Task One_worker_reads_two_small_text_documents_at_once_and_a_third_waits_for_one_of_them()
    {
        var slots = new WorkerSlots(workers: 1, smallDocumentBytes: OneMegabyte);

        var first = await TakeAsync(slots, Job("cong-van-1", 20_000));
        await TakeAsync(slots, Job("cong-van-2", 38_000));
        var third = TakeAsync(slots, Job("cong-van-3", 25_000));

        Assert.True(await StillWaitingAsync(third));
        first.Leave();
        await third.WaitAsync(Generous);
    }

    [Fact]
    public async Task A_big_document_or_a_scans_turn_takes_a_whole_worker_and_waits_until_both_small_reads_leave_it()
    {
        var slots = new WorkerSlots(workers: 1, smallDocumentBytes: OneMegabyte);
        var first = await TakeAsync(slots, Job("cong-van-1", 20_000));
        var second = await TakeAsync(slots, Job("cong-van-2", 20_000));

        var big = TakeAsync(slots, Job("bao-cao-lon", 3 * OneMegabyte));
        first.Leave();
        Assert.True(await StillWaitingAsync(big));
        second.Leave();
        var bigSlot = await big.WaitAsync(Generous);
        Assert.Equal(0, slots.FreeHalves);

        bigSlot.Leave();
        var scan = await TakeAsync(slots, Job("ban-quet", 50_000, IngestJob.Recognize));
        Assert.Equal(0, slots.FreeHalves);
        scan.Leave();
        Assert.Equal(2, slots.FreeHalves);
    }

    [Fact]
    public async Task A_slot_left_twice_gives_its_halves_back_once()
    {
        var slots = new WorkerSlots(workers: 2, smallDocumentBytes: OneMegabyte);
        var small = await TakeAsync(slots, Job("cong-van", 20_000));
        var big = await TakeAsync(slots, Job("bao-cao-lon", 3 * OneMegabyte));
        Assert.Equal(1, slots.FreeHalves);

        small.Leave();
        small.Leave();
        big.Leave();
        big.Leave();

        Assert.Equal(4, slots.FreeHalves);
    }
}
