namespace Archive.Indexer.Tests.Search;

/// <summary>Writes share searcher refreshes, yet each write is searchable when it returns.</summary>
public sealed class SharedRefreshTests
{
    [Fact]
    public void Documents_written_by_four_writers_at_once_are_each_found_as_soon_as_their_write_returns()
    {
        using var archive = new SearchArchive();
        var missed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 4).Select(writer => new Thread(() =>
        {
            for (var i = 0; i < 15; i++)
            {
                // Each document carries a word of its own, so finding it proves this very write is visible.
                var word = $"kho{(char)('a' + writer)}{(char)('a' + i)}";
                archive.Add($"tb-{writer}-{i}", $"Thông báo lịch tiếp công dân số {writer}-{i}", $"Điều 1. Lịch tiếp\nTiếp công dân tại trụ sở {word}.");
                if (archive.Find(word).Hits.All(h => h.Id != $"tb-{writer}-{i}")) missed.Add(word);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(missed);
        Assert.Equal(60, archive.Find("tiếp công dân").Total);
    }

    [Fact]
    public void A_deleted_document_is_gone_from_searches_as_soon_as_the_delete_returns()
    {
        using var archive = new SearchArchive();
        archive.Add("qd-1", "Quyết định thành lập tổ hòa giải thôn Nà Pàn", "Điều 1. Thành lập tổ hòa giải ở thôn Nà Pàn.");
        Assert.Single(archive.Find("hòa giải").Hits);

        archive.Index.Delete("qd-1");

        Assert.Empty(archive.Find("hòa giải").Hits);
    }
}
