using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

/// <summary>
/// One test (or theory) per error family of issue 11 seen on real lines, each on sentences written for the test.
/// Titles the gazetteer lists are checked with the rules alone too (<see cref="ActGazetteer.Empty"/>), so that a
/// rule cannot hide behind the data file.
/// </summary>
public class CitationFamilyTests
{
    private readonly CitationExtractor extractor = new();
    private readonly CitationExtractor rulesOnly = new(ActGazetteer.Empty);

    private static string Describe(Citation c) => CitationItems.Describe(c);

    [Theory]
    [InlineData("theo quy định tại Điều 12 và Điều 13 của Luật phòng, chống thiên tai.",
        "Luật|Luật phòng, chống thiên tai||12||;Luật|Luật phòng, chống thiên tai||13||")]
    [InlineData("được áp dụng theo điểm b khoản 2 Điều 30 Bộ luật dân sự năm 2015 và",
        "Bộ luật|Bộ luật dân sự||30|2|b")]
    [InlineData("thực hiện theo khoản 4 Điều 9 Luật đo lường;", "Luật|Luật đo lường||9|4|")]
    [InlineData("quy định tại Điều 7 của Luật hòa giải ở cơ sở thì", "Luật|Luật hòa giải ở cơ sở||7||")]
    public void A_named_act_after_a_locator_is_cited_by_its_title_even_in_lower_case(string text, string expected)
    {
        Assert.Equal(expected, string.Join(';', rulesOnly.Extract(text).Select(Describe)));
        Assert.Equal(expected, string.Join(';', extractor.Extract(text).Select(Describe)));
    }

    [Fact]
    public void A_year_after_a_named_act_is_its_year_not_part_of_its_title()
    {
        var c = Assert.Single(extractor.Extract("theo điểm a khoản 1 Điều 4 Bộ luật tố tụng hình sự năm 2015."));
        Assert.Equal(("Bộ luật", "Bộ luật tố tụng hình sự", 2015, false), (c.Kind, c.Title, c.Year, c.Self));
    }

    [Theory]
    [InlineData("Các văn bản hướng dẫn thi hành Luật phải được ban hành kịp thời.")]
    [InlineData("Các nghị định hướng dẫn thi hành Luật cần được rà soát lại.")]
    [InlineData("Học sinh đạt 8 điểm 5 môn thi.")]
    [InlineData("Luật sư có quyền gặp người bị tạm giữ.")]
    [InlineData("Những việc khác do Luật định.")]
    public void Common_nouns_and_scores_cite_nothing(string text)
    {
        Assert.Empty(extractor.Extract(text));
    }

    [Theory]
    [InlineData("Căn cứ Luật Tần số vô tuyến điện số 42/2009/QH12;", "Luật Tần số vô tuyến điện", "42/2009/QH12")]
    [InlineData("Căn cứ Luật Nuôi trồng, khai thác thủy sản số 12/2030/QH16;", "Luật Nuôi trồng, khai thác thủy sản", "12/2030/QH16")]
    [InlineData("Căn cứ Luật Đất đai (sửa đổi) số 13/2003/QH11;", "Luật Đất đai (sửa đổi)", "13/2003/QH11")]
    [InlineData("Căn cứ Luật Thương mại (số 36/2005/QH11 ngày 14 tháng 6 năm 2005);", "Luật Thương mại", "36/2005/QH11")]
    [InlineData("Căn cứ Luật Tổ chức cơ quan đại diện tại nước ngoài số 33/2029/QH16;", "Luật Tổ chức cơ quan đại diện tại nước ngoài", "33/2029/QH16")]
    public void A_title_runs_to_its_own_number_and_makes_one_citation(string text, string title, string symbol)
    {
        var c = Assert.Single(rulesOnly.Extract(text));
        Assert.Equal(("Luật", title, symbol), (c.Kind, c.Title, c.Symbol));
    }

    [Theory]
    [InlineData("thực hiện theo Luật Khoa học và công nghệ và pháp luật có liên quan.", "Luật Khoa học và công nghệ")]
    [InlineData("theo quy định của Luật Phí và lệ phí và các văn bản hướng dẫn.", "Luật Phí và lệ phí")]
    [InlineData("Căn cứ Luật Hòa giải, đối thoại tại Tòa án ngày 16 tháng 6 năm 2020;", "Luật Hòa giải, đối thoại tại Tòa án")]
    public void A_title_ends_where_the_sentence_goes_on(string text, string title)
    {
        Assert.Equal(title, Assert.Single(rulesOnly.Extract(text)).Title);
        Assert.Equal(title, Assert.Single(extractor.Extract(text)).Title);
    }

