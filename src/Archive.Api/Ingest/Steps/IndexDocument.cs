namespace Archive.Api.Ingest.Steps;

/// <summary>
/// Indexes the document as its record is about to be: before the record says "ok", so whoever sees "ok" can already
/// find it.
/// </summary>
public sealed class IndexDocument(LatestIndexing indexing) : IIngestStep
{
    public Task RunAsync(IngestContext context) =>
        indexing.IndexAsync(context.Id, context.Text, context.Cancellation, context.Apply);
}
