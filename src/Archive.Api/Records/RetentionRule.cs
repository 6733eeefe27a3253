namespace Archive.Api.Records;

/// <summary>
/// One line of the retention schedule: a kind of record (in words, as the circular names it), the document
/// kind it applies to when a loose document is judged by its kind ("Kế hoạch", "Biên bản"; null when
/// the line is only chosen by hand for dossiers), its period, and where the period comes from.
/// </summary>
public sealed record RetentionRule(string Description, RetentionPeriod Retention, string? Kind = null, string? Basis = null);
