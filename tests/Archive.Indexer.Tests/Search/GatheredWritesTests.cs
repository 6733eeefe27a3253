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
        await archive.Index.WaitSearchableGatheredAsync(first, CancellationToken.None);
        var second = archive.Index.Add("kh-2", DocumentSchema.ToLucene(Plan("kh-2", 2, 2)));
        await archive.Index.WaitSearchableGatheredAsync(second, CancellationToken.None);

        Assert.Equal(2, archive.Find("dân chủ cơ sở").Total);
        Assert.Equal(2, began.Count);
        Assert.True(began[1] - began[0] >= TimeSpan.FromSeconds(3.9), $"reopens began {(began[1] - began[0]).TotalSeconds:F2} s apart");
    }

    [Fact]
    public async Task A_change_that_must_be_seen_at_once_is_not_held_by_the_refresh_interval_of_uploads()
    {
        // A publication, a correction or another instance's change (the change feed) waits for its own reopen; before,
        // each waited out the uploads' interval, and a second instance applied its feed one document a second.
        using var archive = new SearchArchive(o => { o.RefreshIntervalSeconds = 30; o.QuietMergeSeconds = 0; });
        var upload = archive.Index.Add("kh-1", DocumentSchema.ToLucene(Plan("kh-1", 1, 1)));
        await archive.Index.WaitSearchableGatheredAsync(upload, CancellationToken.None); // a reopen just happened

        var waited = Stopwatch.StartNew();
        var change = archive.Index.Add("kh-2", DocumentSchema.ToLucene(Plan("kh-2", 2, 2)));
        await archive.Index.WaitSearchableAsync(change, CancellationToken.None);

        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), $"waited {waited.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(2, archive.Find("dân chủ cơ sở").Total);
    }

    [Fact]
    public async Task Uploads_waiting_out_the_interval_do_not_hold_a_change_that_must_be_seen_at_once()
    {
        using var archive = new SearchArchive(o => { o.RefreshIntervalSeconds = 30; o.QuietMergeSeconds = 0; });
        var first = archive.Index.Add("kh-1", DocumentSchema.ToLucene(Plan("kh-1", 1, 1)));
        await archive.Index.WaitSearchableGatheredAsync(first, CancellationToken.None);
        var upload = archive.Index.Add("kh-2", DocumentSchema.ToLucene(Plan("kh-2", 2, 2)));
        using var stopWaiting = new CancellationTokenSource();
        var uploadSeen = archive.Index.WaitSearchableGatheredAsync(upload, stopWaiting.Token); // pauses ~30 s

        var waited = Stopwatch.StartNew();
        var change = archive.Index.Add("kh-3", DocumentSchema.ToLucene(Plan("kh-3", 3, 3)));
        await archive.Index.WaitSearchableAsync(change, CancellationToken.None);

        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), $"waited {waited.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(3, archive.Find("dân chủ cơ sở").Total); // the change's reopen covered the waiting upload too
        await stopWaiting.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => uploadSeen);
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
