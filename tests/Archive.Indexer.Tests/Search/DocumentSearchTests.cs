using System.Text;
using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

public sealed class DocumentSearchTests : IClassFixture<DocumentSearchTests.Archive>
{
    /// <summary>One small archive shared by the tests: a generated 90-article law (paged like a PDF), decrees, a plan, minutes.</summary>
    public sealed class Archive : IDisposable
    {
        public SearchArchive Store { get; } = new();

        public Archive()
        {
            Store.Add("luat-90", "Luật Quản lý tài nguyên rừng", GeneratedLaw(90), kind: "Luật", number: "16/2017/QH14", issuer: "Quốc hội",
                issuedOn: new DateOnly(2017, 11, 15), paged: true);
            Store.Add("nd-59", "Nghị định quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở",
                "CHÍNH PHỦ\nSố: 59/2023/NĐ-CP\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết về dân chủ ở cơ sở.\n"
                + "Điều 5. Hội nghị thôn\nHội nghị thôn bàn và quyết định mức đóng góp xây dựng đường giao thông.",
                kind: "Nghị định", number: "59/2023/NĐ-CP", issuer: "Chính phủ", issuedOn: new DateOnly(2023, 8, 14));
            Store.Add("nd-100", "Nghị định xử phạt vi phạm hành chính giao thông đường bộ",
                "Số: 100/2019/NĐ-CP\nĐiều 6. Xử phạt người điều khiển xe mô tô\nKhông đội mũ bảo hiểm bị phạt tiền.\n"
                + "Điều 7. Xử phạt người điều khiển xe đạp\nPhạt cảnh cáo.",
                kind: "Nghị định", number: "100/2019/NĐ-CP", issuer: "Chính phủ", issuedOn: new DateOnly(2019, 12, 30));
            Store.Add("kh-15", "Kế hoạch thực hiện dân chủ ở cơ sở năm 2025",
                "Số: 15/KH-UBND\nCăn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ.\nI. MỤC ĐÍCH\nPhát huy dân chủ ở cơ sở.\n"
                + "II. NỘI DUNG\n1. Công khai\nCông khai dự toán ngân sách xã.",
                kind: "Kế hoạch", number: "15/KH-UBND", issuer: "UBND huyện Đình Lập", issuedOn: new DateOnly(2025, 2, 20));
            Store.Add("bb-thon", "Biên bản họp thôn Bản Chắt",
                "BIÊN BẢN\nThôn bàn bạc mức đóng góp làm đường bê tông; thực hiện dân chủ ở cơ sở. Biểu quyết: tán thành 40/42 hộ.",
                kind: "Biên bản", issuer: "Thôn Bản Chắt", issuedOn: new DateOnly(2024, 9, 14));
            Store.Add("qd-hoa-giai", "Quyết định kiện toàn tổ hoà giải thôn",
                "Số: 12/QĐ-UBND\nĐiều 1. Kiện toàn tổ hoà giải ở cơ sở thôn Nà Pàn gồm 5 thành viên.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.",
                kind: "Quyết định", number: "12/QĐ-UBND", issuer: "UBND xã Bính Xá", issuedOn: new DateOnly(2024, 3, 1));
        }

        public void Dispose() => Store.Dispose();
    }

    private readonly SearchArchive archive;

    public DocumentSearchTests(Archive fixture) => archive = fixture.Store;

    /// <summary>A law of <paramref name="articles"/> articles: a header page, then one page (form feed) per chapter of ten articles.</summary>
    private static string GeneratedLaw(int articles)
    {
        string[] topics = ["bảo vệ rừng", "phát triển rừng", "sử dụng rừng", "giao rừng", "cho thuê rừng", "khai thác lâm sản", "phòng cháy rừng", "trồng rừng"];
        var text = new StringBuilder("QUỐC HỘI\nLuật số: 16/2017/QH14\nLUẬT LÂM NGHIỆP\n");
        for (var n = 1; n <= articles; n++)
        {
            if (n % 10 == 1) { text.Append('\f'); text.Append($"Chương {n / 10 + 1}\nQUY ĐỊNH VỀ {topics[n % topics.Length].ToUpperInvariant()}\n"); }
            var topic = topics[n % topics.Length];
            text.Append($"Điều {n}. Quy định về {topic} lần thứ {n}\n");
            text.Append($"1. Tổ chức, cá nhân có trách nhiệm {topic} theo quy định của Luật này và pháp luật có liên quan.\n");
            text.Append(n == 57
                ? "2. Nghiêm cấm săn bắt động vật hoang dã quý hiếm trong vườn quốc gia và khu bảo tồn thiên nhiên.\n"
                : $"2. Ủy ban nhân dân cấp xã hướng dẫn, kiểm tra việc {topic} trên địa bàn.\n");
        }
        return text.ToString();
    }

    [Fact]
    public void A_query_matching_one_article_of_a_90_article_law_names_that_article_its_heading_and_its_page()
    {
        var hit = archive.Find("săn bắt động vật hoang dã trong vườn quốc gia").Hits[0];

        Assert.Equal("luat-90", hit.Id);
        Assert.NotNull(hit.Passage);
        Assert.Equal("Điều 57", hit.Passage.Label);
        Assert.Equal("Quy định về phát triển rừng lần thứ 57", hit.Passage.Heading);
        Assert.Equal(7, hit.Passage.Page); // page 1 is the header, articles 51–60 are on page 7
        Assert.Contains("<mark>", hit.Passage.Snippet);
    }

