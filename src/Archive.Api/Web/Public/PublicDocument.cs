using Archive.Api.Documents;
using Archive.Api.Web.Shared;

namespace Archive.Api.Web.Public;

/// <summary>
/// Everything a published document's page shows, the same live and in the export: the record, its text, its relations
/// and its validity with the source (<see cref="PublicRelations"/>: linked only to published pages), its JSON-LD.
/// </summary>
public sealed record PublicDocument(
    DocumentRecord Record,
    string Slug,
    string Text,
    Archive.Indexer.Structure.DocumentStructure Structure,
    RelationsView Relations,
    string JsonLd);
