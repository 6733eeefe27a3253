using Archive.Api.Documents;
using Archive.Api.Monitoring;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// Once searches see the document (<see cref="IngestContext.IndexGeneration"/>), writes the run's changes to the newest
/// stored record (<see cref="DocumentCatalog.UpdateAsync"/>), then indexes
/// the stored record again when something else changed it after it was indexed (a publication during OCR).
/// </summary>
public sealed class RecordOutcome(DocumentCatalog catalog, LatestIndexing indexing, ILogger<RecordOutcome> logger) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        context.LeaveWorker();
        await indexing.WaitSearchableGatheredAsync(context.IndexGeneration, context.Cancellation);
        var indexed = context.Apply(catalog.Find(context.Id) ?? context.Record);
        context.Outcome = await catalog.UpdateAsync(context.Id, context.Apply, context.Cancellation);
        if (context.Outcome is { } stored && !StoredJson.Bytes(stored).AsSpan().SequenceEqual(StoredJson.Bytes(indexed)))
            await indexing.IndexAsync(context.Id, context.Text, context.Cancellation);
        if (context.Outcome is not { } outcome) return;
        if (outcome.TextStatus == TextStatuses.Failed) ArchiveLog.ExtractionFailed(logger, outcome.Id, outcome.TextError);
        else ArchiveLog.TextExtracted(logger, outcome.Id, outcome.TextStatus, outcome.TextSource, context.Text.Length, outcome.PageCount);
    }
}
