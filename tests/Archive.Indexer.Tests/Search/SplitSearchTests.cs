using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A search split across two threads (<see cref="SearchTuning.SplitAcrossThreads"/>) answers as on one. The split is
/// forced (<see cref="SearchHalves.AlwaysSplit"/>) and counted: left to the machine's load it may not happen at all, and
/// the test would then compare one thread with one thread.
/// </summary>
[Collection(SearchHalvesCollection.Name)]
public sealed class SplitSearchTests
{
    private static readonly string[] Topics = ["đăng ký kết hôn", "nghỉ hằng năm", "trợ cấp thất nghiệp", "thuế thu nhập cá nhân", "cấp thẻ căn cước"];

    [Theory]
    [InlineData("nghỉ hằng năm của người lao động")]
    [InlineData("dang ky ket hon tai uy ban")]
    [InlineData("trợ cấp -sửa")]
    public void A_search_split_across_two_threads_ranks_shows_and_counts_as_on_one(string query)
    {
        using var archive = new SearchArchive();
        for (var i = 0; i < 16; i++)
        {
            // Documents of one to eight articles, so the halves of the candidates hold different numbers of documents.
            var articles = Enumerable.Range(0, 1 + i % 8).Select(k =>
                $"Điều {k + 1}. Quy định về {Topics[(i + k) % Topics.Length]}\n" +
                $"Công dân, người lao động được hướng dẫn {Topics[(i * k + 1) % Topics.Length]} tại Ủy ban nhân dân cấp xã lần {i * 8 + k}.\n");
            archive.Add($"doc-{i}", $"Quy định {Topics[i % Topics.Length]} số {i}{(i % 4 == 0 ? " (sửa đổi)" : "")}", string.Concat(articles),
                kind: i % 2 == 0 ? "Nghị định" : "Thông tư");
        }
        var oneThread = new DocumentSearch(archive.Index, SearchTuning.Default with { SplitAcrossThreads = false });
        var twoThreads = new DocumentSearch(archive.Index, SearchTuning.Default with { SplitAcrossThreads = true });
        using var split = SearchHalves.AlwaysSplit();

        foreach (var request in new[]
                 {
                     new SearchRequest { Query = query, PageSize = 10 },
                     new SearchRequest { Query = query, PageSize = 3, Page = 2 },
                     new SearchRequest { Query = query, PageSize = 5, Sort = SearchSort.Date },
                 })
        {
            var before = SearchHalves.SplitsOffered;
            var expected = oneThread.Search(request);
            var between = SearchHalves.SplitsOffered;
            var actual = twoThreads.Search(request);

            Assert.Equal(0, between - before);
            // The passages' weight beside the candidates, the candidates' articles in two halves, the shown hits in two halves.
            Assert.True(SearchHalves.SplitsOffered - between >= 3, $"{SearchHalves.SplitsOffered - between} splits offered for page {request.Page} of {request.PageSize}");

            Assert.NotEmpty(expected.Hits);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Facets.Kind, actual.Facets.Kind);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.Title, h.Snippet, h.Passage?.Label, h.Passage?.Snippet)),
                actual.Hits.Select(h => (h.Id, h.Score, h.Title, h.Snippet, h.Passage?.Label, h.Passage?.Snippet)));
        }
    }
}
