namespace Archive.Api.Audit;

/// <summary>Which entries an auditor asks for; every part optional.</summary>
public sealed record AuditQuery(string? DocumentId = null, string? User = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public bool Matches(AuditEntry entry) =>
        (DocumentId is null || entry.DocumentId == DocumentId)
        && (User is null || string.Equals(entry.User, User, StringComparison.OrdinalIgnoreCase))
        && (From is null || entry.At >= From)
        && (To is null || entry.At <= To);
}
