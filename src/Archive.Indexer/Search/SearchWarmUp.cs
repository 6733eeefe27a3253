using Archive.Indexer.Analysis;
using Archive.Indexer.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// Runs the search path once before the first person asks: a scratch index of two short decrees written here, in a
/// folder of its own, asked the kinds of question people type (words with and without diacritics, a symbol, a phrase,
/// an exclusion, OR, a filter, a second page). The service compiles each method fully optimized at its first call
/// (no tiered compilation, Archive.Api.csproj), and nothing before the first question runs the query builder, the
/// scorers or the snippets: without this the first questions after a start paid for compiling them. The scratch
/// index shares nothing with the archive's own (its segments' caches go with it).
/// </summary>
public static class SearchWarmUp
{
    private static readonly string[] Questions =
    [
        "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì?",
        "thu tuc cap giay phep xay dung nha o rieng le",
        "Nghị định 15/2024/NĐ-CP",
        "15/2024/ND-CP xử phạt",
        "\"giấy phép xây dựng\" -lương",
        "đất nông nghiệp OR thủy lợi",
        "người lao động được nghỉ bao nhiêu ngày",
    ];

    /// <summary>Builds the scratch index under <paramref name="folder"/> (deleted afterwards), asks the questions; the results, in order.</summary>
    public static IReadOnlyList<SearchResults> Run(string folder)
    {
        var results = new List<SearchResults>();
        try
        {
            using (var index = new DocumentIndex(new IndexOptions { Path = folder, QuietMergeSeconds = 0 }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp))
            {
                var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
                foreach (var (id, number, title, text) in Documents)
                    index.Upsert(id, DocumentSchema.ToLucene(new IndexedDocument
                    {
                        Id = id, Title = title, FileName = id + ".txt", Kind = "Nghị định", Number = number,
                        Issuer = "Chính phủ", IssuedOn = new DateOnly(2024, 2, 15), CreatedAt = created, Text = text,
                    }), refresh: false);
                index.Refresh();
                var search = new DocumentSearch(index);
                foreach (var question in Questions) results.Add(search.Search(new SearchRequest { Query = question }));
                results.Add(search.Search(new SearchRequest { Query = Questions[0], Kind = "Nghị định", Page = 2, PageSize = 1 }));
                results.Add(search.Search(new SearchRequest { Kind = "Nghị định", Sort = SearchSort.Date }));
            }
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* a scratch folder under the temporary folder: left for the system to clean */ }
        }
        return results;
    }

    private static readonly (string Id, string Number, string Title, string Text)[] Documents =
    [
        ("warm-up-1", "15/2024/NĐ-CP", "Nghị định quy định về cấp giấy phép xây dựng",
            """
            CHÍNH PHỦ
            Số: 15/2024/NĐ-CP
            NGHỊ ĐỊNH
            Quy định về cấp giấy phép xây dựng và xử phạt vi phạm hành chính trong hoạt động xây dựng

            Chương I
            QUY ĐỊNH CHUNG

            Điều 1. Phạm vi điều chỉnh
            Nghị định này quy định thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ, công trình trên đất nông nghiệp và công trình thủy lợi.

            Điều 2. Hồ sơ đề nghị cấp giấy phép xây dựng
            1. Đơn đề nghị cấp giấy phép xây dựng.
            2. Bản sao giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai.
            3. Bản vẽ thiết kế xây dựng nhà ở riêng lẻ.

            Chương II
            XỬ PHẠT VI PHẠM

            Điều 3. Xử phạt hành vi xây dựng không có giấy phép
            Phạt tiền từ 10.000.000 đồng đến 20.000.000 đồng đối với hành vi xây dựng nhà ở riêng lẻ không có giấy phép xây dựng theo Điều 2 Nghị định này.
            """),
        ("warm-up-2", "45/2024/NĐ-CP", "Nghị định quy định chi tiết về thời giờ làm việc, thời giờ nghỉ ngơi",
            """
            CHÍNH PHỦ
            Số: 45/2024/NĐ-CP
            NGHỊ ĐỊNH
            Quy định chi tiết một số điều của Bộ luật Lao động về thời giờ làm việc, thời giờ nghỉ ngơi

            Điều 1. Nghỉ hằng năm
            Người lao động làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng năm, hưởng nguyên lương 12 ngày làm việc.

            Điều 2. Nghỉ lễ, tết
            Người lao động được nghỉ làm việc, hưởng nguyên lương trong những ngày lễ, tết theo quy định tại Nghị định số 15/2024/NĐ-CP.
            """),
    ];
}
