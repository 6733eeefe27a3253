namespace Archive.Api.Records;

/// <summary>The outcome, the dossier as it is now (when there is one), and the other dossier in the way (when that is the problem).</summary>
public sealed record DossierResult(DossierOutcome Outcome, Dossier? Dossier = null, Dossier? Other = null);
