namespace Archive.Indexer.Tests.Metadata;

/// <summary>Headers written for the tests in the layouts text extraction produces.</summary>
internal static class HeaderTexts
{
    /// <summary>A plan in the clean one-column order of DOCX or plain text.</summary>
    public const string PlanOneColumn = """
        ỦY BAN NHÂN DÂN
        HUYỆN ĐÌNH LẬP
        Số: 32/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Đình Lập, ngày 20 tháng 02 năm 2025

        KẾ HOẠCH
        Thực hiện dân chủ ở cơ sở trên địa bàn huyện năm 2025

        Thực hiện Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022; Nghị định số 59/2023/NĐ-CP
        ngày 14/8/2023 của Chính phủ, UBND huyện ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        Quán triệt, triển khai thực hiện có hiệu quả các văn bản của Trung ương.
        Nơi nhận:
        - Chủ tịch, PCT UBND huyện;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Tô Thị Hiến
        """;

    /// <summary>The same plan with the two header columns and the signature merged line by line, as PDF text gives them.</summary>
    public const string PlanMergedColumns = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN ĐÌNH LẬP Độc lập - Tự do - Hạnh phúc
        Số : 32 / KH - UBND Đình Lập, ngày 20 tháng 02 năm 2025
        KẾ HOẠCH
        Thực hiện dân chủ ở cơ sở trên địa bàn huyện
        Đình Lập năm 2025
        Thực hiện Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022, UBND huyện ban hành Kế hoạch như sau:
        1. Mục đích
        Nơi nhận: KT. CHỦ TỊCH
        - Như trên; PHÓ CHỦ TỊCH
        - Lưu: VT.
        Tô Thị Hiến
        """;

    /// <summary>A provincial decision: normative number, title wrapped over two lines, then the authority line.</summary>
    public const string DecisionMergedColumns = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc
        Số 15/2024/QĐ-UBND Lạng Sơn, ngày 05/3/2024
        QUYẾT ĐỊNH
        Ban hành Quy chế tiếp công dân
        của Ủy ban nhân dân tỉnh Lạng Sơn
        ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.
        Nơi nhận: TM. ỦY BAN NHÂN DÂN
        - Như Điều 3; CHỦ TỊCH
        - Lưu: VT, NC.
        (Đã ký)
        Hồ Tiến Thiệu
        """;

    /// <summary>A draft resolution: number and day left blank, a draft stamp, the council as issuer over two lines.</summary>
    public const string DraftResolution = """
        HỘI ĐỒNG NHÂN DÂN
        TỈNH LẠNG SƠN
        Số:      /2025/NQ-HĐND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Lạng Sơn, ngày      tháng 02 năm 2025
        DỰ THẢO

        NGHỊ QUYẾT
        Quy định mức chi hỗ trợ hoạt động của Ban Thanh tra nhân dân
        HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN
        KHÓA XVII, KỲ HỌP THỨ 25
        Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;
        Nơi nhận:
        - Ủy ban Thường vụ Quốc hội;
        - Lưu: VT.
        CHỦ TỊCH

        Đoàn Thị Hậu
        """;

    /// <summary>A letter (Công văn) from a district office, PDF columns one after the other, subject wrapped.</summary>
    public const string LetterSequentialColumns = """
        UBND HUYỆN ĐÌNH LẬP
        PHÒNG NỘI VỤ
        Số: 45/PNV
        V/v triển khai thực hiện dân chủ
        ở cơ sở năm 2025
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Đình Lập, ngày 03 tháng 3 năm 2025
        Kính gửi: Ủy ban nhân dân các xã, thị trấn.
        Thực hiện Kế hoạch số 32/KH-UBND ngày 20/02/2025 của UBND huyện, Phòng Nội vụ đề nghị:
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        TRƯỞNG PHÒNG
        Hoàng Thị Mai
        """;

    /// <summary>A letter from the People's Committee office, merged header, signed by delegation.</summary>
    public const string LetterMergedColumns = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN ĐÌNH LẬP Độc lập - Tự do - Hạnh phúc
        Số: 123/UBND-VP Đình Lập, ngày 12 tháng 6 năm 2024
        V/v tổ chức Hội nghị tiếp xúc cử tri
        Kính gửi: Các cơ quan, đơn vị thuộc UBND huyện.
        Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị chuẩn bị nội dung.
        Nơi nhận: TL. CHỦ TỊCH
        - Như trên; CHÁNH VĂN PHÒNG
        - Lưu: VT.
        Nông Văn Tuấn
        """;

    /// <summary>A Party decision, columns one after the other: province committee above, "*", "Số" without colon.</summary>
    public const string PartyDecisionSequential = """
        ĐẢNG BỘ TỈNH LẠNG SƠN
        HUYỆN ỦY ĐÌNH LẬP
        *
        Số 851-QĐ/HU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Đình Lập, ngày 27 tháng 01 năm 2022
        QUYẾT ĐỊNH
        ban hành Quy chế thực hiện dân chủ trong hoạt động của hệ thống chính trị huyện
        - Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
        Nơi nhận:
        - Như Điều 3;
        - Lưu Văn phòng Huyện ủy.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Lộc Văn Hoàn
        """;

    /// <summary>The Party header merged line by line.</summary>
    public const string PartyDecisionMerged = """
        ĐẢNG BỘ TỈNH LẠNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY ĐÌNH LẬP
        * Đình Lập, ngày 27 tháng 01 năm 2022
        Số 851 - QĐ/HU
        QUYẾT ĐỊNH
        ban hành Quy chế thực hiện dân chủ trong hoạt động của hệ thống chính trị huyện
        """;

    /// <summary>Village minutes: the commune above the village, the header in DOCX table order (" | " between cells).</summary>
    public const string VillageMinutesCells = """
        UBND XÃ ĐÌNH LẬP THÔN BẢN CHẮT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bản Chắt, ngày 15 tháng 3 năm 2025
        BIÊN BẢN
        Họp thôn Bản Chắt
        Thời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025
        """;

    /// <summary>A village convention: no number, no header; the subject names the village.</summary>
    public const string VillageConvention = """
        HƯƠNG ƯỚC
        Thôn Khe Mò, xã Đình Lập, huyện Đình Lập, tỉnh Lạng Sơn
        Chương I
        NHỮNG QUY ĐỊNH CHUNG
        """;

    /// <summary>Running text with citations, dates, capital headings and names, but no header and no signature.</summary>
    public const string NoHeader = """
        I. MỤC ĐÍCH, YÊU CẦU
        Quán triệt Nghị định
        số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ và Kế hoạch số 32/KH-UBND, ngày 04/02/2025 của UBND tỉnh Lạng Sơn.
        Ông Hoàng Văn Bình phát biểu ý kiến tại hội nghị ngày 20 tháng 02 năm 2025 của huyện Đình Lập.
        II. NHIỆM VỤ TRỌNG TÂM
        Các xã, thị trấn tổ chức hội nghị đối thoại với Nhân dân.
        """;
}
