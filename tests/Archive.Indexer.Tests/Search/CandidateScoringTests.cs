using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Documents preselected by their own entries, then only their articles scored, give what scoring every entry gives
/// whenever the preselection holds every matching document.
/// </summary>
public sealed class CandidateScoringTests
{
    private static readonly string[] Topics = ["đăng ký kết hôn", "nghỉ hằng năm", "trợ cấp thất nghiệp", "thuế thu nhập cá nhân", "cấp thẻ căn cước"];

    [Theory]
    [InlineData("nghỉ hằng năm của người lao động")]
    [InlineData("dang ky ket hon tai uy ban")]
    [InlineData("trợ cấp -sửa")]
    [InlineData("\"thẻ căn cước\" công dân")]
    public void Scoring_only_preselected_documents_ranks_shows_and_counts_as_scoring_every_entry(string query)
    {
        using var archive = new SearchArchive();
        for (var i = 0; i < 12; i++)
        {
            // Written one by one, so the entries lie in several segments.
            var articles = Enumerable.Range(0, 4).Select(k =>
                $"Điều {k + 1}. Quy định về {Topics[(i + k) % Topics.Length]}\n" +
                $"Công dân, người lao động được hướng dẫn {Topics[(i * k + 1) % Topics.Length]} tại Ủy ban nhân dân cấp xã lần {i * 4 + k}.\n");
            archive.Add($"doc-{i}", $"Quy định {Topics[i % Topics.Length]} số {i}{(i % 4 == 0 ? " (sửa đổi)" : "")}", string.Concat(articles),
                kind: i % 2 == 0 ? "Nghị định" : "Thông tư", issuer: i % 3 == 0 ? "Chính phủ" : "Bộ Tài chính",
                issuedOn: i % 5 == 0 ? null : new DateOnly(2020, 1, 1).AddDays(37 * i));
        }
        var everyEntry = new DocumentSearch(archive.Index, SearchTuning.Default with { Candidates = 0 });
        var preselected = new DocumentSearch(archive.Index, SearchTuning.Default with { Candidates = 12 });

        foreach (var request in new[]
                 {
                     new SearchRequest { Query = query, PageSize = 5 },
                     new SearchRequest { Query = query, PageSize = 1, Page = 2, Kind = "Nghị định" },
                     new SearchRequest { Query = query, PageSize = 5, Sort = SearchSort.Date },
                 })
        {
            var expected = everyEntry.Search(request);
            var actual = preselected.Search(request);

            Assert.NotEmpty(expected.Hits);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Facets.Kind, actual.Facets.Kind);
            Assert.Equal(expected.Facets.Issuer, actual.Facets.Issuer);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.Passage?.Label)), actual.Hits.Select(h => (h.Id, h.Score, h.Passage?.Label)));
        }
    }

    [Fact]
    public void Words_sorted_by_date_find_documents_that_have_no_date()
    {
        using var archive = new SearchArchive();
        archive.Add("bb-1", "Biên bản họp thôn Nà Hang", "Các hộ thống nhất ngày ra quân làm đường liên thôn.");
        archive.Add("bb-2", "Biên bản họp thôn Cốc Lùng", "Các hộ thống nhất mức đóng góp làm đường.");

        var found = archive.Find("làm đường", r => r with { Sort = SearchSort.Date });

        Assert.Equal(2, found.Total);
        Assert.Equal(["bb-1", "bb-2"], found.Hits.Select(h => h.Id).Order());
    }
}
