namespace Archive.Api.Records;

/// <summary>
/// A legal hold (an inspection, a complaint, a court case): while it stands the document or dossier is kept
/// whatever its retention says. Kept in <c>holds/{target}-{id}.json</c>; lifting it removes the object and
/// both acts are in the audit trail.
/// </summary>
public sealed record LegalHold(string Target, string Id, string Reason, string PlacedBy, DateTimeOffset PlacedAt)
{
    public const string DocumentTarget = "document";
    public const string DossierTarget = "dossier";
}
