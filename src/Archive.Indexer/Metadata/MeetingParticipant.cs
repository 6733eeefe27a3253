namespace Archive.Indexer.Metadata;

/// <summary>A person named in minutes: "Ông Hoàng Văn B - Trưởng thôn" → ("Hoàng Văn B", "Trưởng thôn").</summary>
/// <param name="Name">The name without honorific ("Ông", "Bà", "Đồng chí").</param>
/// <param name="Role">What follows the name, as written; null when nothing does.</param>
public sealed record MeetingParticipant(string Name, string? Role);
