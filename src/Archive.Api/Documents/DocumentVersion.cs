namespace Archive.Api.Documents;

/// <summary>
/// A version of a document that a later upload replaced (the amended hương ước, a better scan), as the record keeps
/// it: its own original (<see cref="StoreLayout.Original(string, int)"/>), hash, size, name and text
/// (<see cref="StoreLayout.VersionText"/>), who uploaded it and when, and how its text was read.
/// </summary>
public sealed record DocumentVersion(
    int Version,
    string Sha256,
    long Size,
    string FileName,
    string ContentType,
    DateTimeOffset UploadedAt,
    string? UploadedBy,
    string TextStatus)
{
    /// <summary>The version <paramref name="record"/> describes now, as kept once a newer one replaces it.</summary>
    public static DocumentVersion CurrentOf(DocumentRecord record) => new(
        record.Version, record.Sha256, record.Size, record.FileName, record.ContentType,
        record.VersionUploadedAt ?? record.CreatedAt, record.UploadedBy, record.TextStatus);
}
