using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

/// <summary>Headers as OCR gives them back from scans: digits read as letters, commas lost, fields cut over two lines.</summary>
public class RecognizedHeaderTests
{
    private readonly DocumentHeaderReader _reader = new();

    [Theory]
    [InlineData("Hà Nội ngàv 1l tháng O9 nằm 2025", 2025, 9, 11)]
    [InlineData("Hà Nội, ngảy 2I thắng l0 năm 2O24", 2024, 10, 21)]
    [InlineData("Hà Nội, ngày 05.3.2025", 2025, 3, 5)]
    [InlineData("Hà Nội, ngày 3O tháng 4 nám 2026", 2026, 4, 30)]
    public void A_date_line_misread_by_OCR_still_dates_the_document(string dateLine, int year, int month, int day)
    {
        var header = _reader.Read($"""
            BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 21/2025/TT-BNNMT
            {dateLine}
            THÔNG TƯ
            Quy định kỹ thuật đo đạc bản đồ địa chính
            Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
            """);

        Assert.Equal(new DateOnly(year, month, day), header.IssuedOn);
        Assert.Equal("21/2025/TT-BNNMT", header.Number);
    }

    [Theory]
    [InlineData("Số: O7/2024/QĐ-UBND", "07/2024/QĐ-UBND")]
    [InlineData("Số: 1l2/QĐ-UBND", "112/QĐ-UBND")]
    [InlineData("Số: 3I/2O24/QĐ-UBND", "31/2024/QĐ-UBND")]
    [InlineData("Số:\n\n45/2024/QĐ-UBND", "45/2024/QĐ-UBND")]
    [InlineData("Số: 09/2024/QĐ-\nUBND", "09/2024/QĐ-UBND")]
    public void A_number_misread_or_cut_by_OCR_is_read_whole(string numberLines, string number)
    {
        var header = _reader.Read($"""
            ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            {numberLines}
            Cao Bằng, ngày 14 tháng 8 năm 2024
            QUYẾT ĐỊNH
            Về việc phê duyệt danh mục cầu treo dân sinh
            """);

        Assert.Equal(number, header.Number);
        Assert.Equal("Quyết định", header.Kind);
        Assert.Equal(new DateOnly(2024, 8, 14), header.IssuedOn);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", header.Issuer);
    }

    [Fact]
    public void A_date_cut_over_two_lines_is_read_whole()
    {
        var header = _reader.Read("""
            SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 77/KH-SYT Đà Nẵng, ngày 14 tháng 8
            năm 2024
            KẾ HOẠCH
            Tiêm chủng mở rộng quý IV
            """);

        Assert.Equal(new DateOnly(2024, 8, 14), header.IssuedOn);
        Assert.Equal("77/KH-SYT", header.Number);
        Assert.Equal("Tiêm chủng mở rộng quý IV", header.Title);
    }

    [Fact]
    public void A_title_wrapped_around_a_cited_date_keeps_its_last_line()
    {
        var header = _reader.Read("""
            ỦY BAN NHÂN DÂN HUYỆN BẢO LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 12/QĐ-UBND Bảo Lạc, ngày 02 tháng 5 năm 2025
            QUYẾT ĐỊNH
            Sửa đổi Quyết định số 3/QĐ-UBND ngày 18 tháng 01
            năm 2025 về giá vé chợ phiên
            áp dụng tại thị trấn Bảo Lạc
            Căn cứ Luật Giá ngày 19 tháng 6 năm 2023;
            """);

        Assert.Equal(new DateOnly(2025, 5, 2), header.IssuedOn);
        Assert.Equal("Sửa đổi Quyết định số 3/QĐ-UBND ngày 18 tháng 01 năm 2025 về giá vé chợ phiên áp dụng tại thị trấn Bảo Lạc", header.Title);
    }

    [Theory]
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngàv 1l tháng O9 nằm 2025 của Ủy ban nhân dân tỉnh;")]
    [InlineData("Tổ chức ngày hội vào ngàv 1l tháng O9 nằm 2025 tại nhà văn hóa thôn")]
    public void A_misread_date_in_running_text_dates_nothing(string text)
    {
        Assert.Null(_reader.Read(text).IssuedOn);
    }

    [Fact]
    public void A_word_after_the_number_label_is_not_made_a_number()
    {
        var header = _reader.Read("""
            ỦY BAN NHÂN DÂN XÃ MINH KHAI
            Số: lOl/UBND-VP
            Minh Khai, ngày 10 tháng 3 năm 2025
            THÔNG BÁO
            Lịch tiếp công dân tháng 3
            """);

        Assert.Equal("101/UBND-VP", header.Number);
        Assert.Null(_reader.Read("ỦY BAN NHÂN DÂN XÃ MINH KHAI\nSố: Lịch/UBND\nMinh Khai, ngày 10 tháng 3 năm 2025\nTHÔNG BÁO\nLịch tiếp").Number);
    }

    private static string GazettePage(string dateLine) => $"""
        CÔNG BÁO/Số 231
        +
        232/Ngày
        14-3-2025

        BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 07/2025/TT-BXD
        {dateLine}
        THÔNG TƯ
        Hướng dẫn kiểm định chất lượng công trình nhà ở riêng lẻ
        Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;
        """;

    [Fact]
    public void A_recognized_date_later_than_the_gazette_that_published_the_document_is_left_out()
    {
        var header = _reader.Read(GazettePage("Hà Nội ngàp 28 tháng 3 nằm 2025") + "\fCÔNG BÁO/Số 231 + 232/Ngày 14-3-2025 17\nĐiều 5. Hiệu lực");

        Assert.Null(header.IssuedOn);
        Assert.Equal("07/2025/TT-BXD", header.Number);
    }

    [Theory]
    [InlineData("Hà Nội ngàp 18 tháng 02 nằm 2025", 2025, 2, 18)]
    [InlineData("Hà Nội, ngày 14 tháng 3 năm 2025", 2025, 3, 14)]
    public void A_date_no_later_than_the_gazette_is_kept(string dateLine, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), _reader.Read(GazettePage(dateLine)).IssuedOn);
    }

    [Fact]
    public void One_running_header_misread_earlier_does_not_move_the_gazette_date()
    {
        var text = GazettePage("Hà Nội, ngày 10 tháng 3 năm 2025")
            + "\fCÔNG BÁO/Số 231 + 232/Ngày 14-3-2025 17\n\fCÔNG BÁO/Số 231 + 232/Ngày 14-3-2025 18\n\fCÔNG BÁO/Số 231 + 232/Ngày 14-2-2025 19";

        Assert.Equal(new DateOnly(2025, 3, 10), _reader.Read(text).IssuedOn);
    }
}
