namespace Archive.Api.Audit;

/// <summary>
/// The outcome of walking the audit chain: where it first breaks, why (in Vietnamese) and what kind of damage
/// (<see cref="AuditFindings"/>); <see cref="AnchoredThrough"/> is the last entry a signed checkpoint vouches for.
/// </summary>
public sealed record AuditVerification(bool Ok, long Entries, long? FirstBrokenSequence, string? Problem,
    string? Finding = null, long AnchoredThrough = 0, int Checkpoints = 0);
