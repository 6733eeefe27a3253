namespace Archive.Indexer.Metadata;

/// <summary>Head counts as the minutes state them ("có mặt 25/27", "vắng 2"); nothing is derived from the others.</summary>
public sealed record MeetingAttendance(int? Present, int? Total, int? Absent);
