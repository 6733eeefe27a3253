namespace Archive.Indexer.Search;

/// <summary>
/// Runs two independent halves of one search's work, the second on another thread when that can only help: a
/// question asked alone on a two-core machine leaves a core idle, and half of its work then costs half the wait.
/// Never when another search is running in the process or the thread pool has work queued (the cores are busy: a
/// second thread would only add switching), and at most one extra thread a search: one thread of its own, which
/// sleeps without spinning between halves (the thread pool's workers spin looking for work after each item, which cost
/// a fifth of a search's processor time). Whichever thread gets to the second half first runs it, so a helper slow to
/// wake costs nothing beyond running both halves in turn.
/// </summary>
internal static class SearchHalves
{
    private static int running;
    private static readonly object Turn = new();
    private static Half? waiting;
    private static readonly Thread Helper = StartHelper();
    // Halves the helper did not start before the first half was done, in a row, and when that last happened: other
    // processes keep the cores busy, and splitting then only costs (a second's pause before trying again).
    private static int missed;
    private static long missedAt;
    private const int MissesToPause = 3;
    private const long PauseMs = 1000;
    // For tests only (SplitSearchTests): whether a split happens otherwise depends on what else the machine runs.
    private static readonly AsyncLocal<bool> Forced = new();
    private static long offered;

    /// <summary>Counts a search as running until disposed: while another runs, a search keeps to its own thread.</summary>
    public static Running Enter()
    {
        Interlocked.Increment(ref running);
        return default;
    }

    /// <summary>
    /// Whether a search that <see cref="Enter"/>ed would now split its work: it is the only one running, the pool has nothing
    /// queued, and the helper has not missed its last halves (else a second's pause).
    /// </summary>
    public static bool SecondThreadFree => Forced.Value || (Environment.ProcessorCount > 1 && Volatile.Read(ref running) <= 1 && ThreadPool.PendingWorkItemCount == 0
        && (Volatile.Read(ref missed) < MissesToPause || Environment.TickCount64 - Volatile.Read(ref missedAt) > PauseMs));

    /// <summary>
    /// How many <see cref="Run"/>s of flows under <see cref="AlwaysSplit"/> went past the choice to split (their second
    /// half offered to the helper, or run in turn when another search's half still waited there): lets a test see that
    /// its search took the split path, other tests' searches running beside it not counted.
    /// </summary>
    internal static long SplitsOffered => Interlocked.Read(ref offered);

    /// <summary>
    /// For tests: until disposed, every search on the caller's flow finds <see cref="SecondThreadFree"/>, whatever else
    /// runs, so the split path is taken on a loaded machine too (where the helper may still run nothing: the caller then
    /// runs both halves in turn, as in production).
    /// </summary>
    internal static Splitting AlwaysSplit()
    {
        Forced.Value = true;
        return default;
    }

    /// <summary>Runs <paramref name="first"/> here and <paramref name="second"/> beside it when <paramref name="split"/> and a thread is free; returns when both are done.</summary>
    public static void Run(bool split, Action first, Action second)
    {
        if (!split || !SecondThreadFree)
        {
            first();
            second();
            return;
        }
        if (Forced.Value) Interlocked.Increment(ref offered);
        Half? beside = new Half(second);
        lock (Turn)
        {
            // Another search's half not yet taken (two searches started at once): this one keeps to its thread, and
            // the helper is not counted as having missed a half it was never handed.
            if (waiting is not null) beside = null;
            else
            {
                waiting = beside;
                Monitor.Pulse(Turn);
            }
        }
        if (beside is null)
        {
            first();
            second();
            return;
        }
        try
        {
            first();
        }
        catch
        {
            // The second half must not go on using what the caller is about to release (the searcher).
            beside.CancelOrAwait();
            throw;
        }
        beside.RunOrAwait();
    }

    private static Thread StartHelper()
    {
        var helper = new Thread(Serve) { IsBackground = true, Name = "search second half" };
        helper.Start();
        return helper;
    }

    private static void Serve()
    {
        while (true)
        {
            Half half;
            lock (Turn)
            {
                while (waiting is null) Monitor.Wait(Turn);
                half = waiting;
                waiting = null;
            }
            half.Execute();
        }
    }

    public readonly struct Running : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref running);
    }

    internal readonly struct Splitting : IDisposable
    {
        public void Dispose() => Forced.Value = false;
    }

    /// <summary>The second half: run once, by the pool's thread or by the first half's when it gets there first.</summary>
    private sealed class Half(Action work)
    {
        // Not disposed: the helper may still be leaving Set when the waiter returns. The halves take about as long,
        // so the other is usually nearly done: a short spin, then sleep.
        private readonly ManualResetEventSlim done = new(false, spinCount: 20);
        private int claimed;
        private Exception? failure;

        public void Execute()
        {
            if (Interlocked.Exchange(ref claimed, 1) != 0) return;
            Volatile.Write(ref missed, 0);
            try { work(); }
            catch (Exception e) { failure = e; }
            finally { done.Set(); }
        }

        /// <summary>Makes sure the half does not run, or waits until it has when it had started already.</summary>
        public void CancelOrAwait()
        {
            if (Interlocked.Exchange(ref claimed, 1) != 0) done.Wait();
        }

        public void RunOrAwait()
        {
            if (Interlocked.Exchange(ref claimed, 1) == 0)
            {
                // The helper did not get to it: the cores are busy elsewhere.
                Volatile.Write(ref missedAt, Environment.TickCount64);
                Interlocked.Increment(ref missed);
                work();
            }
            else
            {
                done.Wait();
                if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
    }
}
