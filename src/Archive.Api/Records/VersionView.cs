using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>
/// One version as <c>GET /api/documents/{id}/versions</c> lists it. <c>createdAt</c> and <c>uploadedAt</c> are the same
/// moment: the first is the name the shape gives it, the second the name the rest of the API reads best with.
/// </summary>
public sealed record VersionView(
    int Version, string Sha256, long Size, string FileName, string ContentType, DateTimeOffset CreatedAt, DateTimeOffset UploadedAt,
    string? UploadedBy, string TextStatus, bool Current)
{
    public static IReadOnlyList<VersionView> Of(DocumentRecord record) =>
        DocumentVersions.Of(record).Select(v => new VersionView(v.Version, v.Sha256, v.Size, v.FileName, v.ContentType, v.UploadedAt,
            v.UploadedAt, v.UploadedBy, v.TextStatus, v.Version == record.Version)).ToList();
}
