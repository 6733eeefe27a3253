namespace Archive.Api.Tests.Citations;

/// <summary>
/// Four documents written for these tests, related as legal texts are: a decree; a circular that guides it; a decision
/// that amends the circular; a commune's plan whose bases are all three (and a directive the archive lacks).
/// </summary>
public static class RelationChain
{
    public const string DecreeNumber = "18/2026/NĐ-CP";
    public const string CircularNumber = "06/2026/TT-BVHTTDL";
    public const string DecisionNumber = "1234/QĐ-BVHTTDL";
    public const string PlanNumber = "41/KH-UBND";

    public const string Decree = """
        CHÍNH PHỦ
        Số: 18/2026/NĐ-CP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 12 tháng 3 năm 2026
        NGHỊ ĐỊNH
        Quy định về quản lý nhà văn hóa thôn, tổ dân phố
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định việc xây dựng, sử dụng và sửa chữa nhà văn hóa thôn, tổ dân phố.
        Điều 5. Kinh phí
        1. Kinh phí xây dựng nhà văn hóa do ngân sách xã và nhân dân cùng đóng góp.
        2. Kinh phí sửa chữa nhỏ do thôn tự quyết định trong hội nghị thôn.
        Điều 7. Trách nhiệm của Ủy ban nhân dân cấp xã
        1. Quản lý nhà văn hóa trên địa bàn.
        2. Công khai các khoản đóng góp của nhân dân.
        """;

    public const string Circular = """
        BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
        Số: 06/2026/TT-BVHTTDL
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 20 tháng 5 năm 2026
        THÔNG TƯ
        Hướng dẫn thi hành Nghị định số 18/2026/NĐ-CP về quản lý nhà văn hóa thôn
        Căn cứ Nghị định số 18/2026/NĐ-CP ngày 12/3/2026 của Chính phủ quy định về quản lý nhà văn hóa thôn, tổ dân phố;
        Bộ trưởng ban hành Thông tư hướng dẫn thi hành Điều 5 và khoản 2 Điều 7 Nghị định số 18/2026/NĐ-CP.
        Điều 3. Mức đóng góp
        1. Mức đóng góp của mỗi hộ do hội nghị thôn biểu quyết.
        Điều 4. Công khai
        Thôn công khai số tiền đã thu tại nhà văn hóa.
        """;

    public const string Decision = """
        BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
        Số: 1234/QĐ-BVHTTDL
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 01 tháng 9 năm 2026
        QUYẾT ĐỊNH
        Về việc điều chỉnh mức đóng góp xây dựng nhà văn hóa thôn
        Căn cứ Nghị định số 18/2026/NĐ-CP ngày 12/3/2026 của Chính phủ;
        Điều 1. Sửa đổi, bổ sung khoản 1 Điều 3 và Điều 4 của Thông tư số 06/2026/TT-BVHTTDL ngày 20/5/2026 như sau:
        Mức đóng góp của mỗi hộ không quá hai ngày công lao động mỗi năm.
        """;

    public const string Plan = """
        ỦY BAN NHÂN DÂN XÃ BẮC XA
        Số: 41/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bắc Xa, ngày 15 tháng 10 năm 2026
        KẾ HOẠCH
        Sửa chữa nhà văn hóa các thôn năm 2027
        Căn cứ Nghị định số 18/2026/NĐ-CP ngày 12/3/2026 của Chính phủ;
        Căn cứ Thông tư số 06/2026/TT-BVHTTDL ngày 20/5/2026 của Bộ Văn hóa, Thể thao và Du lịch;
        Căn cứ Quyết định số 1234/QĐ-BVHTTDL ngày 01/9/2026 của Bộ trưởng;
        Căn cứ Chỉ thị số 09/CT-UBND ngày 02/10/2026 của Ủy ban nhân dân huyện;
        I. MỤC ĐÍCH
        1. Sửa chữa nhà văn hóa thôn Bản Chắt và thôn Nà Pàn.
        II. KINH PHÍ
        Kinh phí sửa chữa nhỏ thực hiện theo khoản 2 Điều 5 Nghị định số 18/2026/NĐ-CP.
        """;
}
