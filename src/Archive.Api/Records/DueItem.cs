namespace Archive.Api.Records;

/// <summary>
/// One entry of the disposal due list: a dossier (with its documents) or a loose document whose retention
/// has run out. <see cref="Held"/> says a legal hold keeps it (then it may not be proposed for disposal).
/// </summary>
public sealed record DueItem(string Kind, string Id, string Title, string? Code, RetentionPeriod Retention, DateOnly DisposalDate,
    int Documents, bool Held, string? HoldReason);
