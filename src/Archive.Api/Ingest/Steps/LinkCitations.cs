using Archive.Api.Citations;
using Archive.Indexer.Legal;

namespace Archive.Api.Ingest.Steps;

/// <summary>Finds the acts the text cites and keeps them (<see cref="CitationGraph"/>), which links them to archived documents.</summary>
public sealed class LinkCitations(CitationGraph citations, CitationExtractor extractor) : IIngestStep
{
    public Task RunAsync(IngestContext context) =>
        citations.SaveAsync(context.Id, extractor.Extract(context.Text), context.Cancellation);
}
