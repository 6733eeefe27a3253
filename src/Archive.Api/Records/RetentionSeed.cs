namespace Archive.Api.Records;

/// <summary>
/// The schedule a new archive starts with: the records a district office (UBND huyện and its offices) keeps
/// most, with the periods of the appendix of Thông tư 10/2022/TT-BNV (thời hạn bảo quản tài liệu), by the
/// appendix's groups. Admins check it against the published circular and edit it (PUT /api/retention-schedule);
/// the archive uses whatever is stored.
/// </summary>
/// <remarks>
/// Where a kind has several lines (a year's plan and a quarter's plan), a loose document of that kind takes
/// the longest: without knowing which it is, keeping it longer is the mistake that can be mended.
/// </remarks>
public static class RetentionSeed
{
    private const string Circular = "Thông tư 10/2022/TT-BNV, Phụ lục";

    private static RetentionRule Rule(string description, int? years, string? kind, string group) =>
        new(description, years is { } y ? RetentionPeriod.OfYears(y) : RetentionPeriod.Permanent, kind, $"{Circular}, {group}");

    public static IReadOnlyList<RetentionRule> Rules { get; } =
    [
        // Nhóm 1. Tài liệu tổng hợp
        Rule("Hồ sơ xây dựng quy chế, quy định, hướng dẫn những vấn đề chung của cơ quan", null, "Quy chế", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Quy định của cơ quan về những vấn đề chung", null, "Quy định", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Quyết định, chỉ thị của cơ quan về công tác chung", null, "Quyết định", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Chỉ thị của cơ quan", null, "Chỉ thị", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Nghị quyết của Hội đồng nhân dân, của cơ quan", null, "Nghị quyết", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Hồ sơ hội nghị tổng kết công tác năm, nhiệm kỳ", null, null, "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Biên bản họp, hội nghị của cơ quan, của thôn, tổ dân phố", null, "Biên bản", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Hương ước, quy ước của thôn, tổ dân phố và hồ sơ phê duyệt", null, "Hương ước", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Quy ước của thôn, tổ dân phố và hồ sơ phê duyệt", null, "Quy ước", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Hồ sơ thực hiện dân chủ ở cơ sở", 20, null, "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Thông báo ý kiến, kết luận của lãnh đạo", 20, "Thông báo", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Biên bản họp giao ban, họp định kỳ", 10, null, "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Công văn trao đổi về công tác chung", 10, "Công văn", "nhóm 1 (tài liệu tổng hợp)"),
        Rule("Giấy mời, thư mời dự hội nghị, cuộc họp", 5, "Giấy mời", "nhóm 1 (tài liệu tổng hợp)"),
        // Nhóm 2. Tài liệu quy hoạch, kế hoạch, thống kê
        Rule("Kế hoạch, báo cáo công tác năm, nhiều năm", null, "Kế hoạch", "nhóm 2 (quy hoạch, kế hoạch, thống kê)"),
        Rule("Báo cáo công tác năm, nhiều năm", null, "Báo cáo", "nhóm 2 (quy hoạch, kế hoạch, thống kê)"),
        Rule("Kế hoạch, báo cáo công tác 6 tháng, 9 tháng", 20, null, "nhóm 2 (quy hoạch, kế hoạch, thống kê)"),
        Rule("Kế hoạch, báo cáo công tác quý, tháng, tuần", 5, null, "nhóm 2 (quy hoạch, kế hoạch, thống kê)"),
        Rule("Đề án, dự án, chương trình được phê duyệt", null, "Đề án", "nhóm 2 (quy hoạch, kế hoạch, thống kê)"),
        Rule("Tờ trình kèm hồ sơ trình phê duyệt", 20, "Tờ trình", "nhóm 2 (quy hoạch, kế hoạch, thống kê)"),
        // Nhóm 12. Tài liệu hành chính, văn thư, lưu trữ
        Rule("Tập lưu văn bản đi của cơ quan", 50, null, "nhóm 12 (hành chính, văn thư, lưu trữ)"),
        Rule("Sổ đăng ký văn bản đi", 50, null, "nhóm 12 (hành chính, văn thư, lưu trữ)"),
        Rule("Sổ đăng ký văn bản đến", 20, null, "nhóm 12 (hành chính, văn thư, lưu trữ)"),
        Rule("Hồ sơ hủy tài liệu hết giá trị", 20, null, "nhóm 12 (hành chính, văn thư, lưu trữ)"),
    ];
}
