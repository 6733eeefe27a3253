using Archive.Indexer.Extraction;
using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

public class DocumentHeaderReaderTests
{
    private readonly DocumentHeaderReader _reader = new();

    [Theory]
    [InlineData(nameof(HeaderTexts.PlanOneColumn), HeaderTexts.PlanOneColumn)]
    [InlineData(nameof(HeaderTexts.PlanMergedColumns), HeaderTexts.PlanMergedColumns)]
    public void A_district_plan_is_read_the_same_in_one_column_and_merged_column_order(string layout, string text)
    {
        var header = _reader.Read(text);

        Assert.Equal("Kế hoạch", header.Kind);
        Assert.Equal("32/KH-UBND", header.Number);
        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP", header.Issuer);
        Assert.Equal("Đình Lập", header.Place);
        Assert.Equal(new DateOnly(2025, 2, 20), header.IssuedOn);
        Assert.StartsWith("Thực hiện dân chủ ở cơ sở trên địa bàn huyện", header.Title);
        Assert.Equal(new SignerInfo("Tô Thị Hiến", "PHÓ CHỦ TỊCH", "KT."), header.Signer);
        Assert.NotEmpty(layout);
    }

    [Fact]
    public void A_title_wrapped_over_two_lines_is_joined()
    {
        Assert.Equal("Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025", _reader.Read(HeaderTexts.PlanMergedColumns).Title);
    }

    [Fact]
    public void A_decision_title_stops_at_the_authority_line_and_the_signer_signs_on_behalf_of_the_committee()
    {
        var header = _reader.Read(HeaderTexts.DecisionMergedColumns);

        Assert.Equal("Quyết định", header.Kind);
        Assert.Equal("15/2024/QĐ-UBND", header.Number);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", header.Issuer);
        Assert.Equal("Lạng Sơn", header.Place);
        Assert.Equal(new DateOnly(2024, 3, 5), header.IssuedOn);
        Assert.Equal("Ban hành Quy chế tiếp công dân của Ủy ban nhân dân tỉnh Lạng Sơn", header.Title);
        Assert.Equal(new SignerInfo("Hồ Tiến Thiệu", "CHỦ TỊCH", "TM."), header.Signer);
    }

    [Fact]
    public void A_draft_with_blank_number_and_day_keeps_the_month_out_of_the_date_and_ignores_the_draft_stamp()
    {
        var header = _reader.Read(HeaderTexts.DraftResolution);

        Assert.Equal("Nghị quyết", header.Kind);
        Assert.Null(header.Number);
        Assert.Equal("HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN", header.Issuer);
        Assert.Equal("Lạng Sơn", header.Place);
        Assert.Null(header.IssuedOn);
        Assert.Equal("Quy định mức chi hỗ trợ hoạt động của Ban Thanh tra nhân dân", header.Title);
        Assert.Equal(new SignerInfo("Đoàn Thị Hậu", "CHỦ TỊCH", null), header.Signer);
    }

    [Fact]
    public void A_letter_is_a_cong_van_titled_by_its_wrapped_subject_line_and_issued_by_the_lower_body()
    {
        var header = _reader.Read(HeaderTexts.LetterSequentialColumns);

        Assert.Equal("Công văn", header.Kind);
        Assert.Equal("45/PNV", header.Number);
        Assert.Equal("PHÒNG NỘI VỤ", header.Issuer);
        Assert.Equal("Đình Lập", header.Place);
        Assert.Equal(new DateOnly(2025, 3, 3), header.IssuedOn);
        Assert.Equal("V/v triển khai thực hiện dân chủ ở cơ sở năm 2025", header.Title);
        Assert.Equal(new SignerInfo("Hoàng Thị Mai", "TRƯỞNG PHÒNG", null), header.Signer);
    }

    [Fact]
    public void A_letter_signed_by_delegation_separates_the_signature_from_the_recipients_on_the_same_lines()
    {
        var header = _reader.Read(HeaderTexts.LetterMergedColumns);

        Assert.Equal("Công văn", header.Kind);
        Assert.Equal("123/UBND-VP", header.Number);
        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP", header.Issuer);
        Assert.Equal(new DateOnly(2024, 6, 12), header.IssuedOn);
        Assert.Equal("V/v tổ chức Hội nghị tiếp xúc cử tri", header.Title);
        Assert.Equal(new SignerInfo("Nông Văn Tuấn", "CHÁNH VĂN PHÒNG", "TL."), header.Signer);
    }

