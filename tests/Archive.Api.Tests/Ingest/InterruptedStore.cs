using Archive.Storage;

namespace Archive.Api.Tests.Ingest;

/// <summary>
/// A real store (local folder or the test S3 server) whose conditional writes the test can interrupt: refused by an
/// unreachable store, or written and then their answer lost on the way back (a timeout after the server wrote).
/// Everything else goes to the real store.
/// </summary>
internal sealed class InterruptedStore(IObjectStore inner) : IObjectStore
{
    /// <summary>Every conditional write fails before reaching the store, as when the network is down.</summary>
    public volatile bool Unreachable;

    /// <summary>The next conditional write is stored, then its answer lost (an exception instead of the new version).</summary>
    public volatile bool LoseNextAnswer;

    /// <summary>
    /// Conditional writes hang, deaf to their cancellation (a connection stuck where the client's timeout does not
    /// reach), until <see cref="Release"/>.
    /// </summary>
    public bool Hangs
    {
        get => hung is not null;
        set => hung = value ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
    }

    private volatile TaskCompletionSource? hung;

    /// <summary>Lets the hanging writes go on (to fail as unreachable) and no new one hang.</summary>
    public void Release()
    {
        Unreachable = true;
        var waiting = hung;
        hung = null;
        waiting?.TrySetResult();
    }

    public async Task<string?> PutIfAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (hung is { } hanging) await hanging.Task;
        if (Unreachable) throw new HttpRequestException("the store cannot be reached (test)");
        var written = await inner.PutIfAsync(key, content, contentType, expectedVersion, cancellationToken);
        if (LoseNextAnswer)
        {
            LoseNextAnswer = false;
            throw new TimeoutException("the store's answer was lost (test)");
        }
        return written;
    }

    public Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default) => inner.PutAsync(key, content, contentType, cancellationToken);
    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => inner.OpenReadAsync(key, cancellationToken);
    public Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken = default) => inner.StatAsync(key, cancellationToken);
    public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
    public Task<IReadOnlyList<VersionedKey>> ListVersionsAsync(string prefix, Func<string, bool> include, CancellationToken cancellationToken = default) =>
        inner.ListVersionsAsync(prefix, include, cancellationToken);
    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);
    public Task<int> DestroyAsync(string prefix, CancellationToken cancellationToken = default) => inner.DestroyAsync(prefix, cancellationToken);
    public Task<VersionedObject?> ReadVersionedAsync(string key, CancellationToken cancellationToken = default) => inner.ReadVersionedAsync(key, cancellationToken);
}
