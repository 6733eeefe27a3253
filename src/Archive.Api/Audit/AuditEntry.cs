namespace Archive.Api.Audit;

/// <summary>
/// One thing that happened, as kept in <c>audit/{sequence:D12}.json</c>. <see cref="Hash"/> is the
/// HMAC-SHA-256, with the audit key named by <see cref="Key"/>, of <see cref="PreviousHash"/> followed by
/// the canonical JSON of every other field, so changing or removing any entry breaks the chain from there
/// on and nobody without the key can mend it (<see cref="AuditSeal"/>).
/// </summary>
public sealed record AuditEntry
{
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>Who: a user name, or "ẩn danh" for failed sign-ins.</summary>
    public required string User { get; init; }
    public string? Role { get; init; }
    /// <summary>What: one of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }
    public string? DocumentId { get; init; }
    /// <summary>From where: the remote IP address.</summary>
    public string? RemoteIp { get; init; }
    /// <summary>Free text: the reason for a publication, the changed fields, the presented key's prefix.</summary>
    public string? Details { get; init; }
    /// <summary>Which audit key sealed the entry; absent on entries written before keys (plain SHA-256, accepted only before the first keyed one).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }
    public required string PreviousHash { get; init; }
    public string Hash { get; init; } = "";
}