    [Fact]
    public void The_gazetteer_knows_titles_that_hold_words_the_rules_stop_at()
    {
        const string text = "Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng;";
        Assert.Equal("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", Assert.Single(extractor.Extract(text)).Title);
        Assert.NotEqual("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", Assert.Single(rulesOnly.Extract(text)).Title);
    }

    [Theory]
    [InlineData("Căn cứ Bộ luật tố tụng hình sự số 101/2015/QH13;", "Bộ luật")]
    [InlineData("Căn cứ Pháp lệnh Chống tham nhũng số 03/1998/PL-UBTVQH10;", "Pháp lệnh")]
    [InlineData("theo số 03/1998/PL-UBTVQH10 ngày 26 tháng 2 năm 1998", "Pháp lệnh")]
    [InlineData("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Hiến pháp")]
    public void A_code_an_ordinance_and_the_constitution_keep_their_kind(string text, string kind)
    {
        Assert.Equal(kind, Assert.Single(extractor.Extract(text)).Kind);
    }

    [Theory]
    [InlineData("và thay thế Thông tư liên tịch số 12/2008/TTLT/BTC-BNV ngày 05/02/2008 của liên Bộ", "Thông tư liên tịch", "12/2008/TTLT/BTC-BNV")]
    [InlineData("Bãi bỏ Quyết định số 135/TTg ngày 02 tháng 3 năm 1996 của Thủ tướng Chính phủ.", "Quyết định", "135/TTg")]
    [InlineData("theo Nghị định số 64/CP ngày 27 tháng 9 năm 1993", "Nghị định", "64/CP")]
    public void Old_and_slashed_symbols_are_read_whole(string text, string kind, string symbol)
    {
        var c = Assert.Single(extractor.Extract(text));
        Assert.Equal((kind, symbol), (c.Kind, c.Symbol));
    }

    [Theory]
    [InlineData("theo khoản 2, mục III, Điều 2 Quyết định số 1234/QĐ-UBND ngày 05/5/2021", "Quyết định|1234/QĐ-UBND||2|2|")]
    [InlineData("tại khoản 3 Mục II Kế hoạch thực hiện ban hành kèm theo Quyết định số 55/QĐ-UBND ngày 10/01/2024", "Quyết định|55/QĐ-UBND|||3|")]
    [InlineData("theo điểm a.2 khoản 4 Điều 10 Nghị định số 15/2020/NĐ-CP", "Nghị định|15/2020/NĐ-CP||10|4|a.2")]
    [InlineData("theo điểm 3.2 mục II Phần B Thông tư số 02/2004/TT-BTC ngày 10/01/2004", "Thông tư|02/2004/TT-BTC||||3.2")]
    [InlineData("mức phạt quy định tại các Chương II, III và IV của Nghị định này", "Nghị định||self|||")]
    [InlineData("tại điểm b.1, b.2 và điểm d khoản 1 Điều 6 Thông tư này",
        "Thông tư||self|6|1|b.1;Thông tư||self|6|1|b.2;Thông tư||self|6|1|d")]
    public void Sections_are_passed_over_and_dotted_points_kept(string text, string expected)
    {
        Assert.Equal(expected, string.Join(';', extractor.Extract(text).Select(Describe)));
    }

    [Theory]
    [InlineData("bảo đảm chất lượng theo Tiêu chuẩn quốc gia TCVN 7957:2008 về thoát nước", "Tiêu chuẩn", "TCVN 7957:2008")]
    [InlineData("áp dụng Tiêu chuẩn TCVN/QS 1900:2020 và", "Tiêu chuẩn", "TCVN/QS 1900:2020")]
    [InlineData("đáp ứng QCVN 01:2021/BXD về quy hoạch xây dựng", "Quy chuẩn", "QCVN 01:2021/BXD")]
    [InlineData("phù hợp tiêu chuẩn TCVN ISO 9001:2015", "Tiêu chuẩn", "TCVN ISO 9001:2015")]
    public void A_standard_is_cited_by_its_code(string text, string kind, string code)
    {
        var c = Assert.Single(extractor.Extract(text));
        Assert.Equal((kind, code, false), (c.Kind, c.Symbol, c.Self));
    }

    [Fact]
    public void The_enacting_formula_names_the_law_itself_and_is_no_link_to_another_document()
    {
        var citations = extractor.Extract("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật địa chất và khoáng sản.");
        Assert.Equal(["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Luật địa chất và khoáng sản"], citations.Select(c => c.Title));
        var enacted = citations[1];
        Assert.Equal((true, false, CitationRelation.Refers), (enacted.OwnTitle, enacted.Self, enacted.Relation));
        Assert.Equal((false, CitationRelation.Basis), (citations[0].OwnTitle, citations[0].Relation));
    }

