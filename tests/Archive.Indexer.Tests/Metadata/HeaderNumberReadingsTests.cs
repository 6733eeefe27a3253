using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

/// <summary>A scanned header's number as the Vietnamese model read it, against a second reading of the header.</summary>
public class HeaderNumberReadingsTests
{
    private static string Page(string numberLine) => $"""
        CÔNG BÁO/Số 733 + 734/Ngày 21-7-2025
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc
        {numberLine} Lạng Sơn, ngày 14 tháng 7 năm 2025
        QUYẾT ĐỊNH
        Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020;
        """;

    [Theory]
    [InlineData("Số: 445 /QĐ-UBND", "TINH LANG SON Doc lap - Tu do - Hanh phuc\nS6: JAS /QD-UBND Lang Son, ngay 14 thang 7 nam 2025")]
    [InlineData("Số: 1260/QĐ-UBND", "S6: 1280/QD-UBND Lang Son, ngay 14 thang 7 nam 2025")]
    public void Readings_that_give_different_numbers_make_the_number_doubtful(string numberLine, string witness)
    {
        Assert.True(HeaderNumberReadings.HasNumber(Page(numberLine)));
        Assert.True(HeaderNumberReadings.Disagree(Page(numberLine), witness));
    }

    [Theory]
    [InlineData("Số: 1260/QĐ-UBND", "S6: 1260/QD-UBND Lang Son, ngay 14 thang 7 nam 2025")]
    [InlineData("Số: 1260/QĐ-UBND", "So: 12 60 /QD-UBND")]
    [InlineData("Số: 1260/QĐ-UBND", "TINH LANG SON Doc lap - Tu do - Hanh phuc\nQUYET DINH")] // the witness missed the line
    public void Readings_that_agree_or_a_witness_without_the_number_leave_it_trusted(string numberLine, string witness)
    {
        Assert.False(HeaderNumberReadings.Disagree(Page(numberLine), witness));
    }

    [Fact]
    public void A_header_without_a_readable_number_has_none_to_check()
    {
        Assert.False(HeaderNumberReadings.HasNumber(Page("Số: 5 @ /QĐ-UBND")));
        Assert.False(HeaderNumberReadings.Disagree(Page("Số: 5 @ /QĐ-UBND"), "S6: 59/QD-UBND"));
    }
}
