using Archive.Api.Documents;
using Archive.Api.Ingest;
using Archive.Storage;
using Archive.Storage.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests.Ingest;

/// <summary>
/// The rules of a job's lease, on both stores (a local folder and the test S3 server), for two instances over one
/// store: one holder at a time, a held lease left alone until it expires, renewal keeping it, a released or expired
/// one free to take.
/// </summary>
public sealed class JobLeasesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-leases-").FullName;
    private readonly List<IDisposable> stores = [];

    public void Dispose()
    {
        foreach (var store in stores) store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A clock the test moves: expiry without waiting for it.</summary>
    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private IObjectStore Store(string kind)
    {
        if (kind == "local") return new LocalFolderObjectStore(folder);
        var store = new MinioObjectStore(S3TestServer.Options(S3TestServer.UniqueBucketName("archive-leases")));
        stores.Add(store);
        return store;
    }

    private static JobLeases Instance(IObjectStore store, TimeProvider clock, double seconds = 30) => new(store,
        Options.Create(new IngestOptions { LeaseSeconds = seconds }), Options.Create(new StorageOptions()), clock, NullLogger<JobLeases>.Instance);

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_lease_held_by_one_instance_is_refused_to_the_other_until_it_expires_and_then_taken_over(string kind)
    {
        var store = Store(kind);
        var clock = new MovableClock();
        var (a, b) = (Instance(store, clock), Instance(store, clock));

        await using var held = await a.TakeAsync("d0c0000000000000000a", CancellationToken.None);
        Assert.NotNull(held);
        var heldUntil = DateTimeOffset.MinValue;
        Assert.Null(await b.TakeAsync("d0c0000000000000000a", CancellationToken.None, until => heldUntil = until));
        Assert.Equal(held.Lease.ExpiresAt, heldUntil);
        // Another document's lease is free meanwhile.
        await using (var other = await b.TakeAsync("d0c0000000000000000b", CancellationToken.None)) Assert.NotNull(other);

        clock.Now = heldUntil.AddSeconds(1); // A died: its lease was not renewed
        await using var takenOver = await b.TakeAsync("d0c0000000000000000a", CancellationToken.None);
        Assert.NotNull(takenOver);
        Assert.Equal(b.Holder, (await StoredJson.ReadAsync<JobLease>(store, StoreLayout.JobLease("d0c0000000000000000a"), CancellationToken.None))!.Holder);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_released_lease_is_gone_from_the_store_and_free_to_the_other_instance_at_once(string kind)
    {
        var store = Store(kind);
        var clock = new MovableClock();
        var (a, b) = (Instance(store, clock), Instance(store, clock));

        await (await a.TakeAsync("d0c0000000000000000c", CancellationToken.None))!.DisposeAsync();

        Assert.Null(await store.StatAsync(StoreLayout.JobLease("d0c0000000000000000c")));
        await using var taken = await b.TakeAsync("d0c0000000000000000c", CancellationToken.None);
        Assert.NotNull(taken);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task Two_instances_racing_for_a_free_lease_get_it_once(string kind)
    {
        var store = Store(kind);
        var instances = Enumerable.Range(0, 6).Select(_ => Instance(store, TimeProvider.System)).ToList();

        var taken = await Task.WhenAll(instances.Select(i => Task.Run(() => i.TakeAsync("d0c0000000000000000d", CancellationToken.None))));

        Assert.Single(taken, lease => lease is not null);
        foreach (var lease in taken.OfType<JobLeases.HeldLease>()) await lease.DisposeAsync();
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_lease_renewed_while_its_job_runs_outlives_its_duration_and_is_never_taken_over(string kind)
    {
        var store = Store(kind);
        // Renewed every 2 s; a renewal due must start a second before its end at the latest, a margin a loaded machine's
        // timers keep.
        var (a, b) = (Instance(store, TimeProvider.System, seconds: 6), Instance(store, TimeProvider.System, seconds: 6));

        await using var held = await a.TakeAsync("d0c0000000000000000e", CancellationToken.None);
        var firstExpiry = held!.Lease.ExpiresAt;
        // Beyond its duration, with two renewals: without them the lease would have expired.
        var until = DateTimeOffset.UtcNow.AddSeconds(8);
        while (DateTimeOffset.UtcNow < until)
        {
            Assert.Null(await b.TakeAsync("d0c0000000000000000e", CancellationToken.None));
            await Task.Delay(100);
        }
        Assert.True(held.Lease.ExpiresAt > firstExpiry);
        Assert.False(held.Lost.IsCancellationRequested);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_holder_whose_lease_was_taken_over_learns_it_has_lost_it_and_does_not_remove_the_new_holders_lease(string kind)
    {
        var store = Store(kind);
        var aClock = new MovableClock();
        var a = Instance(store, aClock, seconds: 3);
        var b = Instance(store, new MovableClock { Now = aClock.Now.AddMinutes(5) }, seconds: 60); // B's clock sees A's lease expired

        var held = await a.TakeAsync("d0c0000000000000000f", CancellationToken.None);
        await using var takenOver = await b.TakeAsync("d0c0000000000000000f", CancellationToken.None);
        Assert.NotNull(takenOver);

        // Told by its next renewal (~1 s) or its fence (~2.5 s); waited for, not slept for: a fixed 5 s left a loaded
        // machine's late timers 2.5 s.
        await Until(() => held!.Lost.IsCancellationRequested);
        await held!.DisposeAsync();
        Assert.Equal(b.Holder, (await StoredJson.ReadAsync<JobLease>(store, StoreLayout.JobLease("d0c0000000000000000f"), CancellationToken.None))!.Holder);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_holder_that_cannot_renew_stops_its_job_before_its_lease_ends_so_that_two_never_run_at_once(string kind)
    {
        var store = new InterruptedStore(Store(kind));
        var a = Instance(store, TimeProvider.System, seconds: 9); // renewed every 3 s, fenced 1.5 s before its end

        var held = await a.TakeAsync("d0c00000000000000010", CancellationToken.None);
        var taken = held!.Lease.ExpiresAt;
        await Until(() => held.Lease.ExpiresAt > taken); // one renewal went through
        store.Unreachable = true;
        var expiresAt = held.Lease.ExpiresAt;

        // The moment the job is told to stop (a callback runs as Lost is cancelled), not when this test's continuation
        // gets a thread: on a loaded machine that can come after the lease's end although the job was fenced in time.
        var stopped = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var heard = held.Lost.Register(() => stopped.TrySetResult(DateTimeOffset.UtcNow));
        var stoppedAt = await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(held.Lost.IsCancellationRequested);
        Assert.True(stoppedAt < expiresAt, $"stopped at {stoppedAt:O}, its lease ended at {expiresAt:O}");
        store.Unreachable = false;
        await held.DisposeAsync();
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_holder_whose_renewal_hangs_deaf_to_its_timeout_still_stops_its_job_before_its_lease_ends(string kind)
    {
        var store = new InterruptedStore(Store(kind));
        var a = Instance(store, TimeProvider.System, seconds: 9);

        var held = await a.TakeAsync("d0c00000000000000012", CancellationToken.None);
        var taken = held!.Lease.ExpiresAt;
        await Until(() => held.Lease.ExpiresAt > taken);
        store.Hangs = true;
        var expiresAt = held.Lease.ExpiresAt;

        var stopped = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var heard = held.Lost.Register(() => stopped.TrySetResult(DateTimeOffset.UtcNow));
        var stoppedAt = await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(stoppedAt < expiresAt, $"stopped at {stoppedAt:O}, its lease ended at {expiresAt:O}");
        store.Release();
        await held.DisposeAsync();
    }

    [Theory]
    [InlineData("local")]
    [InlineData("s3")]
    public async Task A_renewal_whose_answer_was_lost_is_not_taken_for_another_instances_takeover(string kind)
    {
        var store = new InterruptedStore(Store(kind));
        // Renewed every 6 s, fenced 3 s before its end: the renewal after the lost answer makes three store calls (a refused
        // write, a read, a write) within that margin; with a 9 s lease its 1.5 s were not enough for S3 at load ~20.
        var a = Instance(store, TimeProvider.System, seconds: 18);

        await using var held = await a.TakeAsync("d0c00000000000000011", CancellationToken.None);
        var before = held!.Lease.ExpiresAt;
        store.LoseNextAnswer = true;
        // The renewal whose answer is lost, then one that must find the lease still this instance's and keep it.
        await Until(() => held.Lease.ExpiresAt > before || held.Lost.IsCancellationRequested);

        Assert.False(store.LoseNextAnswer); // the answer was lost
        Assert.False(held.Lost.IsCancellationRequested);
        var stored = await StoredJson.ReadAsync<JobLease>(store, StoreLayout.JobLease("d0c00000000000000011"), CancellationToken.None);
        Assert.Equal(a.Holder, stored!.Holder);
    }

    /// <summary>Waits (30 s at most) for <paramref name="condition"/>: state, not a fixed sleep, on a loaded machine.</summary>
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!condition() && DateTimeOffset.UtcNow < deadline) await Task.Delay(50);
        Assert.True(condition(), "not reached within 30 s");
    }
}
