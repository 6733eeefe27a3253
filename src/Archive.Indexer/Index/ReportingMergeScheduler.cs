using Lucene.Net.Index;

namespace Archive.Indexer.Index;

/// <summary>
/// Lucene's merge scheduler, except that a failed background merge is reported instead of thrown: merges
/// run on threads of their own, and in .NET an exception escaping a thread ends the whole process.
/// The merge is simply tried again later; the store keeps every document anyway. It counts the entries the merges
/// rewrote: entries merged per entry written is what the merge policy costs, whatever the machine's load. Its threads
/// run at the lowest priority (<see cref="BackgroundPriority"/>): nobody waits for a merge, while a question asked during
/// one waits for every slice of a core the merge takes (on two cores, the quiet merge after a stream of uploads doubled
/// the first questions' p50).
/// </summary>
internal sealed class ReportingMergeScheduler(Action<Exception> report) : ConcurrentMergeScheduler
{
    private long merged;
    private int lastMergeNice = int.MinValue;

    /// <summary>Entries (live or deleted) rewritten by the merges that ran so far.</summary>
    public long MergedEntries => Interlocked.Read(ref merged);

    /// <summary>The nice value the last merge's thread ran at (Linux; null before any merge or elsewhere), for tests.</summary>
    public int? LastMergeNice => Volatile.Read(ref lastMergeNice) is var nice && nice != int.MinValue ? nice : null;

    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        // Runs on the scheduler's own merge thread, which ends when no merge is left: lowering it is never undone.
        BackgroundPriority.LowerCurrentThread();
        if (BackgroundPriority.CurrentThreadNice() is { } nice) Volatile.Write(ref lastMergeNice, nice);
        base.DoMerge(merge);
        Interlocked.Add(ref merged, merge.TotalDocCount);
    }

    protected override void HandleMergeException(Exception exc)
    {
        try
        {
            base.HandleMergeException(exc);
        }
        catch (Exception e)
        {
            report(e);
        }
    }
}
