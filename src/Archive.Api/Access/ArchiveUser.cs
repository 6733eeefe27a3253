namespace Archive.Api.Access;

/// <summary>
/// A person (or program) allowed in, as kept in <c>system/users.json</c>: only the key's SHA-256, never the key.
/// A revoked user stays listed (the audit trail names them) but their key opens nothing.
/// </summary>
public sealed record ArchiveUser(string Name, string Role, string KeySha256, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null)
{
    public bool Active => RevokedAt is null;
}
