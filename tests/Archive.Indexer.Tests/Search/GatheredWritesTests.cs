using System.Diagnostics;
using Archive.Indexer.Index;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Uploads gather into few segments: concurrent writers fill one in-memory segment, and reopens for uploads are spaced
/// by the refresh interval, so that merges have fewer small segments to rewrite.
/// </summary>
public sealed class GatheredWritesTests
{
    [Fact]
    public void Documents_written_by_four_writers_at_once_become_one_segment_at_the_next_reopen()
    {
        // No merge and no timed commit may join or add segments behind the test's back.
        using var archive = new SearchArchive(o => { o.SegmentsPerTier = 50; o.QuietMergeSeconds = 0; o.CommitIntervalSeconds = 86_400; });
        using var start = new Barrier(4);
        var threads = Enumerable.Range(0, 4).Select(writer => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 10; i++)
                archive.Index.Add($"kh-{writer}-{i}", DocumentSchema.ToLucene(Plan($"kh-{writer}-{i}", writer, i)));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        archive.Index.Refresh();

        Assert.Equal(1, archive.Index.SegmentCount);
        Assert.Equal(40, archive.Find("dân chủ cơ sở").Total);
    }

    [Fact]
    public async Task Reopens_for_uploads_one_after_another_are_the_refresh_interval_apart_and_each_upload_is_then_found()
    {
        using var archive = new SearchArchive(o => { o.RefreshIntervalSeconds = 4; o.QuietMergeSeconds = 0; });
        // Reopened is heard when a reopen ends, with its duration: when each one began.
        var began = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        archive.Index.Reopened = took => { lock (began) began.Add(clock.Elapsed - took); };

        var first = archive.Index.Add("kh-1", DocumentSchema.ToLucene(Plan("kh-1", 1, 1)));
        await archive.Index.WaitSearchableAsync(first, CancellationToken.None);
        var second = archive.Index.Add("kh-2", DocumentSchema.ToLucene(Plan("kh-2", 2, 2)));
        await archive.Index.WaitSearchableAsync(second, CancellationToken.None);

        Assert.Equal(2, archive.Find("dân chủ cơ sở").Total);
        Assert.Equal(2, began.Count);
        Assert.True(began[1] - began[0] >= TimeSpan.FromSeconds(3.9), $"reopens began {(began[1] - began[0]).TotalSeconds:F2} s apart");
    }

    private static IndexedDocument Plan(string id, int writer, int i) => new()
    {
        Id = id,
        Title = $"Kế hoạch thực hiện dân chủ ở cơ sở số {writer}-{i}",
        FileName = id + ".txt",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Text = string.Join('\n', Enumerable.Range(1, 12).Select(a =>
            $"Điều {a}. Công khai ngân sách xã lần {a}\nThực hiện dân chủ cơ sở ở thôn {writer}-{i}-{a}: công khai dự toán, " +
            "quyết toán ngân sách, các khoản đóng góp của nhân dân, danh sách đối tượng bảo trợ xã hội.")),
    };
}
