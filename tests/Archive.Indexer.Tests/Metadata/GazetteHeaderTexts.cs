namespace Archive.Indexer.Tests.Metadata;

/// <summary>Texts written for the tests, laid out as the extractors give gazette PDFs and scans.</summary>
internal static class GazetteHeaderTexts
{
    /// <summary>A law as pdftotext reads a Công báo page: stamp, running header, page number, "Luật số:", passage date at the end.</summary>
    public const string Law = """
        Ký bởi: Cổng Thông tin điện tử Chính phủ
        Email: thongtinchinhphu@chinhphu.vn
        Cơ quan: Văn phòng Chính phủ
        Thời gian ký: 02.01.2025 08:30:00 +07:00

        CÔNG BÁO/Số 21 + 22/Ngày 03-01-2025
        QUỐC HỘI

        5

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Luật số: 51/2024/QH15

        LUẬT
        THỰC HIỆN HƯƠNG ƯỚC, QUY ƯỚC
        Ở CỘNG ĐỒNG DÂN CƯ
        Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
        Quốc hội ban hành Luật Thực hiện hương ước, quy ước ở cộng đồng dân cư.
        Điều 1. Phạm vi điều chỉnh
        Luật này quy định việc xây dựng và thực hiện hương ước, quy ước.
        Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8
        thông qua ngày 27 tháng 11 năm 2024.
        CHỦ TỊCH QUỐC HỘI
        Trần Thanh Mẫn
        """;

    /// <summary>A standing committee resolution numbered "Nghị quyết số:", signed on behalf, adopted at the end.</summary>
    public const string StandingCommitteeResolution = """
        CÔNG BÁO/Số 447 + 448/Ngày 25-6-2022
        VĂN BẢN QUY PHẠM PHÁP LUẬT
        ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Nghị quyết số: 17/2022/UBTVQH15
        NGHỊ QUYẾT
        Về số lượng Phó Chủ tịch Hội đồng nhân dân cấp xã
        ỦY BAN THƯỜNG VỤ QUỐC HỘI
        Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
        Điều 1. Số lượng Phó Chủ tịch
        Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 13 tháng 6 năm 2022.
        TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
        CHỦ TỊCH
        Vương Đình Huệ
        """;

    /// <summary>A joint circular: five bodies, the gazette repeating the header, the number's codes wrapped over two lines.</summary>
    public const string JointCircular = """
        CÔNG BÁO/Số 261 + 262/Ngày 06-3-2023
        3
        VĂN BẢN QUY PHẠM PHÁP LUẬT
        BỘ Y TẾ - BỘ TÀI CHÍNH BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
        BỘ Y TẾ - BỘ TÀI CHÍNH BỘ LAO ĐỘNG - THƯƠNG BINH
        VÀ XÃ HỘI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 03/2023/TTLT-BYTBTC-BLĐTBXH
        Hà Nội, ngày 08 tháng 02 năm 2023
        THÔNG TƯ LIÊN TỊCH
        Hướng dẫn chi trả trợ cấp cho người lao động
        Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;
        """;

    /// <summary>An OCR'd scan: the overlay's signer block typed before the scan's own header, a misread kind word.</summary>
    public const string ScanWithSignerOverlayFirst = """
        CÔNG BÁO/Số 271/Ngày 12-05-2026
        86
        TM. CHÍNH PHỦ
        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG
        Hồ Văn Khải

        7=. —= .Ắx >>. >= ðÝ
        CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập —- Tự do - Hạnh phúc
        Số: 42/NQ-CP Hà Nội, ngày 29 tháng 4 năm 2026
        THÔNG BẢO ˆ
        Về việc điều chỉnh lịch tiếp công dân
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        """;

    /// <summary>A scan whose issuer OCR misspelled under the gazette's correct section heading, and whose number it could not read.</summary>
    public const string ScanWithMisreadIssuerAndNumber = """
        CÔNG BÁO/Số 639
        +
        640/Ngày
        18-6-2021
        BỘ QUỐC PHÒNG
        BỘ QUỐÓC PHÒNG CỘNG HOẢ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 5 @ /2021/TT-BQP Hà Nội, ngày 0ƒ tháng năm 2021
        THÔNG TƯ
        Hướng dẫn quản lý đất quốc phòng kết hợp sản xuất
        Căn cứ Nghị định số 26/2021/NĐ-CP ngày 25 tháng 3 năm 2021 của Chính phủ;
        """;
}