    [Theory]
    [InlineData(HeaderTexts.PartyDecisionSequential)]
    [InlineData(HeaderTexts.PartyDecisionMerged)]
    public void A_party_decision_is_issued_by_the_district_committee_under_the_province_committee(string text)
    {
        var header = _reader.Read(text);

        Assert.Equal("Quyết định", header.Kind);
        Assert.Equal("851-QĐ/HU", header.Number);
        Assert.Equal("HUYỆN ỦY ĐÌNH LẬP", header.Issuer);
        Assert.Equal("Đình Lập", header.Place);
        Assert.Equal(new DateOnly(2022, 1, 27), header.IssuedOn);
        Assert.Equal("ban hành Quy chế thực hiện dân chủ trong hoạt động của hệ thống chính trị huyện", header.Title);
    }

    [Fact]
    public void A_party_signature_written_T_slash_M_has_the_capacity_TM()
    {
        Assert.Equal(new SignerInfo("Lộc Văn Hoàn", "BÍ THƯ", "TM."), _reader.Read(HeaderTexts.PartyDecisionSequential).Signer);
    }

    [Fact]
    public void Village_minutes_in_table_cell_order_name_the_village_as_issuer()
    {
        var header = _reader.Read(HeaderTexts.VillageMinutesCells);

        Assert.Equal("Biên bản", header.Kind);
        Assert.Equal("THÔN BẢN CHẮT", header.Issuer);
        Assert.Equal("Bản Chắt", header.Place);
        Assert.Equal(new DateOnly(2025, 3, 15), header.IssuedOn);
        Assert.Equal("Họp thôn Bản Chắt", header.Title);
    }

    [Fact]
    public void A_village_convention_has_its_kind_and_subject_but_no_number_or_issuer()
    {
        var header = _reader.Read(HeaderTexts.VillageConvention);

        Assert.Equal(new HeaderMetadata("Hương ước", null, null, null, null,
            "Thôn Khe Mò, xã Đình Lập, huyện Đình Lập, tỉnh Lạng Sơn", null), header);
    }

    [Fact]
    public void The_kind_comes_from_the_number_when_there_is_no_kind_line()
    {
        var header = _reader.Read("""
            UBND HUYỆN ĐÌNH LẬP
            Số: 12/BC-UBND
            Đình Lập, ngày 10 tháng 01 năm 2025
            Căn cứ kết quả thực hiện nhiệm vụ năm 2024;
            """);

        Assert.Equal("Báo cáo", header.Kind);
        Assert.Equal("12/BC-UBND", header.Number);
        Assert.Equal("UBND HUYỆN ĐÌNH LẬP", header.Issuer);
    }

    [Fact]
    public void The_sample_plan_without_header_gives_kind_title_and_signer_only()
    {
        var header = _reader.Read(SamplePlan.Text());

        Assert.Equal(new HeaderMetadata("Kế hoạch", null, null, null, null,
            "Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025",
            new SignerInfo("Tô Thị Hiến", "PHÓ CHỦ TỊCH", "KT.")), header);
    }

