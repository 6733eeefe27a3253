namespace Archive.Storage;

/// <summary>
/// Serializes work on one key within the process using a fixed set of striped locks: unrelated keys
/// rarely wait on each other and no per-key lock has to be created or cleaned up.
/// </summary>
internal sealed class KeyLocks
{
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private SemaphoreSlim? held = stripe;

        public void Dispose() => Interlocked.Exchange(ref held, null)?.Release();
    }
}
