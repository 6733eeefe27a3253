namespace Archive.Indexer.Metadata;

/// <summary>
/// What minutes (biên bản) record about their meeting. Times are local wall-clock times as written;
/// <see cref="StartsAt"/> is midnight of the meeting day when the minutes give a date but no hour.
/// </summary>
/// <param name="Title">What met, as the line under "BIÊN BẢN" says: "Hội nghị cán bộ, công chức, viên chức năm 2025".</param>
public sealed record MeetingRecord(
    string? Title,
    DateTime? StartsAt,
    DateTime? EndsAt,
    string? Place,
    MeetingParticipant? Chair,
    MeetingParticipant? Secretary,
    MeetingAttendance? Attendance,
    IReadOnlyList<VoteResult> Votes);
