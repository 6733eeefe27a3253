using System.Diagnostics;
using Archive.Api.Monitoring;
using Archive.Api.Documents;
using Archive.Api.Ingest.Steps;
using Archive.Indexer.Extraction;

namespace Archive.Api.Ingest;

/// <summary>
/// The ingest pipeline as data: an ordered list of small steps over one <see cref="IngestContext"/>, used for
/// uploads, OCR completions and repairs at start-up alike, so a document interrupted anywhere is finished the same
/// way later. A run stops early when a step hands the rest over (<see cref="IngestContext.HandedOver"/>: scanned
/// pages go to OCR in the background, which runs the pipeline again with the recognized text).
/// </summary>
/// <remarks>
/// Re-indexing after a publication or a correction is not a pass through this pipeline: it is
/// <see cref="LatestIndexing"/> alone, which never extracts anything again.
/// </remarks>
public sealed class IngestPipeline(
    FetchOriginal fetchOriginal,
    HandScansToOcr handScansToOcr,
    ExtractText extractText,
    RepairLegacyEncodings repairLegacyEncodings,
    JudgeQuality judgeQuality,
    StoreText storeText,
    StoreStructure storeStructure,
    DescribeFromText describeFromText,
    LinkCitations linkCitations,
    IndexDocument indexDocument,
    RecordOutcome recordOutcome,
    RefreshValidity refreshValidity,
    ArchiveMetrics metrics)
{
    /// <summary>The steps, in the order they run.</summary>
    public IReadOnlyList<IIngestStep> Steps { get; } =
    [
        fetchOriginal, handScansToOcr, extractText, repairLegacyEncodings, judgeQuality,
        storeText, storeStructure, describeFromText, linkCitations, indexDocument, recordOutcome, refreshValidity,
    ];

    /// <summary>Runs every step on <paramref name="record"/>; the record as stored afterwards.</summary>
    /// <param name="leaveWorker">Called when only waiting is left (<see cref="IngestContext.LeaveWorker"/>).</param>
    public Task<DocumentRecord> RunAsync(DocumentRecord record, CancellationToken cancellationToken, Action? leaveWorker = null) =>
        RunAsync(new IngestContext(record, cancellationToken, leaveWorker));

    /// <summary>Runs the steps after extraction on text obtained elsewhere (OCR) or on a failure.</summary>
    public Task<DocumentRecord> CompleteAsync(DocumentRecord record, ExtractedText extracted, CancellationToken cancellationToken) =>
        RunAsync(new IngestContext(record, cancellationToken) { Extracted = extracted });

    private async Task<DocumentRecord> RunAsync(IngestContext context)
    {
        try
        {
            foreach (var step in Steps)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                await step.RunAsync(context);
                metrics.IngestStepRan(step.GetType().Name, Stopwatch.GetElapsedTime(started));
                if (context.HandedOver) break;
            }
            return context.Outcome ?? context.Record;
        }
        finally
        {
            context.Original?.Dispose();
        }
    }
}
