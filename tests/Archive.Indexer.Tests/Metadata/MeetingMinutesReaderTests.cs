using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

public class MeetingMinutesReaderTests
{
    private readonly MeetingMinutesReader _reader = new();

    [Fact]
    public void Village_minutes_give_time_place_people_attendance_and_a_vote_with_its_subject()
    {
        var minutes = _reader.Read(MinutesTexts.VillageContribution)!;

        Assert.Equal("Họp thôn Bản Chắt", minutes.Title);
        Assert.Equal(new DateTime(2025, 3, 15, 14, 0, 0), minutes.StartsAt);
        Assert.Equal(new DateTime(2025, 3, 15, 16, 30, 0), minutes.EndsAt);
        Assert.Equal("Nhà văn hóa thôn Bản Chắt", minutes.Place);
        Assert.Equal(new MeetingParticipant("Hoàng Văn B", "Trưởng thôn"), minutes.Chair);
        Assert.Equal(new MeetingParticipant("Nông Thị Lan", "Chi hội trưởng Chi hội Phụ nữ"), minutes.Secretary);
        Assert.Equal(new MeetingAttendance(25, 27, 2), minutes.Attendance);
        Assert.Equal([new VoteResult("mức đóng góp xây dựng nhà văn hóa", 23, null, null, 25)], minutes.Votes);
    }

    [Fact]
    public void Conference_minutes_read_short_times_the_place_in_the_opening_sentence_and_a_full_tally()
    {
        var minutes = _reader.Read(MinutesTexts.StaffConference)!;

        Assert.Equal("Hội nghị cán bộ, công chức, viên chức năm 2025", minutes.Title);
        Assert.Equal(new DateTime(2025, 1, 20, 8, 30, 0), minutes.StartsAt);
        Assert.Equal(new DateTime(2025, 1, 20, 11, 0, 0), minutes.EndsAt);
        Assert.Equal("Hội trường UBND xã Bắc Xa", minutes.Place);
        Assert.Equal(new MeetingParticipant("Lăng Văn Hùng", "Chủ tịch UBND xã"), minutes.Chair);
        Assert.Equal(new MeetingParticipant("Vi Thị Hoa", "công chức Văn phòng - Thống kê"), minutes.Secretary);
        Assert.Equal(new MeetingAttendance(25, 27, 2), minutes.Attendance);
        Assert.Equal([new VoteResult("Quy chế chi tiêu nội bộ năm 2025", 24, 1, 0, 25)], minutes.Votes);
    }

    [Fact]
    public void A_unanimous_percentage_counts_everyone_present()
    {
        var minutes = _reader.Read(MinutesTexts.PartyCellUnanimous)!;

        Assert.Equal("Họp Chi bộ thôn Khe Mò tháng 4 năm 2025", minutes.Title);
        Assert.Equal(new DateTime(2025, 4, 5, 19, 0, 0), minutes.StartsAt);
        Assert.Equal(new DateTime(2025, 4, 5, 21, 15, 0), minutes.EndsAt);
        Assert.Equal("Nhà văn hóa thôn Khe Mò, xã Đình Lập", minutes.Place);
        Assert.Equal(new MeetingParticipant("Triệu Văn Sơn", "Bí thư Chi bộ"), minutes.Chair);
        Assert.Equal(new MeetingParticipant("Lục Thị Hằng", null), minutes.Secretary);
        Assert.Equal(new MeetingAttendance(18, 18, null), minutes.Attendance);
        Assert.Equal([new VoteResult("Nghị quyết tháng 4 năm 2025", 18, 0, null, 18, 100)], minutes.Votes);
    }

