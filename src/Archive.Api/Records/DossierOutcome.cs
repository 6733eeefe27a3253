namespace Archive.Api.Records;

/// <summary>What became of a change asked of a dossier.</summary>
public enum DossierOutcome
{
    Done,
    NotFound,
    DocumentNotFound,
    /// <summary>The dossier is closed: nothing in it may change until an admin reopens it.</summary>
    Closed,
    /// <summary>The document already belongs to another dossier (<see cref="DossierResult.Other"/>).</summary>
    InOtherDossier,
    NotInDossier,
    AlreadyOpen,
    /// <summary>Another dossier of the same year has this code (<see cref="DossierResult.Other"/>).</summary>
    DuplicateCode,
}

