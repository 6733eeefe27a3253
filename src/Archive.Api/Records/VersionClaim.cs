namespace Archive.Api.Records;

/// <summary>
/// An upload writing the next version of a document (<see cref="Documents.StoreLayout.VersionClaim"/>): the bytes'
/// SHA-256 and when the claim was taken. A claim older than <see cref="DocumentVersions.ClaimLifetime"/> was left by an
/// instance that stopped mid-upload and may be taken over.
/// </summary>
public sealed record VersionClaim(string Sha256, DateTimeOffset TakenAt);
