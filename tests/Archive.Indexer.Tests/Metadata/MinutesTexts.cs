namespace Archive.Indexer.Tests.Metadata;

/// <summary>Minutes written for the tests, each in a different clerk's phrasing.</summary>
internal static class MinutesTexts
{
    public const string VillageContribution = """
        UBND XÃ ĐÌNH LẬP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        THÔN BẢN CHẮT Độc lập - Tự do - Hạnh phúc
        BIÊN BẢN
        Họp thôn Bản Chắt
        Thời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025
        Địa điểm: Nhà văn hóa thôn Bản Chắt
        Thành phần tham dự: Tổng số hộ trong thôn 27 hộ, có mặt 25/27 hộ, vắng 2 hộ.
        Chủ trì: Ông Hoàng Văn B - Trưởng thôn
        Thư ký: Bà Nông Thị Lan - Chi hội trưởng Chi hội Phụ nữ
        NỘI DUNG
        Trưởng thôn đề xuất mức đóng góp xây dựng nhà văn hóa là 200.000 đồng/hộ.
        Hội nghị biểu quyết thông qua mức đóng góp xây dựng nhà văn hóa với 23/25 hộ đồng ý.
        Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày.
        THƯ KÝ CHỦ TRÌ
        """;

    public const string StaffConference = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ BẮC XA Độc lập - Tự do - Hạnh phúc
        Số: 05/BB-UBND Bắc Xa, ngày 20 tháng 01 năm 2025
        BIÊN BẢN
        Hội nghị cán bộ, công chức, viên chức năm 2025
        Vào lúc 8h30 ngày 20/01/2025, tại Hội trường UBND xã Bắc Xa, Ủy ban nhân dân xã tổ chức Hội nghị cán bộ, công chức, viên chức năm 2025.
        I. THÀNH PHẦN
        Có mặt: 25/27 đồng chí; vắng mặt: 2 đồng chí (có lý do).
        Chủ trì hội nghị: Đồng chí Lăng Văn Hùng, Chủ tịch UBND xã.
        Thư ký hội nghị: Đồng chí Vi Thị Hoa, công chức Văn phòng - Thống kê.
        II. NỘI DUNG
        Chủ trì lấy ý kiến biểu quyết về Quy chế chi tiêu nội bộ năm 2025. Kết quả: tán thành 24/25, không tán thành 1/25, ý kiến khác: 0.
        Hội nghị kết thúc lúc 11h00 cùng ngày.
        """;

    public const string PartyCellUnanimous = """
        BIÊN BẢN
        Họp Chi bộ thôn Khe Mò tháng 4 năm 2025
        Hôm nay, ngày 05 tháng 4 năm 2025, vào hồi 19 giờ, tại Nhà văn hóa thôn Khe Mò, xã Đình Lập, Chi bộ tổ chức họp thường kỳ.
        Tổng số đảng viên: 18 đồng chí, có mặt 18 đồng chí.
        Chủ trì: Đ/c Triệu Văn Sơn - Bí thư Chi bộ
        Thư ký: Đ/c Lục Thị Hằng
        Chi bộ biểu quyết thông qua Nghị quyết tháng 4 năm 2025. 100% đảng viên có mặt nhất trí.
        Cuộc họp kết thúc vào hồi 21 giờ 15 phút cùng ngày.
        """;

    public const string InspectionBoard = """
        BIÊN BẢN HỌP BAN THANH TRA NHÂN DÂN XÃ ĐÌNH LẬP
        Hồi 14 giờ, ngày 10/6/2024, tại: Trụ sở UBND xã Đình Lập
        Chủ tọa: Bà Hà Thị Thu - Trưởng ban
        Người ghi biên bản: Ông Lý Văn Đức
        Tổng số thành viên 5, có mặt 5.
        Nội dung biểu quyết: Kế hoạch giám sát năm 2024.
        Số phiếu tán thành: 5/5, không tán thành: 0/5, ý kiến khác: 0.
        Biên bản kết thúc lúc 16h ngày 10/6/2024.
        """;

    public const string ElectionWithTwoVotes = """
        BIÊN BẢN
        Hội nghị cử tri thôn Bản Pẻn
        Thời gian: 8 giờ 00 phút ngày 12 tháng 5 năm 2024.
        Địa điểm: Nhà văn hóa thôn Bản Pẻn, xã Thái Bình, huyện Đình Lập.
        Số cử tri tham dự: 40/45 cử tri.
        Chủ trì: Ông Chu Văn Nam, Trưởng Ban công tác Mặt trận thôn.
        Thư ký: Ông Hoàng Văn Sáng.
        Hội nghị bầu ông Mã Văn Tài làm Trưởng thôn nhiệm kỳ 2024 - 2027: tán thành 38/40, không tán thành 2/40.
        Biểu quyết sửa đổi hương ước thôn: đồng ý 40/40.
        """;

    public const string NoTimesOrCounts = """
        BIÊN BẢN
        Kiểm tra hiện trạng đường giao thông nông thôn
        Đoàn kiểm tra đã xem xét hiện trạng tuyến đường và thống nhất đề xuất sửa chữa.
        """;

    public const string NotMinutes = """
        KẾ HOẠCH
        Tổ chức họp thôn Bản Chắt
        Thời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025
        Chủ trì: Ông Hoàng Văn B - Trưởng thôn
        """;

    /// <summary>The place in the opening sentence runs into the next clause's subject; the tally is spread over lines.</summary>
    public const string VillageRoadVote = """
        THÔN BẢN CHU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        BIÊN BẢN
        Hội nghị thôn Bản Chu
        Hôm nay, vào lúc 19 giờ 00 phút ngày 12/3/2025, tại nhà văn hóa thôn Bản Chu, thôn Bản Chu tổ chức hội nghị thôn bàn việc làm đường.
        Chủ trì: Ông Lộc Văn Thắng - Trưởng thôn
        Hội nghị biểu quyết thông qua phương án làm đường bê tông liên thôn.
        Tán thành: 58/62 hộ.
        Không tán thành: 4/62 hộ.
        Hội nghị kết thúc lúc 21 giờ cùng ngày.
        """;
}
