using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

public class GazetteHeaderTests
{
    private readonly DocumentHeaderReader _reader = new();

    [Fact]
    public void A_law_is_numbered_by_luat_so_named_by_its_capitals_and_dated_by_its_passage()
    {
        var header = _reader.Read(GazetteHeaderTexts.Law);

        Assert.Equal("Luật", header.Kind);
        Assert.Equal("51/2024/QH15", header.Number);
        Assert.Equal("QUỐC HỘI", header.Issuer);
        Assert.Equal(new DateOnly(2024, 11, 27), header.IssuedOn);
        Assert.Equal("Luật Thực hiện hương ước, quy ước ở cộng đồng dân cư", header.Title);
        Assert.Equal(new SignerInfo("Trần Thanh Mẫn", "CHỦ TỊCH QUỐC HỘI", null), header.Signer);
    }

    [Fact]
    public void A_resolution_numbered_nghi_quyet_so_is_dated_by_its_adoption_and_issued_by_the_committee()
    {
        var header = _reader.Read(GazetteHeaderTexts.StandingCommitteeResolution);

        Assert.Equal("Nghị quyết", header.Kind);
        Assert.Equal("17/2022/UBTVQH15", header.Number);
        Assert.Equal("ỦY BAN THƯỜNG VỤ QUỐC HỘI", header.Issuer);
        Assert.Equal(new DateOnly(2022, 6, 13), header.IssuedOn);
        Assert.Equal("Về số lượng Phó Chủ tịch Hội đồng nhân dân cấp xã", header.Title);
    }

    [Fact]
    public void A_passage_date_cited_in_the_preamble_does_not_date_the_resolution()
    {
        var header = _reader.Read("""
            HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN
            Số: 08/2024/NQ-HĐND
            NGHỊ QUYẾT
            Quy định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở
            Căn cứ Luật Thực hiện dân chủ ở cơ sở đã được Quốc hội
            thông qua ngày 10 tháng 11 năm 2022;
            Điều 1. Phạm vi điều chỉnh
            """);

        Assert.Equal("08/2024/NQ-HĐND", header.Number);
        Assert.Null(header.IssuedOn);
    }

    [Fact]
    public void A_joint_circular_is_issued_by_every_body_once_and_keeps_its_wrapped_codes()
    {
        var header = _reader.Read(GazetteHeaderTexts.JointCircular);

        Assert.Equal("Thông tư liên tịch", header.Kind);
        Assert.Equal("03/2023/TTLT-BYT-BTC-BLĐTBXH", header.Number);
        Assert.Equal("BỘ Y TẾ - BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", header.Issuer);
        Assert.Equal(new DateOnly(2023, 2, 8), header.IssuedOn);
    }

    [Fact]
    public void The_issuer_of_a_scan_is_its_organisation_never_the_typed_signer_block_or_the_gazette()
    {
        var header = _reader.Read(GazetteHeaderTexts.ScanWithSignerOverlayFirst);

        Assert.Equal("CHÍNH PHỦ", header.Issuer);
        Assert.Equal("42/NQ-CP", header.Number);
        Assert.Equal(new DateOnly(2026, 4, 29), header.IssuedOn);
        Assert.Equal("Thông báo", header.Kind);
        Assert.Equal("Về việc điều chỉnh lịch tiếp công dân", header.Title);
    }

    [Fact]
    public void A_misread_issuer_gives_way_to_the_gazette_heading_and_an_unreadable_number_is_flagged()
    {
        var header = _reader.Read(GazetteHeaderTexts.ScanWithMisreadIssuerAndNumber);

        Assert.Equal("BỘ QUỐC PHÒNG", header.Issuer);
        Assert.Equal("Thông tư", header.Kind);
        Assert.Null(header.Number);
        Assert.True(header.NumberUnreadable);
        Assert.Null(header.IssuedOn);
    }

    [Fact]
    public void A_draft_blank_number_is_not_an_unreadable_one()
    {
        var header = _reader.Read("""
            ỦY BAN NHÂN DÂN XÃ BẮC XA
            Số:      /KH-UBND
            Bắc Xa, ngày   tháng 3 năm 2025
            KẾ HOẠCH
            Tổ chức hội nghị nhân dân năm 2025
            """);

        Assert.Null(header.Number);
        Assert.False(header.NumberUnreadable);
    }

