using System.Text.Json;
using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Ingest;

/// <summary>
/// Who runs a document's job now, when several instances share one store: before running a job an instance takes the
/// document's lease (<see cref="StoreLayout.JobLease"/>) with a conditional write, renews it while the job runs and
/// lets it go at the end. A lease held by another instance and not expired leaves the job to that instance; the lease
/// of an instance that died expires, and whoever else knows of the job (from the queue's store entries, a pending
/// record, the change feed) takes it then.
/// </summary>
/// <remarks>
/// The conditional write (create-only, or only over the version read) makes taking a lease safe between processes:
/// of two instances that find a lease free or expired, one write wins and the other sees the winner. Expiry compares
/// the holder's clock with the reader's: instances over one store are expected to keep their clocks in time (NTP);
/// a skew shortens or lengthens the takeover wait, it does not let two run at once while the holder renews.
/// </remarks>
public sealed class JobLeases(IObjectStore store, IOptions<IngestOptions> options, IOptions<StorageOptions> storage, TimeProvider time,
    ILogger<JobLeases> logger)
{
    /// <summary>This process, as written in its leases: the machine and process id say who to look at.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Whether jobs take a lease here (<see cref="IngestOptions.Leases"/>).</summary>
    public bool Enabled => options.Value.Leases ?? storage.Value.Provider.Trim().ToLowerInvariant() is not ("local" or "");

    private TimeSpan Duration => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>
    /// Documents whose lease this process holds now: a second job on the same document here (a scan's OCR queued by the
    /// read that is still ending) waits as another instance's would, instead of sharing the lease and letting it go early.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> holding = new(StringComparer.Ordinal);

    // For the held leases (a nested type does not see the primary constructor's parameters).
    private IObjectStore Store => store;
    private TimeProvider Clock => time;
    private ILogger Log => logger;

    /// <summary>
    /// Takes the lease of document <paramref name="id"/>: the lease, renewed until it is disposed; or null when another
    /// instance holds it, with the time its lease ends in <paramref name="heldUntil"/>.
    /// </summary>
    public async Task<HeldLease?> TakeAsync(string id, CancellationToken cancellationToken, Action<DateTimeOffset>? heldUntil = null)
    {
        if (!holding.TryAdd(id, 0))
        {
            heldUntil?.Invoke(time.GetUtcNow());
            return null;
        }
        try
        {
            var lease = await TakeOnceAsync(id, cancellationToken, heldUntil);
            if (lease is null) holding.TryRemove(id, out _);
            return lease;
        }
        catch
        {
            holding.TryRemove(id, out _);
            throw;
        }
    }

    private async Task<HeldLease?> TakeOnceAsync(string id, CancellationToken cancellationToken, Action<DateTimeOffset>? heldUntil)
    {
        var key = StoreLayout.JobLease(id);
        for (var attempt = 0; ; attempt++)
        {
            var (current, version) = await ReadAsync(key, cancellationToken);
            var now = time.GetUtcNow();
            if (current is not null && current.Holder != Holder && current.ExpiresAt > now || attempt == 3)
            {
                heldUntil?.Invoke(current?.ExpiresAt ?? now + Duration);
                return null;
            }
            var mine = new JobLease(Holder, now + Duration);
            if (await StoredJson.PutIfAsync(store, key, mine, version, cancellationToken) is { } written)
            {
                if (current is not null && current.Holder != Holder)
                    logger.LogWarning("Took over the job of document {Id} from {Holder}, whose lease ended at {ExpiresAt:O}", id, current.Holder, current.ExpiresAt);
                return new HeldLease(this, id, key, mine, written);
            }
            // Another instance wrote the lease between our read and our write: look at what it wrote.
        }
    }

    private async Task<(JobLease? Lease, string? Version)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (await store.ReadVersionedAsync(key, cancellationToken) is not { } stored) return (null, null);
        try
        {
            return (StoredJson.Parse<JobLease>(stored.Content), stored.Version);
        }
        catch (JsonException)
        {
            // Unreadable (written by hand, or by a future version): as good as expired, replaced over its version.
            return (new JobLease("?", DateTimeOffset.MinValue), stored.Version);
        }
    }

    /// <summary>
    /// A lease this instance holds: renewed every third of its duration until disposed, then let go. <see cref="Lost"/>
    /// is cancelled when a renewal finds that another instance took it (the renewals failed past its expiry, the store
    /// away): the job must stop, the other instance runs it.
    /// </summary>
    public sealed class HeldLease : IAsyncDisposable
    {
        private readonly JobLeases leases;
        private readonly string id;
        private readonly string key;
        private readonly CancellationTokenSource stop = new();
        private readonly CancellationTokenSource lost;
        private readonly Task renewing;
        private string version;

        internal HeldLease(JobLeases leases, string id, string key, JobLease lease, string version)
        {
            this.leases = leases;
            this.id = id;
            this.key = key;
            this.version = version;
            Lease = lease;
            lost = new CancellationTokenSource(Timeout.InfiniteTimeSpan, leases.Clock);
            ArmFence();
            renewing = Task.Run(RenewAsync);
        }

        /// <summary>The lease as last written.</summary>
        public JobLease Lease { get; private set; }

        public CancellationToken Lost => lost.Token;

        /// <summary>
        /// Stops the job half a period before the lease's end unless a renewal moves the end first: a fence of its own, on a
        /// timer, so that it holds when the renewing loop is late (a starved thread pool, a store call that ignores its
        /// cancellation) and not only when the loop wakes up in time to see the end coming.
        /// </summary>
        private void ArmFence()
        {
            var left = Lease.ExpiresAt - leases.Clock.GetUtcNow() - leases.Duration / 6;
            lost.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }

        private async Task RenewAsync()
        {
            var period = leases.Duration / 3;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(period, leases.Clock, stop.Token);
                    if (lost.IsCancellationRequested) return; // fenced by its timer (ArmFence): the job is stopping
                    // A renewal must be answered before the lease's end, with half a period to spare for the job to stop:
                    // one that waits longer could only be fenced when another instance may already hold the lease.
                    var left = Lease.ExpiresAt - leases.Clock.GetUtcNow() - period / 2;
                    if (left <= TimeSpan.Zero)
                    {
                        leases.Log.LogWarning("The lease {Key} is about to end unrenewed; this one stops its job", key);
                        await lost.CancelAsync();
                        return;
                    }
                    var patience = period > PatientWait ? period : PatientWait;
                    if (await RenewOnceAsync(left < patience ? left : patience))
                        continue;
                    leases.Log.LogWarning("The lease {Key} was taken by another instance; this one stops its job", key);
                    await lost.CancelAsync();
                    return;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // The store away or too slow to answer. Tried again at the next period, unless the lease would end
                    // before that: then another instance may take the job over at any moment, so this one stops it
                    // first (fencing itself) rather than run beside the new holder until a renewal finds out.
                    if (leases.Clock.GetUtcNow() + period >= Lease.ExpiresAt)
                    {
                        leases.Log.LogWarning(e, "The lease {Key} could not be renewed before it ends; this one stops its job", key);
                        await lost.CancelAsync();
                        return;
                    }
                    leases.Log.LogWarning(e, "The lease {Key} could not be renewed; trying again", key);
                }
            }
        }

        /// <summary>How long a renewal may take whatever the lease's period: a busy store answers in this time; the bound is for a
        /// connection that hangs, not for a slow answer (short leases in tests, a loaded machine).</summary>
        private static readonly TimeSpan PatientWait = TimeSpan.FromSeconds(2);

        /// <summary>
        /// One renewal, waiting at most <paramref name="wait"/> for the store: true when the lease is still this instance's. A refused
        /// write is looked at again: a renewal whose answer was lost on the way (written, then a timeout) left the lease
        /// at a version this instance never heard of, and is still its own.
        /// </summary>
        private async Task<bool> RenewOnceAsync(TimeSpan wait)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            bounded.CancelAfter(wait);
            var renewed = new JobLease(leases.Holder, leases.Clock.GetUtcNow() + leases.Duration);
            if (await StoredJson.PutIfAsync(leases.Store, key, renewed, version, bounded.Token) is { } written)
            {
                (Lease, version) = (renewed, written);
                ArmFence();
                return true;
            }
            var (current, currentVersion) = await leases.ReadAsync(key, bounded.Token);
            if (current is null || current.Holder != leases.Holder || currentVersion is null)
                return false;
            if (await StoredJson.PutIfAsync(leases.Store, key, renewed, currentVersion, bounded.Token) is not { } adopted)
                return false;
            (Lease, version) = (renewed, adopted);
            ArmFence();
            return true;
        }

        /// <summary>Stops renewing and lets the lease go, unless another instance holds it by now.</summary>
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await renewing;
            lost.CancelAfter(Timeout.InfiniteTimeSpan); // let go, not lost: the fence's timer must not fire now
            try
            {
                if (!lost.IsCancellationRequested && await leases.Store.ReadVersionedAsync(key, CancellationToken.None) is { } stored && stored.Version == version)
                    await leases.Store.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception e)
            {
                // Left in the store, it expires by itself.
                leases.Log.LogWarning(e, "The lease {Key} could not be let go; it expires by itself", key);
            }
            leases.holding.TryRemove(id, out _);
            stop.Dispose();
            lost.Dispose();
        }
    }
}