    [Fact]
    public void Labels_written_differently_and_a_subject_in_the_previous_sentence_are_understood()
    {
        var minutes = _reader.Read(MinutesTexts.InspectionBoard)!;

        Assert.Equal("HỌP BAN THANH TRA NHÂN DÂN XÃ ĐÌNH LẬP", minutes.Title);
        Assert.Equal(new DateTime(2024, 6, 10, 14, 0, 0), minutes.StartsAt);
        Assert.Equal(new DateTime(2024, 6, 10, 16, 0, 0), minutes.EndsAt);
        Assert.Equal("Trụ sở UBND xã Đình Lập", minutes.Place);
        Assert.Equal(new MeetingParticipant("Hà Thị Thu", "Trưởng ban"), minutes.Chair);
        Assert.Equal(new MeetingParticipant("Lý Văn Đức", null), minutes.Secretary);
        Assert.Equal(new MeetingAttendance(5, 5, null), minutes.Attendance);
        Assert.Equal([new VoteResult("Kế hoạch giám sát năm 2024", 5, 0, 0, 5)], minutes.Votes);
    }

    [Fact]
    public void Two_votes_in_one_meeting_are_kept_apart_with_their_own_subjects()
    {
        var minutes = _reader.Read(MinutesTexts.ElectionWithTwoVotes)!;

        Assert.Equal(new DateTime(2024, 5, 12, 8, 0, 0), minutes.StartsAt);
        Assert.Null(minutes.EndsAt);
        Assert.Equal("Nhà văn hóa thôn Bản Pẻn, xã Thái Bình, huyện Đình Lập", minutes.Place);
        Assert.Equal(new MeetingParticipant("Chu Văn Nam", "Trưởng Ban công tác Mặt trận thôn"), minutes.Chair);
        Assert.Equal(new MeetingParticipant("Hoàng Văn Sáng", null), minutes.Secretary);
        Assert.Equal(new MeetingAttendance(40, 45, null), minutes.Attendance);
        Assert.Equal(
            [
                new VoteResult("ông Mã Văn Tài làm Trưởng thôn nhiệm kỳ 2024 - 2027", 38, 2, null, 40),
                new VoteResult("sửa đổi hương ước thôn", 40, null, null, 40),
            ],
            minutes.Votes);
    }

    [Fact]
    public void Minutes_that_state_no_time_place_or_counts_give_nulls_and_no_votes()
    {
        var minutes = _reader.Read(MinutesTexts.NoTimesOrCounts)!;

        Assert.Equal(new MeetingRecord("Kiểm tra hiện trạng đường giao thông nông thôn", null, null, null, null, null, null, []),
            minutes with { Votes = [] });
        Assert.Empty(minutes.Votes);
    }

    [Fact]
    public void Village_minutes_in_the_extraction_fixture_are_read()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bien-ban-utf16le.txt"));

        var minutes = _reader.Read(text)!;

        Assert.Equal("Họp thôn Bản Chắt, xã Đình Lập", minutes.Title);
        Assert.Equal(new DateTime(2025, 3, 15, 14, 0, 0), minutes.StartsAt);
        Assert.Equal([new VoteResult("sửa đổi hương ước của thôn theo Nghị định số 59/2023/NĐ-CP", 25, null, null, 25)], minutes.Votes);
    }

    [Fact]
    public void A_place_stops_before_the_clause_that_follows_it_and_a_tally_over_several_lines_is_one_vote()
    {
        var minutes = _reader.Read(MinutesTexts.VillageRoadVote)!;

        Assert.Equal("nhà văn hóa thôn Bản Chu", minutes.Place);
        Assert.Equal([new VoteResult("phương án làm đường bê tông liên thôn", 58, 4, null, 62)], minutes.Votes);
    }

    [Theory]
    [InlineData(MinutesTexts.NotMinutes)]
    [InlineData(HeaderTexts.PlanOneColumn)]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_minutes_gives_null(string? text)
    {
        Assert.Null(_reader.Read(text));
    }

    [Fact]
    public void Random_text_after_a_minutes_kind_line_never_throws()
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyĐƯẾỦ AĂBCDGHKLMNOPQRSTUVXY0123456789/.-:,;%h\n\n";
        var random = new Random(15032025);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 500)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            _reader.Read("BIÊN BẢN\n" + text);
            _reader.Read("BIÊN BẢN\nThời gian: " + text + "\nChủ trì: " + text + "\ntán thành " + text + " kết thúc " + text);
        }
    }
}
