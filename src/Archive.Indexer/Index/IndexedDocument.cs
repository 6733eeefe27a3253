using Archive.Indexer.Structure;

namespace Archive.Indexer.Index;

/// <summary>
/// What the index holds of one archived document. Built by the caller from the system of record
/// (the object store); the index never is the only place any of this lives.
/// </summary>
public sealed record IndexedDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public string? Kind { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Issuer { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Visibility { get; init; } = "internal";

    /// <summary>The extracted text, NFC; PDF pages separated by form feeds ('\f').</summary>
    public string Text { get; init; } = "";

    /// <summary>For minutes: who chaired the meeting and where it was held.</summary>
    public string? MeetingChair { get; init; }
    public string? MeetingPlace { get; init; }

    /// <summary>True for paged formats (PDF): passages then carry page numbers.</summary>
    public bool Paged { get; init; }

    /// <summary>
    /// The structure of <see cref="Text"/> when the caller parsed it already (the ingest pipeline stores it beside the
    /// text), so the passages need no second parse; parsed from the text when null.
    /// </summary>
    public DocumentStructure? Structure { get; init; }
}
