namespace Archive.Api.Documents;

/// <summary>What the uploader told us about the document (every field optional), and who the uploader is.</summary>
public sealed record UploadMetadata(string? Title, string? Kind, string? Number, DateOnly? IssuedOn, string? Issuer, string? UploadedBy = null);
