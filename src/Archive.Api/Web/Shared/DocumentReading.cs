using Archive.Api.Documents;
using Archive.Indexer.Structure;

namespace Archive.Api.Web.Shared;

/// <summary>
/// What a document's page shows of one record as it stands: its stored text, its structure and, for a long text, its
/// parts (<see cref="DocumentParts"/>, cut at the first request that needs them). Kept by <see cref="DocumentReadings"/>
/// for <see cref="Record"/> only: any later write of the record makes a new reading.
/// </summary>
public sealed class DocumentReading
{
    private readonly Lazy<DocumentParts> parts;

    public DocumentReading(DocumentRecord record, string text, DocumentStructure structure)
    {
        Record = record;
        Text = text;
        Structure = structure;
        parts = new Lazy<DocumentParts>(() => DocumentParts.Of(structure, text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The record this reading was made for (compared by reference: records are never changed in place).</summary>
    public DocumentRecord Record { get; }

    public string Text { get; }

    public DocumentStructure Structure { get; }

    public DocumentParts Parts => parts.Value;

    /// <summary>What the reading holds in memory, roughly: the text twice (as text and as the structure's paragraphs), in UTF-16.</summary>
    public long Bytes => 4L * Text.Length + 1024;
}
