using Lucene.Net.Index;

namespace Archive.Indexer.Index;

/// <summary>
/// Lucene's merge scheduler, except that a failed background merge is reported instead of thrown: merges
/// run on threads of their own, and in .NET an exception escaping a thread ends the whole process.
/// The merge is simply tried again later; the store keeps every document anyway.
/// </summary>
internal sealed class ReportingMergeScheduler(Action<Exception> report) : ConcurrentMergeScheduler
{
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
