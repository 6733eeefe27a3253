namespace Archive.Indexer.Search;

/// <summary>
/// Runs two independent halves of one search's work, the second on another thread when that can only help: a
/// question asked alone on a two-core machine leaves a core idle, and half of its work then costs half the wait.
/// Never when another search is running in the process or the thread pool has work queued (the cores are busy: a
/// second thread would only add switching), and at most one extra thread a search. Whichever thread gets to the
/// second half first runs it, so a pool slow to pick it up costs nothing beyond running both halves in turn.
/// </summary>
internal static class SearchHalves
{
    private static int running;

    /// <summary>Counts a search as running until disposed: while another runs, a search keeps to its own thread.</summary>
    public static Running Enter()
    {
        Interlocked.Increment(ref running);
        return default;
    }

    /// <summary>Whether a search that <see cref="Enter"/>ed would now split its work (it is the only one running, the pool is idle).</summary>
    public static bool SecondThreadFree => Volatile.Read(ref running) <= 1 && ThreadPool.PendingWorkItemCount == 0;

    /// <summary>Runs <paramref name="first"/> here and <paramref name="second"/> beside it when <paramref name="split"/> and a thread is free; returns when both are done.</summary>
    public static void Run(bool split, Action first, Action second)
    {
        if (!split || !SecondThreadFree)
        {
            first();
            second();
            return;
        }
        var beside = new Half(second);
        ThreadPool.UnsafeQueueUserWorkItem(beside, preferLocal: false);
        first();
        beside.RunOrAwait();
    }

    public readonly struct Running : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref running);
    }

    /// <summary>The second half: run once, by the pool's thread or by the first half's when it gets there first.</summary>
    private sealed class Half(Action work) : IThreadPoolWorkItem
    {
        // Not disposed: the pool's thread may still be leaving Set when the waiter returns; a wait short enough to
        // spin allocates no kernel event.
        private readonly ManualResetEventSlim done = new();
        private int claimed;
        private Exception? failure;

        public void Execute()
        {
            if (Interlocked.Exchange(ref claimed, 1) != 0) return;
            try { work(); }
            catch (Exception e) { failure = e; }
            finally { done.Set(); }
        }

        public void RunOrAwait()
        {
            if (Interlocked.Exchange(ref claimed, 1) == 0) work();
            else
            {
                done.Wait();
                if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
    }
}
