using Lucene.Net.Index;

namespace Archive.Indexer.Index;

/// <summary>
/// Lucene's merge scheduler, except that a failed background merge is reported instead of thrown: merges
/// run on threads of their own, and in .NET an exception escaping a thread ends the whole process.
/// The merge is simply tried again later; the store keeps every document anyway. It counts the entries the merges
/// rewrote: entries merged per entry written is what the merge policy costs, whatever the machine's load.
/// </summary>
internal sealed class ReportingMergeScheduler(Action<Exception> report) : ConcurrentMergeScheduler
{
    private long merged;

    /// <summary>Entries (live or deleted) rewritten by the merges that ran so far.</summary>
    public long MergedEntries => Interlocked.Read(ref merged);

    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
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
