using Archive.Api.Documents;
using Archive.Api.Ocr;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// A scan (an image, or a PDF with pages that have no text layer) is recognized in the background
/// (<see cref="OcrWorker"/>): the record says how many pages and stays "pending", and the run stops here.
/// </summary>
public sealed class HandScansToOcr(DocumentCatalog catalog, ScannedDocumentOcr ocr, OcrQueue queue) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        if (context.Extracted is not null || context.Original is null) return;
        if (PagesToRecognize(context.Record.ContentType, context.Original.Path) is not { } pages) return;
        context.Outcome = await catalog.UpdateAsync(context.Id,
            current => current with { TextStatus = TextStatuses.Pending, Ocr = new OcrState(pages, 0) }, context.Cancellation);
        queue.Enqueue(context.Id);
        context.HandedOver = true;
    }

    /// <summary>How many pages need OCR (images: their frames), or null when the text layer is all there is to read.</summary>
    private int? PagesToRecognize(string contentType, string path)
    {
        if (!ScannedDocumentOcr.CanRecognize(contentType)) return null;
        if (!ContentTypes.Matches(contentType, ContentTypes.Pdf)) return 1;
        try
        {
            var count = ocr.AssessPages(path).Count(p => p.NeedsOcr);
            return count == 0 ? null : count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Encrypted or corrupt: the ordinary extractor reports why.
            return null;
        }
    }
}
