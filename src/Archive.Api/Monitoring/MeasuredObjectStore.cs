using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Archive.Storage;

namespace Archive.Api.Monitoring;

/// <summary>
/// The object store with each call timed (<c>archive.store.duration</c>, by operation and by the first segment of the
/// key: documents, queue, audit, changes, …): most of an upload's time is store round trips, and this says which.
/// </summary>
/// <remarks>Its own instrument on the "Archive" meter, not <see cref="ArchiveMetrics"/>: that one watches the work queues, which
/// use the store.</remarks>
public sealed class MeasuredObjectStore : IObjectStore, IObjectLocks, IDisposable
{
    private readonly IObjectStore inner;
    private readonly Histogram<double> duration;

    public MeasuredObjectStore(IObjectStore inner, IMeterFactory meters)
    {
        this.inner = inner;
        duration = meters.Create(ArchiveMetrics.MeterName).CreateHistogram<double>(
            "archive.store.duration", "s", "Time of one object store call, by operation and key area");
    }

    /// <summary>The store itself, for what depends on its kind (a bucket to make, object lock).</summary>
    public static IObjectStore Underlying(IObjectStore store) => store is MeasuredObjectStore measured ? measured.inner : store;

    public Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default) =>
        TimedAsync("put", key, async () => { await inner.PutAsync(key, content, contentType, cancellationToken); return true; });

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        TimedAsync("open", key, () => inner.OpenReadAsync(key, cancellationToken));

    public Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken = default) =>
        TimedAsync("stat", key, () => inner.StatAsync(key, cancellationToken));

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await foreach (var key in inner.ListAsync(prefix, cancellationToken)) yield return key;
        Record("list", prefix, started);
    }

    public Task<IReadOnlyList<VersionedKey>> ListVersionsAsync(string prefix, Func<string, bool> include, CancellationToken cancellationToken = default) =>
        TimedAsync("list", prefix, () => inner.ListVersionsAsync(prefix, include, cancellationToken));

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        TimedAsync("delete", key, async () => { await inner.DeleteAsync(key, cancellationToken); return true; });

    public Task<int> DestroyAsync(string prefix, CancellationToken cancellationToken = default) => inner.DestroyAsync(prefix, cancellationToken);

    public Task<VersionedObject?> ReadVersionedAsync(string key, CancellationToken cancellationToken = default) =>
        TimedAsync("read", key, () => inner.ReadVersionedAsync(key, cancellationToken));

    public Task<string?> PutIfAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion,
        CancellationToken cancellationToken = default) =>
        TimedAsync("put-if", key, () => inner.PutIfAsync(key, content, contentType, expectedVersion, cancellationToken));

    /// <summary>The wrapped store's locks (both stores of the archive have them), so the wrapper hides nothing from the originals' locking.</summary>
    public Task<ObjectLockSupport> SupportAsync(CancellationToken cancellationToken = default) =>
        inner is IObjectLocks locks ? locks.SupportAsync(cancellationToken) : Task.FromResult(new ObjectLockSupport(false, "This store cannot lock objects"));

    public Task LockAsync(string key, DateTimeOffset? until, CancellationToken cancellationToken = default) =>
        inner is IObjectLocks locks ? locks.LockAsync(key, until, cancellationToken) : Task.CompletedTask;

    public Task SetLegalHoldAsync(string key, bool on, CancellationToken cancellationToken = default) =>
        inner is IObjectLocks locks ? locks.SetLegalHoldAsync(key, on, cancellationToken) : Task.CompletedTask;

    /// <summary>The store it wraps is the container's to dispose (an S3 client), through this.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>Runs one call of the wrapped store and records its time, failed calls included.</summary>
    private async Task<T> TimedAsync<T>(string operation, string key, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            Record(operation, key, started);
        }
    }

    private void Record(string operation, string key, long started) =>
        duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("area", Area(key)));

    /// <summary>The key's first segment (a bounded set: the areas of <see cref="Documents.StoreLayout"/>), never the id.</summary>
    private static string Area(string key) => key.IndexOf('/') is var slash and > 0 ? key[..slash] : "root";
}
