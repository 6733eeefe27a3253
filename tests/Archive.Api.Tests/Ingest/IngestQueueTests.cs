using Archive.Api.Documents;
using Archive.Api.Ingest;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests.Ingest;

/// <summary>The order in which background jobs are taken, and their keeping in the store, without the web host.</summary>
public sealed class IngestQueueTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "archive-queue-tests", Guid.NewGuid().ToString("N"));
    private readonly LocalFolderObjectStore store;

    public IngestQueueTests() => store = new LocalFolderObjectStore(folder);

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private IngestQueue NewQueue() =>
        new(store, Options.Create(new IngestOptions { SizePenaltySeconds = 60 }), TimeProvider.System, NullLogger<IngestQueue>.Instance);

    private static IngestJob Job(string id, long size, string kind = IngestJob.Read) =>
        new(id, kind, size, DateTimeOffset.UtcNow);

    private static async Task<string> TakeAsync(IngestQueue queue)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return (await queue.TakeAsync(untilEmpty: false, timeout.Token))!.Id;
    }

    [Fact]
    public async Task A_small_document_uploaded_after_a_big_one_is_read_first_and_the_big_one_still_comes()
    {
        var queue = NewQueue();
        await queue.EnqueueAsync(Job("bao-cao-lon", 3L * 1024 * 1024), CancellationToken.None);
        await queue.EnqueueAsync(Job("cong-van-nho", 20_000), CancellationToken.None);

        Assert.Equal("cong-van-nho", await TakeAsync(queue));
        Assert.Equal(1, queue.Length);
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        // The big one waits for its turn (about 95 s here), not for ever: it is still queued, not lost.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.TakeAsync(untilEmpty: false, soon.Token));
        Assert.True(queue.Has("bao-cao-lon"));
    }

    [Fact]
    public async Task A_scan_put_back_after_its_turn_goes_behind_the_work_that_arrived_meanwhile()
    {
        var queue = NewQueue();
        await queue.EnqueueAsync(Job("ban-quet-a", 50_000, IngestJob.Recognize), CancellationToken.None);
        await queue.EnqueueAsync(Job("ban-quet-b", 50_000, IngestJob.Recognize), CancellationToken.None);

        var first = await queue.TakeAsync(untilEmpty: false, CancellationToken.None);
        queue.Again(first!, TimeSpan.Zero);
        var second = await queue.TakeAsync(untilEmpty: false, CancellationToken.None);
        queue.Again(second!, TimeSpan.Zero);

        Assert.Equal(["ban-quet-a", "ban-quet-b", "ban-quet-a", "ban-quet-b"],
            [first!.Id, second!.Id, await TakeAsync(queue), await TakeAsync(queue)]);
    }

    [Fact]
    public async Task Jobs_kept_in_the_store_are_taken_again_after_a_restart_until_they_are_completed()
    {
        var before = NewQueue();
        await before.EnqueueAsync(Job("thong-bao", 1_000), CancellationToken.None);
        await before.EnqueueAsync(Job("ban-quet", 1_000, IngestJob.Recognize), CancellationToken.None);
        var done = await before.TakeAsync(untilEmpty: false, CancellationToken.None);
        await before.CompleteAsync(done!, CancellationToken.None);

        var after = NewQueue();
        await after.LoadAsync(CancellationToken.None);

        var again = await after.TakeAsync(untilEmpty: false, CancellationToken.None);
        Assert.Equal(("ban-quet", IngestJob.Recognize), (again!.Id, again.Kind));
        Assert.NotNull(await store.StatAsync(StoreLayout.Job(IngestJob.Recognize, "ban-quet")));
        await after.CompleteAsync(again, CancellationToken.None);
        Assert.Null(await store.StatAsync(StoreLayout.Job(IngestJob.Recognize, "ban-quet")));
        Assert.Null(await after.TakeAsync(untilEmpty: true, CancellationToken.None));
    }

    [Fact]
    public async Task A_job_its_record_already_owes_is_taken_without_a_store_write()
    {
        var queue = NewQueue();
        await queue.EnqueueAsync(Job("to-trinh", 1_000), CancellationToken.None, keep: false);

        Assert.Empty(await store.ListAsync(StoreLayout.JobPrefix).ToListAsync());
        var job = await TakeAsync(queue);
        Assert.Equal("to-trinh", job);
    }

    [Fact]
    public async Task The_same_job_enqueued_twice_is_taken_once()
    {
        var queue = NewQueue();
        await queue.EnqueueAsync(Job("bien-ban", 1_000), CancellationToken.None);
        await queue.EnqueueAsync(Job("bien-ban", 1_000), CancellationToken.None);

        var job = await queue.TakeAsync(untilEmpty: false, CancellationToken.None);
        Assert.Equal(0, queue.Length);
        await queue.CompleteAsync(job!, CancellationToken.None);
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public async Task The_end_of_a_documents_last_job_is_signalled_not_the_end_of_its_first()
    {
        var queue = NewQueue();
        Assert.True(queue.EndedAsync("quyet-dinh-12", CancellationToken.None).IsCompleted); // no job: nothing to wait for
        await queue.EnqueueAsync(Job("quyet-dinh-12", 20_000), CancellationToken.None);
        await queue.EnqueueAsync(Job("quyet-dinh-12", 20_000, IngestJob.Recognize), CancellationToken.None);
        var ended = queue.EndedAsync("quyet-dinh-12", CancellationToken.None);

        var read = await queue.TakeAsync(untilEmpty: false, CancellationToken.None);
        await queue.CompleteAsync(read!, CancellationToken.None);
        Assert.False(ended.IsCompleted);
        var recognize = await queue.TakeAsync(untilEmpty: false, CancellationToken.None);
        await queue.CompleteAsync(recognize!, CancellationToken.None);

        await ended.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(queue.Has("quyet-dinh-12"));
    }
}

