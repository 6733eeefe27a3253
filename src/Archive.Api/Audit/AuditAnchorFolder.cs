namespace Archive.Api.Audit;

/// <summary>Where the audit key, checkpoints and kept entries live: <see cref="AuditOptions.AnchorPath"/>, checked once at start.</summary>
public sealed record AuditAnchorFolder(string Path);
