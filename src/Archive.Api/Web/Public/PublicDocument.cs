using Archive.Api.Documents;
using Archive.Api.Web.Shared;

namespace Archive.Api.Web.Public;

/// <summary>
/// Everything a published document's page shows, the same live and in the export: the record, its text (<see cref="DocumentReading"/>), its relations
/// and its validity with the source (<see cref="PublicRelations"/>: linked only to published pages), its JSON-LD.
/// </summary>
public sealed record PublicDocument(
    DocumentRecord Record,
    string Slug,
    DocumentReading Reading,
    RelationsView Relations,
    string JsonLd)
{
    public string Text => Reading.Text;

    public Archive.Indexer.Structure.DocumentStructure Structure => Reading.Structure;
}