    [Fact]
    public void An_accent_less_query_highlights_the_accented_original_text()
    {
        var hit = archive.Find("san bat dong vat hoang da").Hits[0];

        Assert.True(hit.Snippet.Contains("<mark>săn</mark> <mark>bắt</mark>", StringComparison.Ordinal), hit.Snippet);
        Assert.True(hit.Snippet.Contains("<mark>động</mark>", StringComparison.Ordinal), hit.Snippet);
    }

    [Fact]
    public void Facets_count_the_documents_matching_the_current_query_by_kind_year_and_issuer()
    {
        var results = archive.Find("\"dân chủ ở cơ sở\"");

        Assert.Equal(3, results.Total);
        Assert.Equal(["Biên bản", "Kế hoạch", "Nghị định"], results.Facets.Kind.Select(f => f.Value).Order(StringComparer.Ordinal));
        Assert.All(results.Facets.Kind, f => Assert.Equal(1, f.Count));
        Assert.Equal(["2023", "2024", "2025"], results.Facets.Year.Select(f => f.Value).Order(StringComparer.Ordinal));
        Assert.Contains(results.Facets.Issuer, f => f.Value == "Chính phủ" && f.Count == 1);
        Assert.DoesNotContain(results.Facets.Kind, f => f.Value == "Luật");
    }

    [Fact]
    public void Filters_on_kind_issuer_and_dates_narrow_the_result()
    {
        Assert.Equal(["nd-59"], archive.Find("dân chủ", r => r with { Kind = "nghi dinh" }).Hits.Select(h => h.Id));
        Assert.Equal(["kh-15"], archive.Find("dân chủ", r => r with { Issuer = "UBND huyện Đình Lập" }).Hits.Select(h => h.Id));
        Assert.Equal(["bb-thon"], archive.Find("dân chủ", r => r with { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) }).Hits.Select(h => h.Id));
        Assert.Equal(["nd-100", "nd-59"], archive.Find(null, r => r with { Kind = "Nghị định", Sort = SearchSort.Date })
            .Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_issue_first()
    {
        var ids = archive.Find("\"dân chủ ở cơ sở\"", r => r with { Sort = SearchSort.Date }).Hits.Select(h => h.Id);

        Assert.Equal(["kh-15", "bb-thon", "nd-59"], ids);
    }

    [Fact]
    public void A_minus_word_excludes_the_documents_containing_it()
    {
        var ids = archive.Find("dân chủ ở cơ sở -biểu").Hits.Select(h => h.Id).ToList();

        Assert.Contains("nd-59", ids);
        Assert.DoesNotContain("bb-thon", ids);
    }

    [Fact]
    public void A_quoted_phrase_requires_the_words_together()
    {
        var ids = archive.Find("\"đường bê tông\"").Hits.Select(h => h.Id);

        Assert.Equal(["bb-thon"], ids);
    }

    [Theory]
    [InlineData("59/2023/NĐ-CP")]
    [InlineData("59/2023/ND-CP")]
    [InlineData("nd 59/2023")]
    [InlineData("NĐ59")]
    [InlineData("nghị định 59")]
    [InlineData("nghi dinh so 59")]
    public void A_symbol_in_any_spelling_puts_the_document_bearing_it_first(string typed)
    {
        var hits = archive.Find(typed).Hits;

        Assert.Equal("nd-59", hits[0].Id);
        Assert.Equal("59/2023/NĐ-CP", hits[0].Number);
    }

    [Fact]
    public void Old_and_new_tone_placement_and_nfd_input_find_the_same_document()
    {
        Assert.Equal("qd-hoa-giai", archive.Find("hòa giải").Hits[0].Id);
        Assert.Equal("qd-hoa-giai", archive.Find("hoà giải".Normalize(NormalizationForm.FormD)).Hits[0].Id);
    }

    [Theory]
    [InlineData("\"dân chủ")]
    [InlineData("*")]
    [InlineData("dân*")]
    [InlineData("title:dân")]
    [InlineData("\\")]
    [InlineData("a\\\"b:c*")]
    [InlineData("🙂 🏛️ dân chủ 🙂")]
    [InlineData("?!.,;:()[]{}<>")]
    [InlineData("-")]
    [InlineData("- - -\"")]
    [InlineData("OR OR AND NOT")]
    [InlineData("\u0000\u200b\ufeff")]
    public void Any_input_answers_without_throwing(string typed)
    {
        var results = archive.Find(typed);

        Assert.NotNull(results);
        Assert.True(results.Hits.Count <= 20);
    }

    [Fact]
    public void A_5000_character_query_answers_without_throwing()
    {
        var typed = string.Concat(Enumerable.Repeat("dân chủ \"cơ sở\" -thôn 59/2023 ", 200))[..5000];

        var results = archive.Find(typed);

        Assert.NotNull(results);
    }

    [Fact]
    public void A_page_far_beyond_the_result_window_answers_at_once_without_collecting_millions_of_hits()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var results = archive.Find("dân chủ", r => r with { Page = 10_000_000, PageSize = 100 });

        Assert.Empty(results.Hits);
        Assert.True(results.Total > 0);
        // Collecting page × pageSize = 10⁹ hits would allocate gigabytes; the window caps it at 10,000.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, $"{GC.GetAllocatedBytesForCurrentThread() - before} bytes");
    }
}