    [Theory]
    [InlineData("ke-hoach-dejavu-serif.pdf", "application/pdf")]
    [InlineData("ke-hoach-liberation-serif.pdf", "application/pdf")]
    [InlineData("ke-hoach-libreoffice.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task The_extracted_fixture_plans_give_the_full_header(string file, string contentType)
    {
        using var content = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
        var text = (await new TextExtraction().ExtractAsync(content, contentType)).Text;

        var header = _reader.Read(text);

        Assert.Equal(new HeaderMetadata("Kế hoạch", "32/KH-UBND", "ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP", "Đình Lập",
            new DateOnly(2025, 2, 20), "Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025", null), header);
    }

    [Fact]
    public void Running_text_without_a_header_gives_no_field_at_all()
    {
        Assert.Equal(HeaderMetadata.Empty, _reader.Read(HeaderTexts.NoHeader));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\f\n  ")]
    [InlineData("Số:")]
    [InlineData("KẾ HOẠCH")]
    [InlineData("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")]
    [InlineData("Đình Lập, ngày 31 tháng 02 năm 2025")]
    public void Empty_or_fragmentary_input_gives_nulls_without_throwing(string? text)
    {
        var header = _reader.Read(text);

        Assert.Null(header.Number);
        Assert.Null(header.IssuedOn);
        Assert.Null(header.Signer);
        Assert.Null(header.Title);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyĐÔƠƯẾẠỆỦỸ AĂÂBCDEGHIKLMNOPQRSTUVXY0123456789/.-:,;*|()%\n\n\f\u00A0\u0301";
        var random = new Random(20250220);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 600)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            _reader.Read(text);
            _reader.Read("KẾ HOẠCH\n" + text);
            _reader.Read("Số: 32/KH-UBND\n" + text + "\nNơi nhận:\nKT. CHỦ TỊCH\n" + text);
        }
    }

    [Fact]
    public void A_plan_that_states_its_number_and_date_under_the_kind_line_keeps_them_out_of_the_title()
    {
        const string text = """
            KẾ HOẠCH
            Số: 12/KH-UBND
            Bắc Xa, ngày 03 tháng 4 năm 2025
            Tổ chức ngày hội đại đoàn kết toàn dân tộc ở các thôn năm 2025

            1. Mục đích
            Phát huy sức mạnh đoàn kết của nhân dân các dân tộc trong xã.
            """;

        var header = _reader.Read(text);

        Assert.Equal("Kế hoạch", header.Kind);
        Assert.Equal("12/KH-UBND", header.Number);
        Assert.Equal("Bắc Xa", header.Place);
        Assert.Equal(new DateOnly(2025, 4, 3), header.IssuedOn);
        Assert.Equal("Tổ chức ngày hội đại đoàn kết toàn dân tộc ở các thôn năm 2025", header.Title);
    }

    [Fact]
    public void A_summary_under_the_kind_line_that_names_a_number_stays_the_title()
    {
        const string text = """
            QUYẾT ĐỊNH
            Sửa đổi Quyết định số 07/2023/QĐ-UBND về quản lý chợ trên địa bàn huyện

            Điều 1. Sửa đổi khoản 2 Điều 3.
            """;

        var header = _reader.Read(text);

        Assert.Equal("Quyết định", header.Kind);
        Assert.Null(header.Number);
        Assert.Equal("Sửa đổi Quyết định số 07/2023/QĐ-UBND về quản lý chợ trên địa bàn huyện", header.Title);
    }
    [Fact]
    public void A_kind_line_naming_its_issuer_is_no_title_the_summary_below_it_is()
    {
        var header = _reader.Read(
            "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 41/2003/QĐ-BCN\nHà Nội, ngày 12 tháng 3 năm 2003\n"
            + "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ CÔNG NGHIỆP\nVề việc ban hành quy chế quản lý vật liệu nổ công nghiệp\nBỘ TRƯỞNG BỘ CÔNG NGHIỆP\nCăn cứ Nghị định số 55/2003/NĐ-CP;");
        Assert.Equal(("Quyết định", "Về việc ban hành quy chế quản lý vật liệu nổ công nghiệp"), (header.Kind, header.Title));
    }

    [Fact]
    public void A_kind_line_naming_its_issuer_keeps_the_summary_it_gives_after_ve()
    {
        var header = _reader.Read(
            "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 77/2002/NĐ-CP\nHà Nội, ngày 04 tháng 10 năm 2002\n"
            + "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 77/2002/NĐ-CP NGÀY 04 THÁNG 10 NĂM 2002 VỀ QUẢN LÝ CHỢ\nCăn cứ Luật Tổ chức Chính phủ;");
        Assert.Equal("VỀ QUẢN LÝ CHỢ", header.Title);
    }

    [Fact]
    public void An_issuer_from_a_legacy_header_table_drops_its_rules_spaces_and_form_codes()
    {
        var header = _reader.Read(
            "ỦY BAN NHÂN DÂN\u2006TỈNH\u2006BẮC KẠN\u2006 \u2006 ------------------------------\u2006 K.T205\n"
            + "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 17/2003/QĐ-UB    Bắc Kạn, ngày 03 tháng 4 năm 2003\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu tuyển sinh\n");
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", header.Issuer);
    }

    [Theory]
    [InlineData("(HOẶC QUÝ……)", null)]
    [InlineData("9 THÁNG ĐẦU NĂM ………..(HOẶC QUÝ……)", null)]
    [InlineData("9 THÁNG ĐẦU NĂM", null)]
    [InlineData("SỞ Y TẾ ------------ K.T205", "SỞ Y TẾ")]
    [InlineData("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")]
    [InlineData("TRƯỜNG TRUNG HỌC CƠ SỞ SỐ 2", "TRƯỜNG TRUNG HỌC CƠ SỞ SỐ 2")]
    public void A_spreadsheet_cell_or_a_form_code_names_no_body(string piece, string? body) => Assert.Equal(body, IssuerName.Clean(piece));
}
