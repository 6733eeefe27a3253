namespace Archive.Api.Records;

public enum VersionOutcome
{
    Done,
    NotFound,
    Destroyed,
    InClosedDossier,
    Processing,
    Identical,
    /// <summary>The bytes are another document's original or one of its versions (<see cref="VersionResult.Other"/>).</summary>
    HeldByOther,
    UnsupportedType,
    /// <summary>Another version was being written at the same moment (by another instance).</summary>
    Busy,
}
