namespace Archive.Api.Records;

public enum VersionOutcome
{
    Done,
    NotFound,
    Destroyed,
    InClosedDossier,
    Processing,
    Identical,
    UnsupportedType,
    /// <summary>Another version was being written at the same moment (by another instance).</summary>
    Busy,
}
