using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

public class CitationExtractorTests
{
    private readonly CitationExtractor extractor = new();

    [Fact]
    public void A_decree_citation_carries_symbol_date_issuer_and_exact_span()
    {
        const string text = "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết";
        var c = Assert.Single(extractor.Extract(text));
        Assert.Equal(("Nghị định", "59/2023/NĐ-CP", new DateOnly(2023, 8, 14), "Chính phủ", CitationRelation.Basis),
            (c.Kind, c.Symbol, c.Date, c.Issuer, c.Relation));
        Assert.Equal("Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ", c.Text);
        Assert.Equal(text.IndexOf("Nghị định", StringComparison.Ordinal), c.Start);
        Assert.Equal(c.Start + c.Text.Length, c.End);
    }

    [Theory]
    [InlineData("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật Tổ chức chính quyền địa phương", 2015, 6, 19)]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022;", "Luật Thực hiện dân chủ ở cơ sở", 2022, 11, 10)]
    public void A_law_cited_by_name_has_its_title_and_date(string text, string title, int year, int month, int day)
    {
        var c = Assert.Single(extractor.Extract(text));
        Assert.Equal(("Luật", title, (string?)null, new DateOnly(year, month, day)), (c.Kind, c.Title, c.Symbol, c.Date));
    }

    [Fact]
    public void A_code_cited_with_its_year_keeps_the_year_out_of_the_title()
    {
        var c = Assert.Single(extractor.Extract("Căn cứ Bộ luật Dân sự năm 2015;"));
        Assert.Equal(("Bộ luật", "Bộ luật Dân sự", 2015, (DateOnly?)null), (c.Kind, c.Title, c.Year, c.Date));
    }

    [Fact]
    public void A_law_with_title_and_number_has_both()
    {
        var c = Assert.Single(extractor.Extract("Luật Ngân sách nhà nước số 83/2015/QH13"));
        Assert.Equal(("Luật Ngân sách nhà nước", "83/2015/QH13"), (c.Title, c.Symbol));
    }

    [Theory]
    [InlineData("khoản 1, 2 và 3 Điều 15 Luật Đất đai", "15:1:,15:2:,15:3:")]
    [InlineData("điểm a, b khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP", "5:2:a,5:2:b")]
    [InlineData("Điều 3, Điều 4 và Điều 7 Nghị định số 59/2023/NĐ-CP", "3::,4::,7::")]
    [InlineData("các Điều 5, 6, 7 Nghị định số 59/2023/NĐ-CP", "5::,6::,7::")]
    [InlineData("từ Điều 5 đến Điều 7 Nghị định số 59/2023/NĐ-CP", "5::,6::,7::")]
    [InlineData("điểm a khoản 1, khoản 3 Điều 5 Nghị định số 59/2023/NĐ-CP", "5:1:a,5:3:")]
    [InlineData("khoản 1 Điều 3 và Điều 5 Nghị định số 59/2023/NĐ-CP", "3:1:,5::")]
    [InlineData("điểm a, khoản 2, Điều 5 Nghị định số 59/2023/NĐ-CP", "5:2:a")]
    [InlineData("điểm d và đ khoản 1 Điều 4 Nghị định số 59/2023/NĐ-CP", "4:1:d,4:1:đ")]
    [InlineData("Điều 10a Nghị định số 59/2023/NĐ-CP", "10a::")]
    public void Every_cited_clause_and_point_is_its_own_citation(string text, string expected)
    {
        var got = extractor.Extract(text).Select(c => $"{c.Article}:{c.Clause}:{c.Point}");
        Assert.Equal(expected, string.Join(',', got));
    }

    [Fact]
    public void A_long_range_cites_only_its_two_ends()
    {
        var articles = extractor.Extract("từ Điều 1 đến Điều 40 Luật Đất đai").Select(c => c.Article);
        Assert.Equal(["1", "40"], articles);
    }

    [Theory]
    [InlineData("Điều 10 Luật này", "Luật", "10")]
    [InlineData("theo quy định tại Điều 5 của Nghị định này", "Nghị định", "5")]
    [InlineData("Thông tư này có hiệu lực từ ngày 01/01/2025.", "Thông tư", null)]
    [InlineData("theo quy định tại Điều 5", null, "5")]
    public void Self_references_cite_the_text_itself(string text, string? kind, string? article)
    {
        var c = Assert.Single(extractor.Extract(text));
        Assert.True(c.Self);
        Assert.Null(c.Symbol);
        Assert.Equal((kind, article), (c.Kind, c.Article));
    }

    [Theory]
    [InlineData("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", CitationRelation.Basis)]
    [InlineData("Sửa đổi, bổ sung khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP như sau:", CitationRelation.Amends)]
    [InlineData("Khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP được sửa đổi, bổ sung như sau:", CitationRelation.Amends)]
    [InlineData("Quyết định này thay thế Quyết định số 125/QĐ-UBND.", CitationRelation.Replaces)]
    [InlineData("Bãi bỏ Điều 10 Nghị định số 15/2020/NĐ-CP.", CitationRelation.Repeals)]
    [InlineData("Nghị định số 12/2019/NĐ-CP hết hiệu lực kể từ ngày 01/7/2024.", CitationRelation.Repeals)]
    [InlineData("Thông tư này hướng dẫn thi hành Nghị định số 30/2020/NĐ-CP.", CitationRelation.Guides)]
    [InlineData("Nghị định này quy định chi tiết một số điều của Nghị quyết số 08/2024/NQ-HĐND.", CitationRelation.Guides)]
    [InlineData("Tiếp tục thực hiện nghiêm túc Chỉ thị số 26/CT-TTg.", CitationRelation.Refers)]
    public void The_relation_comes_from_the_words_around_the_citation(string text, CitationRelation relation)
    {
        var cited = extractor.Extract(text).Where(c => !c.Self);
        Assert.Equal(relation, Assert.Single(cited).Relation);
    }

