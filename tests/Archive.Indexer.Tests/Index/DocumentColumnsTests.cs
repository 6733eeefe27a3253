using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Archive.Indexer.Tests.Search;
using Lucene.Net.Index;

namespace Archive.Indexer.Tests.Index;

public sealed class DocumentColumnsTests
{
    [Fact]
    public void Every_entry_holds_the_kind_issuer_year_day_and_upload_time_its_doc_values_hold_and_none_where_they_hold_none()
    {
        using var archive = new SearchArchive();
        archive.Add("nd-1", "Nghị định về đăng ký kết hôn", "Điều 1. Phạm vi\nNghị định này quy định việc đăng ký kết hôn.",
            kind: "Nghị định", issuer: "Chính phủ", issuedOn: new DateOnly(2015, 3, 2));
        archive.Add("tt-2", "Thông tư về thuế", "Điều 1. Thuế thu nhập cá nhân\nNgười nộp thuế kê khai hằng tháng.",
            kind: "Thông tư", issuer: "Bộ Tài chính", issuedOn: new DateOnly(2021, 11, 30));
        archive.Add("cv-3", "Công văn không rõ nơi ban hành", "Một văn bản không có loại, nơi ban hành hay ngày ban hành.");

        archive.Index.UseSearcher(searcher =>
        {
            var checkedEntries = 0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var segment = leaf.AtomicReader;
                var columns = DocumentColumns.Of(segment);
                var kinds = segment.GetSortedDocValues(DocumentFields.KindFacet);
                var issuers = segment.GetSortedDocValues(DocumentFields.IssuerFacet);
                var days = segment.GetNumericDocValues(DocumentFields.IssuedOnDay);
                var hasDay = segment.GetDocsWithField(DocumentFields.IssuedOnDay);
                var years = segment.GetNumericDocValues(DocumentFields.Year);
                var created = segment.GetNumericDocValues(DocumentFields.CreatedAt);
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    Assert.Equal(Name(kinds, doc), Name(columns.Kind, doc));
                    Assert.Equal(Name(issuers, doc), Name(columns.Issuer, doc));
                    var dated = hasDay is not null && hasDay.Get(doc);
                    Assert.Equal(dated ? (int)days!.Get(doc) : DocumentColumns.None, columns.IssuedOnDay(segment)[doc]);
                    Assert.Equal(dated ? (int)years!.Get(doc) : DocumentColumns.None, columns.Year[doc]);
                    Assert.Equal(created?.Get(doc) ?? 0, columns.CreatedAt(segment)[doc]);
                    checkedEntries++;
                }
            }
            Assert.True(checkedEntries >= 6); // three documents, each a document entry and at least one passage
            return 0;
        });
        var all = archive.Find("văn bản OR thuế OR kết hôn");
        Assert.Equal([("Nghị định", 1), ("Thông tư", 1)], all.Facets.Kind.Select(f => (f.Value, f.Count)).Order());
        Assert.Equal([("2015", 1), ("2021", 1)], all.Facets.Year.Select(f => (f.Value, f.Count)).Order());
    }

    [Fact]
    public void A_segment_is_read_once_and_a_new_segment_gets_its_own_columns()
    {
        using var archive = new SearchArchive();
        archive.Add("nd-1", "Nghị định về đăng ký kết hôn", "Điều 1. Phạm vi\nNghị định này quy định việc đăng ký kết hôn.",
            kind: "Nghị định", issuer: "Chính phủ", issuedOn: new DateOnly(2015, 3, 2));
        var first = archive.Index.UseSearcher(searcher => DocumentColumns.Of(searcher.IndexReader.Leaves[0].AtomicReader));

        archive.Add("tt-2", "Thông tư về thuế", "Điều 1. Thuế thu nhập cá nhân\nNgười nộp thuế kê khai hằng tháng.",
            kind: "Thông tư", issuer: "Bộ Tài chính", issuedOn: new DateOnly(2021, 11, 30));

        archive.Index.UseSearcher(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            Assert.Equal(2, leaves.Count);
            Assert.Same(first, DocumentColumns.Of(leaves[0].AtomicReader));
            var second = DocumentColumns.Of(leaves[1].AtomicReader);
            Assert.NotSame(first, second);
            Assert.Equal(["Thông tư"], second.Kind.Names);
            return 0;
        });
    }

    private static string? Name(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) < 0) return null;
        var name = new Lucene.Net.Util.BytesRef();
        values.Get(doc, name);
        return name.Utf8ToString();
    }

    private static string? Name(FacetColumn column, int doc) => column.Ords[doc] < 0 ? null : column.Names[column.Ords[doc]];

    [Fact]
    public void A_date_ordered_search_after_a_document_was_replaced_reads_the_dates_through_the_reader_it_holds()
    {
        using var archive = new SearchArchive();
        // Three documents in one segment (one refresh); one replaced at once, so that the segment has deletions and its
        // searchers read it through a reader of their own (without deletions they share the writer's, never closed).
        archive.Add("nd-1", "Nghị định về thuế đất", "Điều 1. Thuế sử dụng đất nông nghiệp được miễn.",
            kind: "Nghị định", issuedOn: new DateOnly(2015, 3, 2), refresh: false);
        archive.Add("tt-2", "Thông tư về thuế", "Điều 1. Thuế thu nhập cá nhân\nNgười nộp thuế kê khai hằng tháng.",
            kind: "Thông tư", issuedOn: new DateOnly(2021, 11, 30), refresh: false);
        archive.Add("cv-3", "Công văn về lệ phí", "Lệ phí trước bạ nộp tại bộ phận một cửa.", issuedOn: new DateOnly(2019, 1, 1), refresh: false);
        archive.Index.Refresh();
        archive.Add("cv-3", "Công văn về lệ phí", "Lệ phí trước bạ nộp tại bộ phận một cửa của huyện.", issuedOn: new DateOnly(2019, 1, 1));
        // A search by relevance makes the segment's columns (its facets) without their dates.
        Assert.Equal(2, archive.Find("thuế").Total);
        // Another replacement in that segment: the reopen gives it a new reader on the same core and closes the one
        // the columns were made with.
        archive.Add("nd-1", "Nghị định về thuế đất", "Điều 1. Thuế sử dụng đất nông nghiệp được miễn đến năm 2030.",
            kind: "Nghị định", issuedOn: new DateOnly(2016, 5, 1));

        var byDate = archive.Find("thuế", r => r with { Sort = SearchSort.Date });
        Assert.Equal(["tt-2", "nd-1"], byDate.Hits.Select(h => h.Id));
    }
}
