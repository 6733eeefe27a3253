using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

/// <summary>
/// Where a law's title ends in running text, one test (or theory) per error family of the audit on real lines the
/// extractor was not tuned on; every sentence is written for the test.
/// </summary>
public class CitationBoundaryTests
{
    private readonly CitationExtractor extractor = new();
    private readonly CitationExtractor rulesOnly = new(ActGazetteer.Empty);

    [Theory]
    [InlineData("các hành vi quy định tại Điều 173 của Bộ luật hình sự xảy ra trên địa bàn xã", "Bộ luật hình sự")]
    [InlineData("người có hành vi quy định tại khoản 2 Điều 20 Luật Quốc tịch Việt Nam đề nghị cơ quan có thẩm quyền xem xét", "Luật Quốc tịch Việt Nam")]
    [InlineData("Thuốc quy định tại Điều 42 của Luật Dược bao gồm các loại sau:", "Luật Dược")]
    [InlineData("theo quy định của Luật Quản lý thuế gửi cơ quan thuế trước ngày 20", "Luật Quản lý thuế")]
    [InlineData("thực hiện theo Điều 9 Luật Thư viện cung cấp thông tin cho bạn đọc", "Luật Thư viện")]
    public void A_listed_title_ends_where_the_sentence_goes_on_whatever_its_next_word(string text, string title)
    {
        Assert.Equal(title, Assert.Single(extractor.Extract(text).Select(c => c.Title).Distinct()));
    }

    [Theory]
    [InlineData("theo Điều 15 của Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) và",
        "Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)")]
    [InlineData("theo Điều 15 của Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người, các cơ sở y tế",
        "Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người")]
    public void A_stop_word_inside_a_listed_title_does_not_cut_it(string text, string title)
    {
        Assert.Equal(title, Assert.Single(extractor.Extract(text)).Title);
        Assert.NotEqual(title, rulesOnly.Extract(text).FirstOrDefault()?.Title);
    }

    [Theory]
    [InlineData("Căn cứ Luật Đầu tư nước ngoài tại Việt Nam ngày 12 tháng 11 năm 1996;", "Luật Đầu tư nước ngoài tại Việt Nam")]
    [InlineData("Căn cứ Luật Doanh nghiệp nhà nước số 14/2003/QH11;", "Luật Doanh nghiệp nhà nước")]
    [InlineData("QUỐC HỘI\nLUẬT\nDOANH NGHIỆP NHÀ NƯỚC\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Luật Doanh nghiệp nhà nước")]
    public void An_unlisted_act_longer_than_a_listed_one_keeps_its_title_up_to_its_number_date_or_line_end(string text, string title)
    {
        Assert.Equal(title, extractor.Extract(text).First().Title);
    }

    [Theory]
    [InlineData("theo quy định tại Điều 5 của Luật Hoạt động giám sát của Quốc", "Luật Hoạt động giám sát của Quốc")]
    [InlineData("hướng dẫn thi hành Luật Đầu tư theo phương", "Luật Đầu tư theo phương")]
    public void A_text_that_stops_inside_a_listed_title_ends_the_title_with_it(string text, string title)
    {
        Assert.Equal(title, Assert.Single(extractor.Extract(text)).Title);
    }

    [Theory]
    [InlineData("Điều 12. Loại tiêu chuẩn")]
    [InlineData("b) Lập quy hoạch thủy lợi của hệ thống công trình liên tỉnh;")]
    [InlineData("Mục 3. CẤP TRÍCH LỤC HỘ TỊCH")]
    public void A_word_two_letters_off_law_before_a_title_s_words_is_no_garbled_law(string text)
    {
        Assert.Empty(extractor.Extract(text));
    }

    [Theory]
    [InlineData("đang xây dựng dự thảo Luật Đất đai (sửa đổi) có liên quan đến nhiều ngành", "Luật Đất đai (sửa đổi)")]
    [InlineData("ý kiến góp ý Luật Nhà ở (sửa đổi).", "Luật Nhà ở (sửa đổi)")]
    [InlineData("các văn bản hướng dẫn Luật Hải quan (sửa đổi) và", "Luật Hải quan (sửa đổi)")]
    public void A_revised_mark_after_a_listed_title_stays_in_the_title(string text, string title)
    {
        Assert.Equal(title, Assert.Single(extractor.Extract(text)).Title);
    }
}
