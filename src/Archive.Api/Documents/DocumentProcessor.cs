using System.Diagnostics;
using Archive.Api.Monitoring;
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
    ArchiveMetrics metrics,
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

        if (ContentTypes.Matches(record.ContentType, ContentTypes.Pdf))
        {
            // Every page's text layer is read and judged once; pages that need OCR go to the background worker.
            var assessed = Stopwatch.GetTimestamp();
            var assessment = await ocr.AssessPagesAsync(original.Path, cancellationToken);
            if (!assessment.NeedsOcr)
            {
                var read = ocr.Merge(assessment, []);
                metrics.Extracted(Stopwatch.GetElapsedTime(assessed), read.Status.ToString().ToLowerInvariant());
                return await CompleteAsync(record, read, cancellationToken);
            }
            return await QueueForOcrAsync(record, assessment.PagesToRecognize.Count, cancellationToken);
        }
        if (ScannedDocumentOcr.CanRecognize(record.ContentType)) return await QueueForOcrAsync(record, 1, cancellationToken);

        ExtractedText extracted;
        var started = Stopwatch.GetTimestamp();
        await using (var stream = original.OpenRead())
        {
            extracted = extraction.Extract(stream, record.ContentType);
        }
        metrics.Extracted(Stopwatch.GetElapsedTime(started), extracted.Status.ToString().ToLowerInvariant());
        return await CompleteAsync(record, extracted, cancellationToken);
    }

    private async Task<DocumentRecord> QueueForOcrAsync(DocumentRecord record, int pages, CancellationToken cancellationToken)
    {
        var pending = record with { TextStatus = TextStatuses.Pending, Ocr = new OcrState(pages, 0) };
        await catalog.SaveAsync(pending, cancellationToken);
        ocrQueue.Enqueue(record.Id);
        ArchiveLog.WaitingForOcr(logger, record.Id, pages);
        return pending;
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
            await store.PutAsync(DocumentKeys.Text(record.Id), content, "text/plain; charset=utf-8", cancellationToken);
        }
        await StoredStructure.SaveAsync(store, record.Id, text, cancellationToken);
        var processed = description.Describe(record, text) with
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
            Pages = extracted.PageSources,
            Ocr = extracted.Ocr is { } summary
                ? new OcrState(summary.Pages.Count, summary.Pages.Count, summary.MeanConfidence,
                    summary.Pages.Select(p => new OcrPageConfidence(p.PageNumber, p.Confidence)).ToList(),
                    summary.LowConfidencePages, summary.FailedPages)
                : null,
        };
        // Indexed before the record says so: whoever sees "ok" can already find the document.
        await citations.SaveAsync(processed.Id, citationExtractor.Extract(text), cancellationToken);
        indexing.Add(processed, text);
        await catalog.SaveAsync(processed, cancellationToken);
        await validity.RefreshAfterAsync(processed.Id, cancellationToken);
        if (processed.TextStatus == TextStatuses.Failed) ArchiveLog.ExtractionFailed(logger, processed.Id, processed.TextError);
        else ArchiveLog.TextExtracted(logger, processed.Id, processed.TextStatus, processed.TextSource, text.Length, processed.PageCount);
        return catalog.Find(processed.Id) ?? processed;
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
        await using var stream = await store.OpenReadAsync(DocumentKeys.Text(record.Id), cancellationToken);
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
