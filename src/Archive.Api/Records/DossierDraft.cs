namespace Archive.Api.Records;

/// <summary>A new dossier as checked by <see cref="DossierRules"/>: clean text, a plausible year, a readable period.</summary>
public sealed record DossierDraft(string Code, string Title, int Year, RetentionPeriod Retention, string? Unit, string? Responsible);
