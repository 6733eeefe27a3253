using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The documents' first pass scores a question's common words only for the documents they could bring among the
/// candidates, and still picks the candidates, the total and the facets that scoring the whole query on every
/// document gives.
/// </summary>
[Collection(SearchHalvesCollection.Name)]
public sealed class DocumentFirstPassTests(DocumentFirstPassTests.Corpus corpus) : IClassFixture<DocumentFirstPassTests.Corpus>
{
    /// <summary>The 120 documents every test asks (built once: the tests only read it).</summary>
    public sealed class Corpus : IDisposable
    {
        public SearchArchive Archive { get; } = Build();

        public void Dispose() => Archive.Dispose();
    }

    // Words every article holds ("quy định", "người lao động", "cơ quan"), and topics each a few documents hold.
    private static readonly string[] Topics =
    [
        "đăng ký kết hôn", "nghỉ hằng năm", "trợ cấp thất nghiệp", "thuế thu nhập cá nhân", "cấp thẻ căn cước",
        "bồi thường giải phóng mặt bằng", "xử phạt vi phạm hành chính", "bảo hiểm y tế", "lệ phí trước bạ", "hộ kinh doanh",
    ];

    [Theory]
    [InlineData("quy định về đăng ký kết hôn của người lao động", SearchSort.Relevance)]
    [InlineData("cơ quan nào giải quyết trợ cấp thất nghiệp cho người lao động", SearchSort.Relevance)]
    [InlineData("quy dinh ve nghi hang nam cua nguoi lao dong", SearchSort.Relevance)]
    [InlineData("quy định về thuế thu nhập cá nhân của người lao động", SearchSort.Date)]
    public void Candidates_are_those_of_scoring_the_whole_query_on_every_document_when_the_common_words_are_scored_wherever_they_could_count(string question, SearchSort sort)
    {
        var archive = corpus.Archive;
        const int depth = 5;

        archive.Index.UseSearcher(searcher =>
        {
            var documentLevel = DocumentLevel(question, searcher);
            // A cap below the archive's size (120 documents), above what the common words could lift.
            var pass = new DocumentFirstPass(searcher, depth, 100, sort, new FacetCollector(), null, null);
            var candidates = pass.Candidates(documentLevel);
            var expected = Exhaustive(searcher, documentLevel, depth, sort);

            Assert.Equal(expected.Total, pass.Total);
            Assert.False(pass.Pruned);
            Assert.Equal(expected.Best.Select(d => d.Doc).Order(), candidates.Select(d => d.Doc).Order());
            foreach (var candidate in candidates)
                Assert.Equal(expected.Best.Single(d => d.Doc == candidate.Doc).Score, candidate.Score, 1e-4f);
            return 0;
        });
    }

    [Theory]
    [InlineData("quy định về đăng ký kết hôn của người lao động")]
    [InlineData("quy dinh ve nghi hang nam cua nguoi lao dong")]
    public void Capped_common_words_are_scored_for_few_documents_and_the_total_and_facets_stay_those_of_every_matching_document(string question)
    {
        var archive = corpus.Archive;
        const int depth = 5;
        const int cap = 3;

        archive.Index.UseSearcher(searcher =>
        {
            var documentLevel = DocumentLevel(question, searcher);
            var exactFacets = new FacetCollector();
            var exact = new DocumentFirstPass(searcher, depth, 100, SearchSort.Relevance, exactFacets, null, null);
            exact.Candidates(documentLevel);
            var cappedFacets = new FacetCollector();
            var capped = new DocumentFirstPass(searcher, depth, cap, SearchSort.Relevance, cappedFacets, null, null);
            var candidates = capped.Candidates(documentLevel);

            Assert.True(capped.Pruned);
            Assert.Equal(depth + cap, capped.OptionalScored);
            Assert.True(exact.OptionalScored > depth + cap);
            Assert.Equal(depth, candidates.Count);
            Assert.Equal(Exhaustive(searcher, documentLevel, depth, SearchSort.Relevance).Total, capped.Total);
            Assert.Equal(exactFacets.Result().Kind, cappedFacets.Result().Kind);
            Assert.Equal(exactFacets.Result().Issuer, cappedFacets.Result().Issuer);
            return 0;
        });
    }