    [Fact]
    public void A_description_after_a_basis_does_not_change_the_relation_of_what_it_names()
    {
        var citations = extractor.Extract(
            "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;");
        Assert.Equal([CitationRelation.Basis, CitationRelation.Basis], citations.Select(c => c.Relation));
    }

    [Fact]
    public void A_text_naming_itself_after_its_bases_is_not_its_own_basis()
    {
        var citations = extractor.Extract(
            "Căn cứ các mẫu biểu quy định tại Luật Thống kê và Nghị định số 62/2024/NĐ-CP, Ủy ban nhân dân tỉnh ban hành kèm theo Quyết định này Phụ lục II.");
        Assert.Equal([CitationRelation.Basis, CitationRelation.Basis], citations.Where(c => !c.Self).Select(c => c.Relation));
        Assert.Equal(CitationRelation.Refers, Assert.Single(citations, c => c.Self).Relation);
    }

    [Theory]
    [InlineData("Theo đề nghị của Bộ trưởng Bộ Tư pháp;")]
    [InlineData("Điều 5. Hiệu lực thi hành")]
    [InlineData("Số: 32/KH-UBND")]
    [InlineData("Các nghị định hướng dẫn thi hành Luật cần được rà soát.")]
    [InlineData("Thành phần: có mặt 25/27 đại biểu, ngày 14/8/2023.")]
    [InlineData("Kinh phí: khoản 500 triệu đồng.")]
    [InlineData("Chương II. QUY ĐỊNH CỤ THỂ")]
    [InlineData("")]
    public void Text_without_a_citation_yields_none(string text)
    {
        Assert.Empty(extractor.Extract(text));
    }

    [Theory]
    [InlineData("Nghi dinh so 59/2023/ND-CP")]
    [InlineData("Nghị định số 59/2023/N\u00D0-CP")]
    [InlineData("Nghị đinh số 59 /2023/ NĐ - CP")]
    [InlineData("Nghi định s ố 59/2023/NĐ-CP")]
    [InlineData("nghị định số 59/2023/nđ-cp")]
    [InlineData("Nghị định 59/2023")]
    public void Written_variants_of_a_decree_find_the_same_symbol(string text)
    {
        var c = Assert.Single(extractor.Extract(text));
        Assert.Equal(("Nghị định", "59/2023/NĐ-CP"), (c.Kind, c.Symbol));
    }

    [Theory]
    [InlineData("văn bản số 123/UBND-VP", "Công văn")]
    [InlineData("theo 59/2023/NĐ-CP", "Nghị định")]
    [InlineData("theo 851-QĐ/HU", "Quyết định")]
    [InlineData("Luật số 10/2022/QH15", "Luật")]
    public void The_kind_of_a_bare_symbol_is_inferred(string text, string kind)
    {
        Assert.Equal(kind, Assert.Single(extractor.Extract(text)).Kind);
    }

    [Fact]
    public void A_list_of_symbols_after_one_kind_gives_one_citation_each_with_its_own_span()
    {
        const string text = "các Nghị định số 59/2023/NĐ-CP và 60/2023/NĐ-CP";
        var citations = extractor.Extract(text);
        Assert.Equal(["59/2023/NĐ-CP", "60/2023/NĐ-CP"], citations.Select(c => c.Symbol));
        Assert.All(citations, c => Assert.Equal("Nghị định", c.Kind));
        Assert.Equal("60/2023/NĐ-CP", citations[1].Text);
    }

    [Fact]
    public void Issuers_are_reported_as_written()
    {
        var issuers = extractor.Extract(
            "Kế hoạch số 32/KH-UBND, ngày 04/02/2025 của UBND tỉnh Lạng Sơn; Kết luận số 120-KL/TW, ngày 07/01/2016 của Bộ Chính trị (khóa XI) về tiếp tục; "
            + "Nghị quyết số 08/2024/NQ-HĐND ngày 23/7/2024 của Hội đồng nhân dân tỉnh Quy định các biện pháp")
            .Select(c => c.Issuer);
        Assert.Equal(["UBND tỉnh Lạng Sơn", "Bộ Chính trị", "Hội đồng nhân dân tỉnh"], issuers);
    }

    [Fact]
    public void A_symbol_broken_across_pdf_lines_is_one_citation()
    {
        var c = Assert.Single(extractor.Extract("tại Quyết định số 851-\n\nQĐ/HU, ngày 27/01/2022 của Huyện ủy Đình Lập về việc"));
        Assert.Equal(("851-QĐ/HU", new DateOnly(2022, 1, 27), "Huyện ủy Đình Lập"), (c.Symbol, c.Date, c.Issuer));
    }

    [Fact]
    public void Random_text_never_throws_and_spans_stay_inside_it()
    {
        var random = new Random(20250220);
        const string alphabet = "Điều khoản điểm Luật Nghị định số 59/2023/NĐ-CP ngày của này, và; .:-/0123456789 abcđ\n";
        for (var round = 0; round < 500; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            foreach (var c in extractor.Extract(text))
                Assert.Equal(text[c.Start..c.End], c.Text);
        }
    }
}
