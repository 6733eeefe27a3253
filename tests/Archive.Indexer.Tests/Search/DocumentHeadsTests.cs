using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Tests.Search;

public sealed class DocumentHeadsTests
{
    [Fact]
    public void A_documents_shown_fields_are_read_once_and_a_replaced_document_shows_its_new_ones()
    {
        using var archive = new SearchArchive();
        archive.Add("kh-1", "Kế hoạch thực hiện dân chủ ở cơ sở", "Điều 1. Công khai ngân sách xã hằng quý.", kind: "Kế hoạch", number: "32/KH-UBND");
        archive.Add("bb-1", "Biên bản họp thôn Bản Chắt", "Các hộ thống nhất mức đóng góp làm đường.");

        Assert.Equal("Kế hoạch thực hiện dân chủ ở cơ sở", Assert.Single(archive.Find("ngân sách xã").Hits).Title);
        archive.Index.UseSearcher(searcher =>
        {
            var doc = DocumentEntry(searcher, "kh-1");
            var first = DocumentHeads.Of(searcher.IndexReader, doc);
            Assert.Same(first, DocumentHeads.Of(searcher.IndexReader, doc));
            Assert.Equal(("kh-1", "32/KH-UBND", "Kế hoạch"), (first.Id, first.Number, first.Kind));
            return 0;
        });

        archive.Add("kh-1", "Kế hoạch công khai ngân sách năm 2025", "Điều 1. Công khai ngân sách xã hằng tháng.", kind: "Kế hoạch", number: "33/KH-UBND");

        var hit = Assert.Single(archive.Find("ngân sách xã").Hits);
        Assert.Equal(("Kế hoạch công khai ngân sách năm 2025", "33/KH-UBND"), (hit.Title, hit.Number));
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