    [Fact]
    public void An_archive_no_larger_than_the_candidates_and_the_cap_is_scored_by_the_whole_query_in_one_pass()
    {
        var archive = corpus.Archive;
        const int depth = 5;

        archive.Index.UseSearcher(searcher =>
        {
            var documentLevel = DocumentLevel("quy định về đăng ký kết hôn của người lao động", searcher);
            var pass = new DocumentFirstPass(searcher, depth, 1000, SearchSort.Relevance, new FacetCollector(), null, null);
            var candidates = pass.Candidates(documentLevel);
            var expected = Exhaustive(searcher, documentLevel, depth, SearchSort.Relevance);

            Assert.Equal(0, pass.OptionalScored);
            Assert.Equal(expected.Total, pass.Total);
            Assert.Equal(expected.Best.Select(d => (d.Doc, d.Score)).Order(), candidates.Select(d => (d.Doc, d.Score)).Order());
            return 0;
        });
    }

    [Fact]
    public void The_highest_possible_score_of_common_words_is_above_what_any_document_gets_and_within_reach_of_it()
    {
        var archive = corpus.Archive;

        archive.Index.UseSearcher(searcher =>
        {
            var common = new VietnameseQueryBuilder(SearchTuning.Default.Weights).Build("quy định người lao động cơ quan", searcher);
            var bound = ScoreBound.Of(common, searcher, (BM25Similarity)searcher.Similarity);
            var best = searcher.Search(common, 1).MaxScore;

            Assert.InRange(best, 0.2f * bound, bound);
            return 0;
        });
    }

    public static TheoryData<SearchRequest> Filtered => new()
    {
        new SearchRequest { Query = "quy định về đăng ký kết hôn của người lao động", Kind = "Nghị định" },
        new SearchRequest { Query = "quy dinh ve nghi hang nam cua nguoi lao dong", Issuer = "Chính phủ" },
        new SearchRequest { Query = "quy định về trợ cấp thất nghiệp của người lao động -hôn" },
        new SearchRequest { Query = "quy định về thuế thu nhập cá nhân của người lao động", From = new DateOnly(2020, 1, 3), To = new DateOnly(2020, 1, 6) },
        new SearchRequest { Query = "quy định về cấp thẻ căn cước của người lao động", Sort = SearchSort.Date, Kind = "Thông tư" },
    };

    [Theory]
    [MemberData(nameof(Filtered))]
    public void Filters_exclusions_and_the_date_order_give_the_same_page_total_and_facets_as_scoring_the_whole_query_in_one_pass(SearchRequest request)
    {
        var archive = corpus.Archive;
        // 120 documents: with 5 candidates and the common words scored for at most 100 more, the first pass sets them
        // apart; with a cap above the archive's size it scores the whole query in one pass.
        var apart = new DocumentSearch(archive.Index, SearchTuning.Default with { Candidates = 5, CommonScoredAtMost = 100 });
        var whole = new DocumentSearch(archive.Index, SearchTuning.Default with { Candidates = 5, CommonScoredAtMost = 10_000 });

        var expected = whole.Search(request with { PageSize = 5 });
        var found = apart.Search(request with { PageSize = 5 });

        Assert.True(expected.Total > 0);
        Assert.True(expected.Total < 120);
        Assert.Equal(expected.Total, found.Total);
        Assert.Equal(expected.Facets.Kind, found.Facets.Kind);
        Assert.Equal(expected.Facets.Issuer, found.Facets.Issuer);
        Assert.Equal(expected.Facets.Year, found.Facets.Year);
        Assert.Equal(expected.Hits.Select(h => h.Id), found.Hits.Select(h => h.Id));
    }

