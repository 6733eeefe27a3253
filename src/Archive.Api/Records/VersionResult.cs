using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>What became of a new version: the record as stored (when there is one), and what refused it.</summary>
public sealed record VersionResult(VersionOutcome Outcome, DocumentRecord? Record = null, Dossier? Dossier = null, DisposalTombstone? Tombstone = null,
    DocumentRecord? Other = null);
