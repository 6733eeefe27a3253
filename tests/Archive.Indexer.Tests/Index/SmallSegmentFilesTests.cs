using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Tests.Search;

namespace Archive.Indexer.Tests.Index;

/// <summary>
/// Each reopen that makes uploads searchable flushes a small segment: it is written in memory and reaches the disk at the
/// next commit, not as a dozen files made and deleted again (costly on a file system without a journal).
/// </summary>
public sealed class SmallSegmentFilesTests
{
    [Fact]
    public void Uploads_made_searchable_one_by_one_write_no_index_file_before_the_commit_and_are_all_found_after_a_restart()
    {
        using var archive = new SearchArchive(o => { o.CommitIntervalSeconds = 3600; o.QuietMergeSeconds = 0; });
        var onDisk = Files(archive.Index.Folder);

        foreach (var i in Enumerable.Range(1, 6))
            archive.Add($"tb-{i}", $"Thông báo họp thôn số {i}", $"Điều 1. Thôn số {i} họp dân vào tối thứ {i + 1}.");

        Assert.Equal(6, archive.Find("họp dân").Total); // each upload was searchable when it returned
        Assert.Equal(onDisk, Files(archive.Index.Folder));

        archive.Index.Commit();
        var committed = Files(archive.Index.Folder);
        Assert.NotEqual(onDisk, committed);
        var options = new Archive.Indexer.Index.IndexOptions { Path = Path.GetDirectoryName(archive.Index.Folder)! };
        archive.Index.Dispose(); // the commit made them durable: a new index over the same folder finds them all
        using var reopened = new DocumentIndex(options, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
        Assert.Equal(6, reopened.IndexedIds().Count);
    }

    private static List<string> Files(string folder) => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
}
