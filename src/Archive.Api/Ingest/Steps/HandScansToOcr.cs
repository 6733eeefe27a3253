using System.Diagnostics;
using Archive.Api.Documents;
using Archive.Api.Monitoring;
using Archive.Api.Ocr;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// A PDF's pages are read and judged once: when every page's text layer will do, that is the text; pages that need
/// OCR, and images, are recognized in the background (<see cref="OcrWorker"/>): the record says how many pages and
/// stays "pending", and the run stops here.
/// </summary>
public sealed class HandScansToOcr(
    DocumentCatalog catalog, ScannedDocumentOcr ocr, OcrQueue queue, ArchiveMetrics metrics, ILogger<HandScansToOcr> logger) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        if (context.Extracted is not null || context.Original is null) return;
        if (ContentTypes.Matches(context.Record.ContentType, ContentTypes.Pdf))
        {
            var started = Stopwatch.GetTimestamp();
            var assessment = await ocr.AssessPagesAsync(context.Original.Path, context.Cancellation);
            if (!assessment.NeedsOcr)
            {
                context.Extracted = ocr.Merge(assessment, []);
                metrics.Extracted(Stopwatch.GetElapsedTime(started), context.Extracted.Status.ToString().ToLowerInvariant());
            }
            else await HandOverAsync(context, assessment.PagesToRecognize.Count);
        }
        else if (ScannedDocumentOcr.CanRecognize(context.Record.ContentType))
        {
            await HandOverAsync(context, 1);
        }
    }

    private async Task HandOverAsync(IngestContext context, int pages)
    {
        context.Outcome = await catalog.UpdateAsync(context.Id,
            current => current with { TextStatus = TextStatuses.Pending, Ocr = new OcrState(pages, 0) }, context.Cancellation);
        queue.Enqueue(context.Id);
        ArchiveLog.WaitingForOcr(logger, context.Id, pages);
        context.HandedOver = true;
    }
}
