using System.Diagnostics;
using Archive.Api.Monitoring;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Archive.Indexer.Structure;

namespace Archive.Api.Documents;

/// <summary>
/// The bridge from document records to the derived Lucene index: maps a record and its text to an
/// <see cref="IndexedDocument"/>, and runs searches. Owns the one <see cref="DocumentIndex"/>.
/// </summary>
public sealed class DocumentIndexing(DocumentIndex index, DocumentSearch search, ArchiveMetrics metrics)
{
    public DocumentIndex Index => index;

    /// <summary>Writes the document's entries; returns the write's generation (<see cref="DocumentIndex.WaitSearchableAsync"/>).</summary>
    /// <param name="structure">The text's structure when the caller has it (<see cref="IndexedDocument.Structure"/>).</param>
    public long Add(DocumentRecord record, string text, DocumentStructure? structure = null) => index.Add(record.Id, DocumentSchema.ToLucene(new IndexedDocument
    {
        Id = record.Id,
        Title = record.Title,
        FileName = record.FileName,
        Kind = record.Kind,
        Number = record.Number,
        IssuedOn = record.IssuedOn,
        Issuer = record.Issuer,
        CreatedAt = record.CreatedAt,
        Visibility = record.Visibility,
        Text = text,
        Paged = record.PageCount is not null,
        MeetingChair = record.Meeting?.Chair?.Name,
        MeetingPlace = record.Meeting?.Place,
        Structure = structure,
    }));

    public SearchResults Search(SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var results = search.Search(request);
        metrics.Searched(Stopwatch.GetElapsedTime(started));
        return results;
    }
}
