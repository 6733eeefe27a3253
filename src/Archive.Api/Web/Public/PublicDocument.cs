using Archive.Api.Documents;

namespace Archive.Api.Web.Public;

/// <summary>
/// Everything a published document's page shows, the same live and in the export: the record, its text and its
/// parts (articles, anchors), what it cites (linked only to published pages), its validity when a published document states it, its JSON-LD.
/// </summary>
public sealed record PublicDocument(
    DocumentRecord Record,
    string Slug,
    string Text,
    Archive.Indexer.Structure.DocumentStructure Structure,
    IReadOnlyList<PublicCitation> Citations,
    string? Validity,
    string JsonLd);
