namespace Archive.Api.Records;

/// <summary>
/// One step in a dossier's life as the dossier itself keeps it (created, a document added or removed,
/// closed, reopened): the audit trail holds the same, sealed; this is for reading the dossier on its own.
/// </summary>
public sealed record DossierEvent(DateTimeOffset At, string User, string Action, string? DocumentId = null, string? Reason = null);