    [Fact]
    public void A_law_s_heading_in_capitals_is_its_own_title()
    {
        var heading = Assert.Single(extractor.Extract("QUỐC HỘI\nLUẬT\nĐỊA CHẤT VÀ KHOÁNG SẢN\nĐiều 1. Phạm vi điều chỉnh"));
        Assert.Equal(("Luật Địa chất và khoáng sản", true), (heading.Title, heading.OwnTitle));
        var summary = Assert.Single(extractor.Extract("NGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐỊA CHẤT VÀ KHOÁNG SẢN"));
        Assert.Equal(("Luật Địa chất và khoáng sản", false), (summary.Title, summary.OwnTitle));
    }

    [Fact]
    public void An_amending_law_cites_the_laws_its_title_names()
    {
        var citations = extractor.Extract(
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân và Luật Phí và lệ phí ngày 10 tháng 5 năm 2030;");
        Assert.Equal(
            ["Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân và Luật Phí và lệ phí", "Luật Thuế thu nhập cá nhân", "Luật Phí và lệ phí"],
            citations.Select(c => c.Title));
        Assert.Equal(new DateOnly(2030, 5, 10), citations[0].Date);
        Assert.All(citations, c => Assert.Equal(CitationRelation.Basis, c.Relation));
    }

    [Fact]
    public void An_amending_law_title_stops_before_a_decree()
    {
        var citations = extractor.Extract(
            "theo Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế và Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ");
        Assert.Equal(
            "Luật|Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế||||;Luật|Luật Bảo hiểm y tế||||;Nghị định|146/2018/NĐ-CP||||",
            string.Join(';', citations.Select(Describe)));
    }

    [Fact]
    public void What_an_amending_law_names_is_not_what_the_citing_text_repeals()
    {
        var citations = extractor.Extract("Bãi bỏ Luật sửa đổi, bổ sung một số điều của Luật Thanh tra số 99/2030/QH16.");
        Assert.Equal([CitationRelation.Repeals, CitationRelation.Refers], citations.Select(c => c.Relation));
        Assert.Equal("99/2030/QH16", citations[0].Symbol);
    }

    [Fact]
    public void An_amending_decree_cited_by_title_keeps_the_amended_decree_s_number_apart()
    {
        Assert.Equal("Nghị định|Nghị định sửa đổi, bổ sung một số điều của Nghị định||||",
            Describe(Assert.Single(extractor.Extract("Về dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định"))));
        var numbered = Assert.Single(extractor.Extract("Nghị định sửa đổi, bổ sung một số điều của Nghị định số 45/2030/NĐ-CP"));
        Assert.Equal(("45/2030/NĐ-CP", CitationRelation.Amends), (numbered.Symbol, numbered.Relation));
    }

    [Theory]
    [InlineData("Điều 12 Luạt Quản lý thuế, gồm:")]
    [InlineData("Điều 12 Lluật Quản lý thuế, gồm:")]
    [InlineData("Điều 12 Laiật Quản lý thuế, gồm:")]
    public void An_ocr_garbled_law_before_a_known_title_is_that_law(string text)
    {
        Assert.Equal("Luật|Luật Quản lý thuế||12||", Describe(Assert.Single(extractor.Extract(text))));
    }

    [Fact]
    public void A_line_cut_after_the_number_word_still_names_the_kind()
    {
        var c = Assert.Single(extractor.Extract("hồ sơ theo quy định tại khoản 1 Điều 7 Thông tư số"));
        Assert.Equal("Thông tư|||7|1|", Describe(c));
    }
    [Theory]
    [InlineData("QUỐC HỘI\nLuật số: 47/2019/QH14\nHà Nội, ngày 22 tháng 11 năm 2019\nCăn cứ Luật Đất đai số 45/2013/QH13;")]
    [InlineData("BỘ XÂY DỰNG\nThông tư   số:   09/2021/TT-BXD\nCăn cứ Luật Đất đai số 45/2013/QH13;")]
    [InlineData("UBND HUYỆN ĐÌNH LẬP\nSố: 88/KH-UBND\nCăn cứ Luật Đất đai số 45/2013/QH13;")]
    public void A_document_s_own_number_in_its_header_is_no_citation(string text)
    {
        var cited = Assert.Single(extractor.Extract(text));
        Assert.Equal(("45/2013/QH13", false), (cited.Symbol, cited.Self));
    }

    [Fact]
    public void The_own_number_met_again_in_the_text_names_the_text_itself()
    {
        var citations = extractor.Extract(
            "BỘ TÀI CHÍNH\nSố: 31/2019/TT-BTC\nCăn cứ Nghị định số 87/2017/NĐ-CP;\n"
            + "Phụ lục II\n(Ban hành kèm theo Thông tư số 31/2019/TT-BTC ngày 05 tháng 6 năm 2019 của Bộ trưởng Bộ Tài chính)");
        Assert.Equal(["87/2017/NĐ-CP", "31/2019/TT-BTC"], citations.Select(c => c.Symbol));
        Assert.Equal([false, true], citations.Select(c => c.Self));
    }

    [Fact]
    public void A_number_line_below_the_header_is_a_citation_and_does_not_make_the_text_cite_itself()
    {
        var citations = extractor.Extract(
            "UBND XÃ BẮC XA\nSố: 17/KH-UBND\nCăn cứ Quyết định số 12/2022/QĐ-UBND ngày 04/3/2022 của UBND huyện;\n"
            + "Điều 1. Danh mục văn bản\nQuyết định số: 12/2022/QĐ-UBND ngày 04/3/2022\nNghị quyết số: 05/2023/NQ-HĐND ngày 10/7/2023");
        Assert.Equal(["12/2022/QĐ-UBND", "12/2022/QĐ-UBND", "05/2023/NQ-HĐND"], citations.Select(c => c.Symbol));
        Assert.All(citations, c => Assert.False(c.Self));
    }

    [Fact]
    public void A_number_without_a_year_met_again_may_be_another_issuer_s()
    {
        var cited = Assert.Single(extractor.Extract(
            "UBND HUYỆN BẮC SƠN\nSố: 41/KH-UBND\nThực hiện Kế hoạch số 41/KH-UBND ngày 10/01/2024 của UBND tỉnh Lạng Sơn;"));
        Assert.Equal(("41/KH-UBND", false), (cited.Symbol, cited.Self));
    }

    [Theory]
    [InlineData("Chương IV\nQUYỀN CỦA NGƯỜI BỊ TẠM GIỮ VÀ CỦA LUẬT SƯ BÀO CHỮA\nĐiều 20. Quyền của người bị tạm giữ")]
    [InlineData("Ông Trần Văn Bình, LUẬT SƯ của văn phòng, trình bày ý kiến.")]
    [InlineData("Luật sư Nguyễn Thị Hoa tham gia phiên họp.")]
    [InlineData("các luật gia và Luật lệ của làng được ghi trong sổ.")]
    public void A_lawyer_or_rules_are_no_law(string text) => Assert.Empty(extractor.Extract(text));

    [Fact]
    public void The_law_on_lawyers_is_still_a_law() =>
        Assert.Equal("Luật Luật sư", Assert.Single(rulesOnly.Extract("Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006;")).Title);

    [Theory]
    [InlineData("theo Luật Thủy sản\n\nQUỐC HỘI ban hành", "Luật Thủy sản")]
    [InlineData("LUẬT\nĐiều 1. Phạm vi điều chỉnh", null)]
    [InlineData("được sửa đổi theo Luật Lâm nghiệp\nChương II\nQUẢN LÝ RỪNG", "Luật Lâm nghiệp")]
    [InlineData("LUẬT\nTHỦY SẢN\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Luật Thủy sản")]
    public void A_title_does_not_run_into_the_next_paragraph_or_heading(string text, string? title)
    {
        foreach (var run in new[] { extractor, rulesOnly })
            Assert.Equal(title, run.Extract(text).FirstOrDefault(c => c.Kind == "Luật")?.Title);
    }

    [Theory]
    [InlineData("Căn cứ Luật Quản lý\nnợ công ngày 23 tháng 11 năm 2017;", "Luật Quản lý nợ công")]
    [InlineData("Căn cứ Luật\nThủy sản ngày 21 tháng 11 năm 2017;", "Luật Thủy sản")]
    public void A_title_wrapped_by_a_narrow_column_goes_on_on_the_next_line(string text, string title) =>
        Assert.Equal(title, Assert.Single(rulesOnly.Extract(text)).Title);

    [Fact]
    public void The_title_line_on_top_of_a_copied_law_is_its_own_title()
    {
        var citations = extractor.Extract("Luật Thủy sản\n\nQUỐC HỘI\nLuật số: 18/2017/QH14\nCăn cứ Luật Đất đai số 45/2013/QH13;");
        Assert.Equal([("Luật Thủy sản", true), ("45/2013/QH13", false)], citations.Select(c => (c.Symbol ?? c.Title, c.OwnTitle)));
    }
}
