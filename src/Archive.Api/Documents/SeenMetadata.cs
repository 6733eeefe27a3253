namespace Archive.Api.Documents;

/// <summary>
/// The correctable fields as a person saw them when they began a correction (the staff form carries them back):
/// a field they changed that someone else changed meanwhile is a conflict, not a silent overwrite.
/// </summary>
public sealed record SeenMetadata(string? Title, string? Kind, string? Number, DateOnly? IssuedOn, string? Issuer);
