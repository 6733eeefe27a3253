namespace Archive.Api.Audit;

/// <summary>What <see cref="AuditTrail.VerifyAsync"/> found wrong, as <see cref="AuditVerification.Finding"/>.</summary>
public static class AuditFindings
{
    /// <summary>An entry that cannot be read at all.</summary>
    public const string Unreadable = "unreadable";
    /// <summary>A sequence number is missing: an entry in the middle was removed.</summary>
    public const string Missing = "missing";
    /// <summary>An entry does not point at the one before it.</summary>
    public const string Unlinked = "unlinked";
    /// <summary>An entry's content no longer matches its seal.</summary>
    public const string Rewritten = "rewritten";
    /// <summary>An entry without a seal after sealed ones, or sealed with a key this verifier does not hold.</summary>
    public const string Unsealed = "unsealed";
    /// <summary>The chain ends before an entry the service wrote or a checkpoint anchored.</summary>
    public const string TailRemoved = "tail-removed";
    /// <summary>The chain holds other entries than the ones anchored: an older or foreign copy was put back.</summary>
    public const string Replayed = "replayed";
    /// <summary>A checkpoint line is damaged or not signed with the audit key.</summary>
    public const string BadCheckpoint = "bad-checkpoint";
}
