using System.Diagnostics;

namespace Archive.Indexer.Tests.Search;

/// <summary>Once writes go quiet the index merges its small segments into one, in the background.</summary>
public sealed class QuietMergeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Documents_written_one_by_one_end_in_one_segment_once_writes_go_quiet_and_are_all_still_found()
    {
        using var archive = new SearchArchive(o => o.QuietMergeSeconds = 0.2);
        string[] villages = ["Nà Pàn", "Khuổi Tát", "Bản Chang"]; // fewer than a tier's segments: Lucene would not merge them itself
        foreach (var (village, i) in villages.Select((v, i) => (v, i)))
            archive.Add($"tb-{i}", $"Thông báo lịch họp thôn {village}", $"Điều 1. Lịch họp\nThôn {village} họp dân vào ngày {i + 3} hằng tháng.");

        WaitUntil(() => archive.Index.SegmentCount == 1);

        Assert.True(archive.Index.QuietMerges >= 1);
        Assert.Equal(villages.Length, archive.Find("lịch họp thôn").Total);
        foreach (var village in villages) Assert.Single(archive.Find($"\"{village}\"").Hits);
    }

    [Fact]
    public void A_quiet_index_that_nothing_changed_is_not_merged_again()
    {
        using var archive = new SearchArchive(o => o.QuietMergeSeconds = 0.1);
        archive.Add("qd-1", "Quyết định thành lập tổ hòa giải thôn Nà Pàn", "Điều 1. Thành lập tổ hòa giải ở thôn Nà Pàn.");
        archive.Add("qd-2", "Quyết định thành lập tổ hòa giải thôn Bản Chang", "Điều 1. Thành lập tổ hòa giải ở thôn Bản Chang.");
        WaitUntil(() => archive.Index.SegmentCount == 1 && archive.Index.QuietMerges >= 1);
        var merges = archive.Index.QuietMerges;

        Thread.Sleep(TimeSpan.FromSeconds(1)); // ten quiet spells with nothing written

        Assert.Equal(merges, archive.Index.QuietMerges);
        archive.Add("qd-3", "Quyết định thành lập tổ hòa giải thôn Khuổi Tát", "Điều 1. Thành lập tổ hòa giải ở thôn Khuổi Tát.");
        WaitUntil(() => archive.Index.QuietMerges > merges && archive.Index.SegmentCount == 1);
        Assert.Equal(3, archive.Find("hòa giải").Total);
    }

    [Fact]
    public void A_segment_above_the_size_bound_is_left_as_it_is_while_the_small_ones_after_it_are_merged()
    {
        // The bound lies between a long document's segment (tens of KB of distinct words) and a short one's (a few KB).
        using var archive = new SearchArchive(o => { o.QuietMergeSeconds = 0.2; o.QuietMergeMaxSegmentMB = 0.02; });
        var articles = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"Điều {i}. Quy định số {i}\nMức thu phí mã {i * 7919} áp dụng cho khu {i}."));
        archive.Add("nq-1", "Nghị quyết quy định mức thu phí", articles);
        WaitUntil(() => archive.Index.SegmentCount == 1);
        var merges = archive.Index.QuietMerges;

        foreach (var i in Enumerable.Range(1, 2)) // with the long one, fewer than a tier's segments: Lucene would not merge them itself
            archive.Add($"tb-{i}", $"Thông báo số {i}", $"Điều 1. Tổ dân phố {i} họp vào tối thứ {i + 2}.");
        WaitUntil(() => archive.Index.SegmentCount == 2 && archive.Index.QuietMerges > merges);

        Assert.Equal(3, archive.Find("số").Total);
    }

    [Fact]
    public void A_pause_after_a_small_write_beside_a_much_larger_merged_index_merges_only_what_was_written_since()
    {
        using var archive = new SearchArchive(o => o.QuietMergeSeconds = 0.2); // no size bound: the whole index is small
        var articles = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"Điều {i}. Quy định số {i}\nMức thu phí mã {i * 7919} áp dụng cho khu {i}."));
        archive.Add("nq-1", "Nghị quyết quy định mức thu phí", articles);
        WaitUntil(() => archive.Index.SegmentCount == 1);
        var merges = archive.Index.QuietMerges;

        foreach (var i in Enumerable.Range(1, 2))
            archive.Add($"tb-{i}", $"Thông báo số {i}", $"Điều 1. Tổ dân phố {i} họp vào tối thứ {i + 2}.");
        WaitUntil(() => archive.Index.SegmentCount == 2 && archive.Index.QuietMerges > merges);

        Assert.Equal(3, archive.Find("số").Total);
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < Patience, $"not reached within {Patience.TotalSeconds} s");
            Thread.Sleep(50);
        }
    }
}
