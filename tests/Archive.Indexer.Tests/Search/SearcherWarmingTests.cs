using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>A new searcher is warmed before any search gets it: nobody's question pays for what a reopen changed.</summary>
public sealed class SearcherWarmingTests
{
    [Fact]
    public void A_searcher_reopened_after_an_upload_already_holds_the_new_documents_shown_fields_before_its_first_search()
    {
        using var archive = new SearchArchive();
        archive.Add("kh-1", "Kế hoạch thực hiện dân chủ ở cơ sở", "Điều 1. Công khai ngân sách xã hằng quý.");
        archive.Add("bb-1", "Biên bản họp thôn Bản Chắt", "Các hộ thống nhất mức đóng góp làm đường.");

        archive.Index.UseSearcher(searcher =>
        {
            Assert.True(DocumentHeads.IsRemembered(searcher.IndexReader, DocumentEntry(searcher, "bb-1")));
            Assert.True(DocumentHeads.IsRemembered(searcher.IndexReader, DocumentEntry(searcher, "kh-1")));
            return 0;
        });
    }

    [Fact]
    public void The_terms_a_question_looked_up_are_known_to_the_next_searcher_with_the_new_documents_counted()
    {
        using var archive = new SearchArchive();
        archive.Add("kh-1", "Kế hoạch thực hiện dân chủ ở cơ sở", "Điều 1. Công khai ngân sách xã hằng quý.");
        Assert.Single(archive.Find("ngân sách").Hits);
        var field = VietnameseAnalyzers.Folded(DocumentFields.PassageText);
        Assert.NotNull(archive.Index.UseSearcher(searcher => TermLookup.Remembered(searcher.IndexReader, field, "ngan")));

        archive.Add("kh-2", "Kế hoạch công khai ngân sách năm 2025", "Điều 1. Công khai ngân sách xã hằng tháng.\nĐiều 2. Niêm yết ngân sách tại nhà văn hóa.");

        archive.Index.UseSearcher(searcher =>
        {
            var carried = TermLookup.Remembered(searcher.IndexReader, field, "ngan");
            Assert.NotNull(carried);
            Assert.Equal(TermContext.Build(searcher.IndexReader.Context, new Term(field, "ngan")).DocFreq, carried.DocFreq);
            return 0;
        });
        Assert.Equal(["kh-1", "kh-2"], archive.Find("ngân sách").Hits.Select(h => h.Id).Order());
    }

    private static int DocumentEntry(IndexSearcher searcher, string id)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(DocumentFields.Id, id)), Occur.MUST },
            { new TermQuery(new Term(DocumentFields.Entry, DocumentFields.DocumentEntry)), Occur.MUST },
        };
        return searcher.Search(query, 1).ScoreDocs.Single().Doc;
    }
}
