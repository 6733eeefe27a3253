using System.Text;
using Archive.Api.Citations;
using Archive.Api.Ocr;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Quality;
using Archive.Indexer.Legal;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// The steps after a document's original and record are safely stored, in order: extract its text
/// (or hand scanned pages to OCR in the background), repair legacy encodings, judge the text's
/// quality, read metadata from the text, keep the text in the store, record the outcome, extract and
/// link citations, index. Used for uploads, OCR completions and repairs at start-up, so a document
/// interrupted anywhere is finished the same way later.
/// </summary>
public sealed class DocumentProcessor(
    IObjectStore store,
    DocumentCatalog catalog,
    DocumentIndexing indexing,
    TextExtraction extraction,
    ScannedDocumentOcr ocr,
    OcrQueue ocrQueue,
    DocumentDescription description,
    CitationGraph citations,
    CitationExtractor citationExtractor,
    ValidityTracker validity,
    WorkFolder work,
    ILogger<DocumentProcessor> logger)
{
    /// <summary>Extracts and completes the document, or queues it for OCR (then it stays "pending").</summary>
    public async Task<DocumentRecord> ProcessAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        using var original = await TemporaryOriginal.DownloadAsync(store, work, record.Id, cancellationToken);
        if (original is null)
        {
            logger.LogError("Document {Id} has a record but no original in the store", record.Id);
            return await CompleteAsync(record, ExtractedText.Failure("Không tìm thấy tệp gốc trong kho lưu trữ."), cancellationToken);
        }

        if (PagesToRecognize(record.ContentType, original.Path) is { } pages)
        {
            var pending = await catalog.UpdateAsync(record.Id,
                current => current with { TextStatus = TextStatuses.Pending, Ocr = new OcrState(pages, 0) }, cancellationToken);
            ocrQueue.Enqueue(record.Id);
            return pending ?? record;
        }

        ExtractedText extracted;
        await using (var stream = original.OpenRead())
        {
            extracted = extraction.Extract(stream, record.ContentType);
        }
        return await CompleteAsync(record, extracted, cancellationToken);
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

    /// <summary>Everything after the text is known: conversion, quality, metadata, store, citations, index.</summary>
    public async Task<DocumentRecord> CompleteAsync(DocumentRecord record, ExtractedText extracted, CancellationToken cancellationToken)
    {
        var text = extracted.Text;
        var conversion = LegacyTextConverter.Convert(text);
        if (conversion.Changed) text = conversion.Text.Normalize(NormalizationForm.FormC);
        var warnings = TextQuality.Assess(text).Warnings.ToList();
        if (extracted.Ocr is { LowConfidencePages.Count: > 0 } low)
            warnings.Add($"Nhận dạng chữ (OCR) có độ tin cậy thấp ở trang {string.Join(", ", low.LowConfidencePages)}: cần kiểm tra lại.");

        using (var content = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
            await store.PutAsync(StoreLayout.Text(record.Id), content, "text/plain; charset=utf-8", cancellationToken);
        }
        // The extraction's part of the record, applied to the newest stored one: a publication or a correction made
        // while the text was being read is kept.
        DocumentRecord Processed(DocumentRecord current) => description.Describe(current, text) with
        {
            TextStatus = extracted.Status switch
            {
                TextStatus.Ok => TextStatuses.Ok,
                TextStatus.Empty => TextStatuses.Empty,
                _ => TextStatuses.Failed,
            },
            TextError = extracted.Error,
            PageCount = extracted.PageCount,
            TextSource = extracted.Ocr is null ? "text" : extracted.Ocr.Pages.Count < (extracted.PageCount ?? 1) ? "ocr+text" : "ocr",
            TextConversions = conversion.EncodingsFound.Select(e => e.ToString().ToLowerInvariant()).ToList(),
            TextWarnings = warnings,
            Ocr = extracted.Ocr is { } summary
                ? new OcrState(summary.Pages.Count, summary.Pages.Count, summary.MeanConfidence,
                    summary.Pages.Select(p => new OcrPageConfidence(p.PageNumber, p.Confidence)).ToList(),
                    summary.LowConfidencePages, summary.FailedPages)
                : null,
        };
        // Indexed before the record says so: whoever sees "ok" can already find the document.
        await citations.SaveAsync(record.Id, citationExtractor.Extract(text), cancellationToken);
        using (await IndexLockAsync(record.Id, cancellationToken))
            indexing.Add(Processed(catalog.Find(record.Id) ?? record), text);
        var stored = await catalog.UpdateAsync(record.Id, Processed, cancellationToken);
        // Whatever changed meanwhile (a publication) is in the stored record: the index follows it.
        if (stored is not null) await IndexLatestAsync(record.Id, text, cancellationToken);
        await validity.RefreshAfterAsync(record.Id, cancellationToken);
        return catalog.Find(record.Id) ?? stored ?? record;
    }

    /// <summary>
    /// Re-indexes a document after its record changed (a publication, a correction) from its stored text; a
    /// document still being processed is left to the processing, which indexes it when done.
    /// </summary>
    public async Task ReindexAsync(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record || record.TextStatus == TextStatuses.Pending) return;
        if (await store.StatAsync(StoreLayout.Text(id), cancellationToken) is null)
        {
            await ProcessAsync(record, cancellationToken);
            return;
        }
        await IndexLatestAsync(id, await StoredText.ReadAsync(store, id, cancellationToken), cancellationToken);
    }

    // Indexes the record as it is now, one document at a time: two writers indexing different versions of a record
    // cannot leave the older one in the index, since whoever indexes last reads the newest.
    private async Task IndexLatestAsync(string id, string text, CancellationToken cancellationToken)
    {
        using (await IndexLockAsync(id, cancellationToken))
            if (catalog.Find(id) is { } latest) indexing.Add(latest, text);
    }

    private readonly SemaphoreSlim[] indexLocks = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private async Task<IDisposable> IndexLockAsync(string id, CancellationToken cancellationToken)
    {
        var stripe = indexLocks[(uint)StringComparer.Ordinal.GetHashCode(id) % (uint)indexLocks.Length];
        await stripe.WaitAsync(cancellationToken);
        return new StripeRelease(stripe);
    }

    private sealed class StripeRelease(SemaphoreSlim stripe) : IDisposable
    {
        private SemaphoreSlim? held = stripe;
        public void Dispose() => Interlocked.Exchange(ref held, null)?.Release();
    }

    /// <summary>
    /// Indexes a document whose text is already stored (and extracts its citations when none are
    /// stored); processes it again when it never finished or its text is missing.
    /// </summary>
    /// <param name="refresh">False in a rebuild, which refreshes searches in batches itself.</param>
    public async Task IndexStoredAsync(DocumentRecord record, CancellationToken cancellationToken, bool refresh = true)
    {
        if (record.TextStatus == TextStatuses.Pending)
        {
            await ProcessAsync(record, cancellationToken);
            return;
        }
        await using var stream = await store.OpenReadAsync(StoreLayout.Text(record.Id), cancellationToken);
        if (stream is null)
        {
            await ProcessAsync(record, cancellationToken);
            return;
        }
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (!citations.Has(record.Id))
        {
            await citations.SaveAsync(record.Id, citationExtractor.Extract(text), cancellationToken);
            await validity.RefreshAfterAsync(record.Id, cancellationToken);
        }
        indexing.Add(catalog.Find(record.Id) ?? record, text, refresh);
    }
}