    private static SearchArchive Build()
    {
        var archive = new SearchArchive();
        for (var i = 0; i < 120; i++)
        {
            // A topic in the first article of a few documents (rare among the articles) and in a dozen titles; the
            // common words in every article, as many times as it goes.
            var articles = Enumerable.Range(0, 2).Select(k =>
                $"Điều {k + 1}. Quy định chung\n" +
                $"Cơ quan quy định người lao động {string.Concat(Enumerable.Repeat("người lao động ", (i + k) % 4))}thực hiện "
                + $"{(k == 0 && i % 20 < Topics.Length ? Topics[i % 20] : "")} theo quy định của cơ quan có thẩm quyền, mục {i}-{k}.\n");
            archive.Add($"doc-{i}", $"Quy định số {i}: {Topics[i / 2 % Topics.Length]}", string.Concat(articles),
                kind: i % 2 == 0 ? "Nghị định" : "Thông tư", issuer: i % 3 == 0 ? "Chính phủ" : "Bộ Tài chính",
                issuedOn: new DateOnly(2020, 1, 1).AddDays(i % 9));
        }
        return archive;
    }

    [Theory]
    [InlineData("quy định về đăng ký kết hôn của người lao động", SearchSort.Relevance)]
    [InlineData("quy dinh ve nghi hang nam cua nguoi lao dong", SearchSort.Relevance)]
    [InlineData("cơ quan nào giải quyết trợ cấp thất nghiệp cho người lao động", SearchSort.Date)]
    public void A_first_pass_split_across_two_threads_keeps_the_candidates_total_and_facets_of_one(string question, SearchSort sort)
    {
        corpus.Archive.Index.UseSearcher(searcher =>
        {
            var query = DocumentLevel(question, searcher);
            var oneFacets = new FacetCollector();
            var one = new DocumentFirstPass(searcher, 5, 1000, sort, oneFacets, null, null);
            var expected = one.Candidates(query);
            var twoFacets = new FacetCollector();
            var two = new DocumentFirstPass(searcher, 5, 1000, sort, twoFacets, null, null);
            var besides = 0;
            List<RankedDocument> actual;
            using (SearchHalves.AlwaysSplit()) actual = two.Candidates(query, () => besides++, split: true);

            // The question's common words are optional beside its required rarer ones: Lucene scores such a query in
            // entry order, which two halves of the entries can share.
            Assert.Contains(((BooleanQuery)query).Clauses, c => c.Occur == Occur.MUST);
            Assert.False(one.SplitByEntries);
            Assert.True(two.SplitByEntries);
            Assert.Equal(1, besides);
            Assert.True(one.Total > 5, $"{one.Total} matches");
            Assert.Equal(one.Total, two.Total);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)).Order(), actual.Select(d => (d.Doc, d.Score)).Order());
            Assert.Equal(oneFacets.Result().Kind, twoFacets.Result().Kind);
            Assert.Equal(oneFacets.Result().Year, twoFacets.Result().Year);
            Assert.Equal(oneFacets.Result().Issuer, twoFacets.Result().Issuer);
            return 0;
        });
    }

    private static Query DocumentLevel(string question, IndexSearcher searcher)
    {
        var words = new VietnameseQueryBuilder(SearchTuning.Default.Weights).Prepare(question, searcher).Words;
        var documentLevel = DocumentLevelQuery.Of(words);
        Assert.NotNull(documentLevel);
        // The question holds common words: they are what the first pass scores apart.
        Assert.Contains(((BooleanQuery)documentLevel).Clauses, c => c.Occur == Occur.SHOULD);
        return documentLevel;
    }

    /// <summary>The whole query scored on every document, as Lucene does, and the best <paramref name="depth"/> in the ranking's order.</summary>
    private static (int Total, List<RankedDocument> Best) Exhaustive(IndexSearcher searcher, Query query, int depth, SearchSort sort)
    {
        var all = searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs;
        var days = MultiDocValues.GetNumericValues(searcher.IndexReader, DocumentFields.IssuedOnDay);
        var created = MultiDocValues.GetNumericValues(searcher.IndexReader, DocumentFields.CreatedAt);
        var ranked = all.Select(d => sort == SearchSort.Date
            ? new RankedDocument(d.Doc, d.Score, -1, days.Get(d.Doc), created.Get(d.Doc))
            : new RankedDocument(d.Doc, d.Score, -1, long.MinValue, 0)).ToList();
        var order = RankedDocument.WorstFirst(sort);
        ranked.Sort((a, b) => order.Compare(b, a));
        return (all.Length, ranked.Take(depth).ToList());
    }
}
