namespace Archive.Api.Audit;

/// <summary>The outcome of walking the audit chain: where it first breaks, and why (in Vietnamese).</summary>
public sealed record AuditVerification(bool Ok, long Entries, long? FirstBrokenSequence, string? Problem);
