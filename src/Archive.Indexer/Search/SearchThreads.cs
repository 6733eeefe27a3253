namespace Archive.Indexer.Search;

/// <summary>
/// Whether a search may take a second thread: only while it is the one search running in the process, so that one
/// question asked on an idle machine answers sooner while many questions at once still cost no more processor time
/// than one thread each (the second thread's work is the same work split, plus a merge).
/// </summary>
internal static class SearchThreads
{
    private static int running;

    /// <summary>Counts a search as running until the returned scope is disposed.</summary>
    public static Scope Enter()
    {
        Interlocked.Increment(ref running);
        return default;
    }

    /// <summary>Whether the caller (inside <see cref="Enter"/>) is the only search running, on a machine of more than one core.</summary>
    public static bool Alone => Volatile.Read(ref running) <= 1 && Environment.ProcessorCount > 1;

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref running);
    }
}
