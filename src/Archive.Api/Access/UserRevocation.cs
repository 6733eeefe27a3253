namespace Archive.Api.Access;

/// <summary>What revoking a user by name came to.</summary>
public enum UserRevocation
{
    Revoked,
    AlreadyRevoked,
    NotFound,
    /// <summary>Refused: nobody would be left to administer the archive.</summary>
    LastAdmin,
}
