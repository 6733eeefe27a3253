namespace Archive.Api.Records;

/// <summary>
/// Where records-management objects live in the store, beside (never inside) the documents' folders:
/// <c>dossiers/{id}.json</c> and <c>records/retention-schedule.json</c>.
/// </summary>
public static class RecordKeys
{
    public const string DossierPrefix = "dossiers/";
    public const string RetentionSchedule = "records/retention-schedule.json";

    public static string Dossier(string id) => $"{DossierPrefix}{id}.json";

    /// <summary>Dossier ids are 16 lowercase hex digits; anything else in a URL names no dossier.</summary>
    public static bool IsWellFormedDossierId(string id) => id.Length == 16 && id.All(char.IsAsciiHexDigitLower);

    public static string NewDossierId() => Guid.NewGuid().ToString("N")[..16];
}
