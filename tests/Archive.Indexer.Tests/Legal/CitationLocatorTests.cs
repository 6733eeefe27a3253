using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

/// <summary>
/// Points, clauses, articles, headings and forms, one test (or theory) per error family of the audit on real lines the
/// extractor was not tuned on; every sentence is written for the test.
/// </summary>
public class CitationLocatorTests
{
    private readonly CitationExtractor extractor = new();

    private string Extracted(string text) => CitationItems.Of(extractor, text);

    [Theory]
    [InlineData("theo quy định tại điểm c3 khoản 2 Điều 14 Nghị định số 45/2031/NĐ-CP",
        "Nghị định|45/2031/NĐ-CP||14|2|c3")]
    [InlineData("các khoản chi quy định tại các điểm a1, a2 và điểm r khoản 4 Điều 7 Thông tư này",
        "Thông tư||self|7|4|a1;Thông tư||self|7|4|a2;Thông tư||self|7|4|r")]
    [InlineData("trừ trường hợp quy định tại điểm t khoản 1 Điều 8", "||self|8|1|t")]
    [InlineData("từ điểm q đến điểm s khoản 1 Điều 3 Luật này", "Luật||self|3|1|q;Luật||self|3|1|r;Luật||self|3|1|s")]
    public void A_point_label_may_run_past_p_and_carry_a_number(string text, string expected)
    {
        Assert.Equal(expected, Extracted(text));
    }

    [Theory]
    [InlineData("theo điểm b khoản 3 các Điều 12, 13 và Điều 15 Nghị định số 20/2031/NĐ-CP",
        "Nghị định|20/2031/NĐ-CP||12|3|b;Nghị định|20/2031/NĐ-CP||13|3|b;Nghị định|20/2031/NĐ-CP||15|3|b")]
    [InlineData("được quy định tại khoản 1 các Điều 40 và 41 của Luật này", "Luật||self|40|1|;Luật||self|41|1|")]
    [InlineData("theo khoản 1 Điều 3 và Điều 5 Nghị định số 20/2031/NĐ-CP",
        "Nghị định|20/2031/NĐ-CP||3|1|;Nghị định|20/2031/NĐ-CP||5||")]
    public void A_clause_of_the_articles_named_with_cac_is_the_clause_of_each(string text, string expected)
    {
        Assert.Equal(expected, Extracted(text));
    }

    [Theory]
    [InlineData("Điều 6- Nhiệm vụ và quyền hạn của Sở Tư pháp")]
    [InlineData("Điều 12 - Hiệu lực thi hành")]
    [InlineData("Điều 4 – ĐIỀU KHOẢN THI HÀNH")]
    public void An_old_style_heading_with_a_dash_is_no_citation(string text)
    {
        Assert.Empty(extractor.Extract(text));
    }

    [Fact]
    public void A_range_of_articles_with_a_dash_at_a_line_start_is_still_cited()
    {
        Assert.Equal("Luật||self|3||;Luật||self|4||;Luật||self|5||", Extracted("Điều 3 - Điều 5 của Luật này không áp dụng"));
    }

    [Theory]
    [InlineData("Bảng kê hàng hóa (mẫu số 02/BK-HTQT);")]
    [InlineData("Tờ khai đăng ký thuế mẫu số 05/ĐK-TCT, thông báo mẫu số 12/TB-ĐKT")]
    [InlineData("Mẫu số: 07/TB-KMT")]
    [InlineData("ghi vào mẫu sổ ST-12/HĐ, mẫu ST- 14/HĐ (theo mẫu đính kèm).")]
    [InlineData("gửi đơn theo mẫu 03/BTTTT")]
    public void A_form_s_code_is_no_document(string text)
    {
        Assert.Empty(extractor.Extract(text));
    }

    [Theory]
    [InlineData("nộp tờ khai mẫu số 05/ĐK-TCT ban hành kèm theo Thông tư số 86/2031/TT-BTC", "Thông tư|86/2031/TT-BTC||||")]
    [InlineData("lập theo mẫu quy định tại Nghị định số 30/2030/NĐ-CP", "Nghị định|30/2030/NĐ-CP||||")]
    [InlineData("Mẫu số 02 ban hành kèm theo Quyết định số 1234/QĐ-UBND", "Quyết định|1234/QĐ-UBND||||")]
    [InlineData("thực hiện theo mẫu Thông báo số 15/TB-UBND ngày 02/3/2031", "Thông báo|15/TB-UBND||||")]
    public void A_document_named_near_a_form_is_still_cited(string text, string expected)
    {
        Assert.Equal(expected, Extracted(text));
    }

    [Theory]
    [InlineData("c) Sắc lệnh số 76/SL ngày 20 tháng 5 năm 1950 về quy chế công chức;", "Sắc lệnh|76/SL||||")]
    [InlineData("khoản 3 Điều 1 Quyết định số 217-CT ngày 14 tháng 11 năm 1987", "Quyết định|217-CT||1|3|")]
    [InlineData("các xã theo Nghị quyết 12b/2031/NQ-CP ngày 5 tháng 01 năm 2031", "Nghị quyết|12b/2031/NQ-CP||||")]
    public void Old_decrees_and_lettered_numbers_are_cited_with_their_kind(string text, string expected)
    {
        Assert.Equal(expected, Extracted(text));
    }

    [Fact]
    public void A_number_in_a_web_address_is_no_citation()
    {
        Assert.Equal("Quyết định|45/2031/QĐ-TTg||||",
            Extracted("theo Quyết định số [45/2031/QĐ-TTg](http://example.vn/tim-van-ban.aspx?keyword=45/2031/Q%C4%90-TTg&area=2)"));
    }
}
