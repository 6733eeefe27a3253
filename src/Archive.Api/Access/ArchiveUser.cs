namespace Archive.Api.Access;

/// <summary>A person (or program) allowed in, as kept in <c>system/users.json</c>: only the key's SHA-256, never the key.</summary>
public sealed record ArchiveUser(string Name, string Role, string KeySha256, DateTimeOffset CreatedAt);
