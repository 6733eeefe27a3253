namespace Archive.Api.Records;

/// <summary>
/// What is left of a destroyed document or dossier: what it was, how much of it the store removed, who
/// proposed the destruction, who approved and so carried it out, and why. Kept for good in
/// <c>disposal/tombstones/{target}-{id}.json</c>; the audit trail holds the same, sealed.
/// </summary>
public sealed record DisposalTombstone
{
    /// <summary><see cref="LegalHold.DocumentTarget"/> or <see cref="LegalHold.DossierTarget"/>.</summary>
    public required string Target { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Số, ký hiệu of the document or ký hiệu hồ sơ of the dossier.</summary>
    public string? Code { get; init; }
    public string? Kind { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public int? Year { get; init; }
    public string? FileName { get; init; }
    public string? Sha256 { get; init; }
    public long? Size { get; init; }
    /// <summary>For a document with several versions: the earlier ones destroyed with it (the fields above are the last one's).</summary>
    public IReadOnlyList<Documents.DocumentVersion> FormerVersions { get; init; } = [];
    /// <summary>For a document: the dossier it was destroyed with, if any. For a dossier: its documents.</summary>
    public string? DossierId { get; init; }
    public IReadOnlyList<string> DocumentIds { get; init; } = [];
    public required string Retention { get; init; }
    public DateOnly? DisposalDate { get; init; }
    /// <summary>Objects (and, in a versioned S3 bucket, object versions) removed from the store.</summary>
    public required int ObjectsDestroyed { get; init; }
    public required string ProposalId { get; init; }
    public required string ProposedBy { get; init; }
    public required string ApprovedBy { get; init; }
    public required string ProposalReason { get; init; }
    public required string ApprovalReason { get; init; }
    public required DateTimeOffset DestroyedAt { get; init; }
}
