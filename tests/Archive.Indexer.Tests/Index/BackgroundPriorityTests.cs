using Archive.Indexer.Index;
using Archive.Indexer.Tests.Search;

namespace Archive.Indexer.Tests.Index;

/// <summary>
/// Merges run at the lowest priority, so that on two cores a question asked during the quiet merge after a stream of
/// uploads is not slowed by it; the threads that answer people keep theirs.
/// </summary>
public sealed class BackgroundPriorityTests
{
    [Fact]
    public void A_lowered_thread_runs_at_nice_19_and_the_caller_keeps_its_own()
    {
        Assert.True(OperatingSystem.IsLinux(), "the archive runs on Linux; this test checks the Linux nice value");
        var before = BackgroundPriority.CurrentThreadNice();
        (bool Lowered, int? Nice) seen = default;
        var thread = new Thread(() => seen = (BackgroundPriority.LowerCurrentThread(), BackgroundPriority.CurrentThreadNice()));
        thread.Start();
        thread.Join();

        Assert.True(seen.Lowered);
        Assert.Equal(BackgroundPriority.LinuxNice, seen.Nice);
        Assert.NotNull(before);
        Assert.Equal(before, BackgroundPriority.CurrentThreadNice());
    }

    [Fact]
    public void Background_merges_run_on_lowered_threads()
    {
        using var archive = new SearchArchive(o => o.QuietMergeSeconds = 0);
        foreach (var i in Enumerable.Range(1, 4))
            archive.Add($"kh-{i}", $"Kế hoạch số {i}", $"Điều 1. Thôn số {i} làm đường giao thông nông thôn.");

        archive.Index.Merge(1);

        Assert.Equal(BackgroundPriority.LinuxNice, archive.Index.LastMergeNice);
        Assert.Equal(4, archive.Find("giao thông").Total);
    }
}
