namespace Archive.Api.Ingest.Steps;

/// <summary>
/// Indexes the document as its record is about to be. It does not wait for searches to see it: the reopen that makes
/// it searchable is shared with the other documents written meanwhile, and <see cref="RecordOutcome"/> waits for it
/// before the record says "ok", so whoever sees "ok" can already find it.
/// </summary>
public sealed class IndexDocument(LatestIndexing indexing) : IIngestStep
{
    public async Task RunAsync(IngestContext context) =>
        context.IndexGeneration = await indexing.IndexAsync(context.Id, context.Text, context.Cancellation, context.Apply, refresh: false, context.Structure);
}
