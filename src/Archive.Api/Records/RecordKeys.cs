namespace Archive.Api.Records;

/// <summary>
/// Where records-management objects live in the store, beside (never inside) the documents' folders:
/// <c>dossiers/{id}.json</c>, <c>holds/{target}-{id}.json</c>, <c>records/retention-schedule.json</c>,
/// <c>disposal/proposals/{id}.json</c> and <c>disposal/tombstones/{target}-{id}.json</c>.
/// </summary>
public static class RecordKeys
{
    public const string DossierPrefix = "dossiers/";
    public const string RetentionSchedule = "records/retention-schedule.json";
    public const string HoldPrefix = "holds/";
    public const string ProposalPrefix = "disposal/proposals/";
    public const string TombstonePrefix = "disposal/tombstones/";

    public static string Dossier(string id) => $"{DossierPrefix}{id}.json";

    /// <summary>A legal hold on a document or a dossier (<see cref="LegalHold.Target"/>).</summary>
    public static string Hold(string target, string id) => $"{HoldPrefix}{target}-{id}.json";

    public static string Proposal(string id) => $"{ProposalPrefix}{id}.json";

    public static string Tombstone(string target, string id) => $"{TombstonePrefix}{target}-{id}.json";

    public static string NewDossierId() => Guid.NewGuid().ToString("N")[..16];

    public static string NewProposalId() => Guid.NewGuid().ToString("N")[..16];
}
