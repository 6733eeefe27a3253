using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

/// <summary>A scanned header's date as the Vietnamese model read it, checked against a second reading of its digits.</summary>
public class HeaderDateDigitsTests
{
    private static string Page(string dateLine) => $"""
        Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        CÔNG BÁO/Số 1021 + 1022/Ngày 14-10-2019
        BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 27/2019/TT-BYT
        {dateLine}
        THÔNG TƯ
        Hướng dẫn khám sức khỏe định kỳ cho người lao động
        Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009;
        """;

    private static DateOnly? IssuedOn(string text) => new DocumentHeaderReader().Read(text).IssuedOn;

    [Theory]
    [InlineData("Hà Nội, ngày 23 tháng 08 năm 2019", "Ha Noi, ngay 28 thang 09 nam 2019", 2019, 9, 28)]
    [InlineData("Hà Nội ngàp 16 thắng 0Ì nằm 2019", "He NOi, nedy 19 thang OL nam 2019", 2019, 1, 19)]
    [InlineData("Hà Nội, ngày 30 tháng 5 năm 2019", "Ha Ndi, ngay 20 thang 5 nadm 2019", 2019, 5, 20)]
    public void A_day_or_month_the_vietnamese_model_misread_is_taken_from_the_digit_reading(
        string recognized, string witness, int year, int month, int day)
    {
        var corrected = HeaderDateDigits.Correct(Page(recognized), $"BO Y TE CONG HOA XA HOI CHU NGHIA VIET NAM\n{witness}\nTHONG TU");

        Assert.Equal(new DateOnly(year, month, day), IssuedOn(corrected));
        Assert.Contains("Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009;", corrected);
    }

    [Theory]
    [InlineData("Ha Noi, ngay 28 thang 09 nam 2018")] // another year: not the same line read twice
    [InlineData("Ha Noi, ngay 2B thang OS nam 2019")] // no digits to believe
    [InlineData("Ha Noi, ngay 31 thang 02 nam 2019")] // no such day
    [InlineData("THONG TU")] // no date at all
    public void A_witness_that_cannot_be_the_same_date_changes_nothing(string witness)
    {
        var page = Page("Hà Nội, ngày 23 tháng 08 năm 2019");

        Assert.Equal(page, HeaderDateDigits.Correct(page, witness));
        Assert.Equal(new DateOnly(2019, 8, 23), IssuedOn(page));
    }

    [Theory]
    [InlineData("Hà Nội, ngày #@ tháng ý năm 2019")] // handwritten, not read as digits
    [InlineData("Hà Nội, ngày … tháng … năm 2019")] // left blank
    public void A_day_OCR_saw_no_digit_in_is_left_unread_and_the_preamble_date_untouched(string dateLine)
    {
        var page = Page(dateLine);

        var corrected = HeaderDateDigits.Correct(page, "Ha Noi, ngay 25 thang 11 nam 2019\nCan cu Luat Kham benh, chua benh ngay 23 thang 11 nam 2009");

        Assert.Equal(page, corrected);
        Assert.Null(IssuedOn(corrected));
    }

    [Fact]
    public void A_year_read_with_a_digit_too_many_is_read_from_the_witness()
    {
        var corrected = HeaderDateDigits.Correct(Page("Hà Nội, ngày 18 tháng ñ6 năm 23019"), "Ha Noi, ngay 19 thang 06 nam 2019");

        Assert.Equal(new DateOnly(2019, 6, 19), IssuedOn(corrected));
    }
}
