namespace Archive.Api.Documents;

/// <summary>
/// The fields a clerk may correct; absent (null) fields stay as they are, "" clears one. With <see cref="SeenBefore"/>,
/// a given field whose stored value is no longer the one seen is refused (<see cref="MetadataConflictException"/>). With
/// <see cref="IfMatch"/> (an API client's If-Match header), the whole correction is refused unless the record still has
/// one of those entity tags (<see cref="RecordTag"/>; <see cref="RecordChangedException"/>).
/// </summary>
public sealed record MetadataCorrection(
    string? Title, string? Kind, string? Number, DateOnly? IssuedOn, string? Issuer, string? Reason, SeenMetadata? SeenBefore = null,
    IReadOnlyList<string>? IfMatch = null);
