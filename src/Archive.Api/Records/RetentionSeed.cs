namespace Archive.Api.Records;

/// <summary>
/// The schedule a new archive starts with: the records a district office (UBND huyện and its offices) keeps
/// most, with the periods of Phụ lục I of Thông tư 10/2022/TT-BNV (ngày 19/12/2022, quy định thời hạn bảo quản
/// tài liệu; it replaced Thông tư 09/2011/TT-BNV), by the appendix's sections (mục 1 tài liệu tổng hợp, mục 2
/// quy hoạch, kế hoạch, thống kê, mục 3 tổ chức, cán bộ, … hành chính, văn thư, lưu trữ).
/// Admins check it against the published circular and edit it (PUT /api/retention-schedule); the archive
/// uses whatever is stored, and <see cref="RetentionRule.Basis"/> says where each line comes from.
/// </summary>
/// <remarks>
/// <para>What was checked, and against what: the circular's own text is not among the sources this project
/// could read (not in the legal corpus under shared/data, not found by the library search). A secondary
/// source quoting it confirmed that the table is Phụ lục I, that its mục 3 is "Tài liệu tổ chức, cán bộ, công
/// chức, viên chức, người lao động", and the 20-year line for statutes and working rules of mục 3 (which was
/// "vĩnh viễn" under Thông tư 09/2011/TT-BNV: the circular shortened some periods, so lines carried over
/// from the 2011 table must not be trusted unchecked). The other lines keep the periods of the 2011 table's
/// corresponding entries; their item numbers in the 2022 appendix are not given here because they could not
/// be checked. The README says the same, and the schedule page invites the admin to check each line.</para>
/// <para>Where a kind has several lines (a year's plan and a quarter's plan), a loose document of that kind
/// takes the longest: without knowing which it is, keeping it longer is the mistake that can be mended.</para>
/// </remarks>
public static class RetentionSeed
{
    private const string Circular = "Thông tư 10/2022/TT-BNV, Phụ lục I";

    private const string Summary = "mục 1 (tài liệu tổng hợp)";
    private const string Planning = "mục 2 (quy hoạch, kế hoạch, thống kê)";
    private const string Staff = "mục 3 (tổ chức, cán bộ, công chức, viên chức, người lao động)";
    private const string Records = "mục hành chính, văn thư, lưu trữ";

    private static RetentionRule Rule(string description, int? years, string? kind, string group) =>
        new(description, years is { } y ? RetentionPeriod.OfYears(y) : RetentionPeriod.Permanent, kind, $"{Circular}, {group}");

    public static IReadOnlyList<RetentionRule> Rules { get; } =
    [
        // Mục 1. Tài liệu tổng hợp
        Rule("Hồ sơ xây dựng quy chế, quy định, hướng dẫn những vấn đề chung của cơ quan", null, "Quy chế", Summary),
        Rule("Quy định của cơ quan về những vấn đề chung", null, "Quy định", Summary),
        Rule("Quyết định, chỉ thị của cơ quan về công tác chung", null, "Quyết định", Summary),
        Rule("Chỉ thị của cơ quan", null, "Chỉ thị", Summary),
        Rule("Nghị quyết của Hội đồng nhân dân, của cơ quan", null, "Nghị quyết", Summary),
        Rule("Hồ sơ hội nghị tổng kết công tác năm, nhiệm kỳ", null, null, Summary),
        Rule("Biên bản họp, hội nghị của cơ quan, của thôn, tổ dân phố", null, "Biên bản", Summary),
        Rule("Hương ước, quy ước của thôn, tổ dân phố và hồ sơ phê duyệt", null, "Hương ước", Summary),
        Rule("Quy ước của thôn, tổ dân phố và hồ sơ phê duyệt", null, "Quy ước", Summary),
        Rule("Hồ sơ thực hiện dân chủ ở cơ sở", 20, null, Summary),
        Rule("Thông báo ý kiến, kết luận của lãnh đạo", 20, "Thông báo", Summary),
        Rule("Biên bản họp giao ban, họp định kỳ", 10, null, Summary),
        Rule("Công văn trao đổi về công tác chung", 10, "Công văn", Summary),
        Rule("Giấy mời, thư mời dự hội nghị, cuộc họp", 5, "Giấy mời", Summary),
        // Mục 2. Tài liệu quy hoạch, kế hoạch, thống kê
        Rule("Kế hoạch, báo cáo công tác năm, nhiều năm", null, "Kế hoạch", Planning),
        Rule("Báo cáo công tác năm, nhiều năm", null, "Báo cáo", Planning),
        Rule("Kế hoạch, báo cáo công tác 6 tháng, 9 tháng", 20, null, Planning),
        Rule("Kế hoạch, báo cáo công tác quý, tháng, tuần", 5, null, Planning),
        Rule("Đề án, dự án, chương trình được phê duyệt", null, "Đề án", Planning),
        Rule("Tờ trình kèm hồ sơ trình phê duyệt", 20, "Tờ trình", Planning),
        // Mục 3. Tài liệu tổ chức, cán bộ (checked against a source quoting the circular: 20 years, no longer "vĩnh viễn")
        Rule("Hồ sơ xây dựng, ban hành Điều lệ tổ chức và hoạt động, quy chế làm việc, quy định, hướng dẫn công tác tổ chức của cơ quan", 20, null, Staff),
        // Tài liệu hành chính, văn thư, lưu trữ
        Rule("Tập lưu văn bản đi của cơ quan", 50, null, Records),
        Rule("Sổ đăng ký văn bản đi", 50, null, Records),
        Rule("Sổ đăng ký văn bản đến", 20, null, Records),
        Rule("Hồ sơ hủy tài liệu hết giá trị", 20, null, Records),
    ];
}