    [Theory]
    [InlineData("Kế hoạch số 88/KH-UBND ngày 05/3/2025 về tổ chức Ngày hội Đại đoàn kết toàn dân tộc\n\nI. MỤC ĐÍCH", "Kế hoạch", "88/KH-UBND",
        "Kế hoạch số 88/KH-UBND ngày 05/3/2025 về tổ chức Ngày hội Đại đoàn kết toàn dân tộc")]
    [InlineData("Biên bản họp thôn số 2 năm 2025\nThời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025", "Biên bản", null, "Biên bản họp thôn số 2 năm 2025")]
    [InlineData("Quyết định số 15/QĐ-UBND về việc công nhận\nhương ước thôn Khe Mò\n\n1. Công nhận", "Quyết định", "15/QĐ-UBND",
        "Quyết định số 15/QĐ-UBND về việc công nhận hương ước thôn Khe Mò")]
    public void A_text_without_a_header_gets_kind_number_and_title_from_its_first_line(string text, string kind, string? number, string title)
    {
        var header = _reader.Read(text);

        Assert.Equal((kind, number, title), (header.Kind, header.Number, header.Title));
        Assert.Null(header.Issuer);
    }

    [Theory]
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 2. Giao Văn phòng tổ chức thực hiện.")]
    [InlineData("Nội dung cuộc họp: bàn việc làm đường thôn.")]
    public void Running_text_opening_with_a_kind_word_about_itself_gets_no_kind(string text)
    {
        Assert.Null(_reader.Read(text).Kind);
    }
    [Fact]
    public void A_law_copied_from_a_web_page_is_issued_by_the_national_assembly_not_by_its_session_heading()
    {
        // Older laws open with the session that passed them, in capitals: "QUỐC HỘI NƯỚC CỘNG HOÀ … KHOÁ XI".
        var header = _reader.Read("""
            QUỐC   HỘI   --------
            CỘNG   HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Độc lập - Tự do - Hạnh phúc    ---------------
            Số:   44/2007/QH11
            Hà   Nội, ngày 21 tháng 11 năm 2007
            QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM KHOÁ XI, KỲ HỌP THỨ 12
            LUẬT
            PHÒNG, CHỐNG MA TÚY TRONG TRƯỜNG HỌC
            Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;
            Luật này quy định về phòng, chống ma túy trong trường học.
            Điều 1. Phạm vi điều chỉnh
            """);

        Assert.Equal("44/2007/QH11", header.Number);
        Assert.Equal("QUỐC HỘI", header.Issuer);
        Assert.Equal(new DateOnly(2007, 11, 21), header.IssuedOn);
    }

    [Theory]
    [InlineData("Hà Nội, ngày 29 tháng 11 năm 20241", 2024, 11, 29)]
    [InlineData("Lạng Sơn, ngày 5 tháng 3 năm 202612", 2026, 3, 5)]
    public void A_footnote_mark_printed_after_the_year_does_not_change_the_date(string dateLine, int year, int month, int day)
    {
        var header = _reader.Read($"""
            ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH LẠNG SƠN                    Độc lập - Tự do - Hạnh phúc
            Số: 14/2026/QĐ-UBND
            {dateLine}
            QUYẾT ĐỊNH
            Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh
            """);

        Assert.Equal(new DateOnly(year, month, day), header.IssuedOn);
    }

    [Theory]
    [InlineData("Số: 66.4/2025/NQ-CP", "66.4/2025/NQ-CP")]
    [InlineData("Số: 12.15/2026/NQ-CP", "12.15/2026/NQ-CP")]
    public void A_resolution_with_a_dotted_number_keeps_the_whole_number(string numberLine, string number)
    {
        var header = _reader.Read($"""
            CHÍNH PHỦ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
            {numberLine}                     Hà Nội, ngày 18 tháng 3 năm 2026
            NGHỊ QUYẾT
            Sửa đổi, bổ sung một số điều của Nghị quyết của Chính phủ
            """);

        Assert.Equal(number, header.Number);
        Assert.Equal("CHÍNH PHỦ", header.Issuer);
    }
}
