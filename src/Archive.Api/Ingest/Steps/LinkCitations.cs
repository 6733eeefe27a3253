using Archive.Api.Citations;
using Archive.Indexer.Legal;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// Finds the acts the text cites and keeps them (<see cref="CitationGraph"/>), which links them to archived documents;
/// the document's own validity is written with the outcome, not in a write of its own (<see cref="RefreshValidity"/>
/// then only touches the documents it amends, replaces or repeals).
/// </summary>
public sealed class LinkCitations(CitationGraph citations, CitationExtractor extractor, ValidityTracker validity) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        await citations.SaveAsync(context.Id, extractor.Extract(context.Text), context.Cancellation);
        context.Change(validity.WithOwnValidity);
    }
}
