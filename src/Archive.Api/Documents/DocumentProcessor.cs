using Archive.Api.Citations;
using Archive.Api.Ingest;
using Archive.Indexer.Extraction;
using Archive.Indexer.Legal;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// What the rest of the service asks of a stored document: process it (<see cref="IngestPipeline"/>), finish it with
/// text obtained elsewhere (OCR), index it again after its record changed, or index it from its stored text at
/// start-up.
/// </summary>
public sealed class DocumentProcessor(
    IObjectStore store,
    DocumentCatalog catalog,
    IngestPipeline pipeline,
    LatestIndexing indexing,
    CitationGraph citations,
    CitationExtractor citationExtractor,
    ValidityTracker validity,
    ProcessingAttempts attempts,
    IngestQueue queue,
    ILogger<DocumentProcessor> logger)
{
    /// <summary>
    /// Extracts and completes the document, or hands it to OCR (then it stays "pending"). A document whose processing
    /// failed or was cut short (the service killed) <see cref="ProcessingAttempts.Limit"/> times is marked failed with
    /// the reason instead. Throws when this attempt failed and the document stays pending for another.
    /// </summary>
    public async Task<DocumentRecord> ProcessAsync(DocumentRecord record, CancellationToken cancellationToken, Action? leaveWorker = null)
    {
        var before = await attempts.BeginAsync(record.Id, cancellationToken);
        if (before is { Attempts: >= ProcessingAttempts.Limit })
        {
            logger.LogError("Document {Id} was not processed after {Attempts} attempts; marked failed", record.Id, before.Attempts);
            return await GiveUpAsync(record, before.LastError is null
                ? $"Xử lý văn bản bị gián đoạn {before.Attempts} lần (tệp có thể làm dịch vụ dừng); văn bản không được xử lý tiếp."
                : $"Không xử lý được văn bản sau {before.Attempts} lần thử: {before.LastError}", cancellationToken);
        }
        try
        {
            var processed = await pipeline.RunAsync(record, cancellationToken, leaveWorker);
            await attempts.EndAsync(record.Id, CancellationToken.None);
            return processed;
        }
        catch (Exception e) when (e is not OperationCanceledException and not StoreOutageException)
        {
            logger.LogError(e, "Processing of document {Id} failed (attempt {Attempt})", record.Id, (before?.Attempts ?? 0) + 1);
            var reason = $"lỗi khi xử lý ({e.GetType().Name})";
            if ((before?.Attempts ?? 0) + 1 >= ProcessingAttempts.Limit)
                return await GiveUpAsync(record, $"Không xử lý được văn bản sau {ProcessingAttempts.Limit} lần thử: {reason}", cancellationToken);
            await attempts.FailedAsync(record.Id, reason, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Marks the document failed with <paramref name="reason"/> (a job over its budget); nothing when it is gone.</summary>
    public async Task FailAsync(string id, string reason, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is { } record) await GiveUpAsync(record, reason, cancellationToken);
    }

    private async Task<DocumentRecord> GiveUpAsync(DocumentRecord record, string reason, CancellationToken cancellationToken)
    {
        var failed = await pipeline.CompleteAsync(record, ExtractedText.Failure(reason), cancellationToken);
        await attempts.EndAsync(record.Id, CancellationToken.None);
        return failed;
    }

    /// <summary>Everything after the text is known: conversion, quality, metadata, store, citations, index.</summary>
    public Task<DocumentRecord> CompleteAsync(DocumentRecord record, ExtractedText extracted, CancellationToken cancellationToken) =>
        pipeline.CompleteAsync(record, extracted, cancellationToken);

    /// <summary>
    /// Re-indexes a document after its record changed (a publication, a correction) from its stored text; a
    /// document still being processed is left to the processing, which indexes it when done.
    /// </summary>
    public async Task ReindexAsync(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record || record.TextStatus == TextStatuses.Pending) return;
        if (await store.StatAsync(StoreLayout.Text(id), cancellationToken) is null)
        {
            await EnqueueAsync(record, cancellationToken);
            return;
        }
        await indexing.IndexAsync(id, await StoredText.ReadAsync(store, id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Indexes a document whose text is already stored (and extracts its citations when none are
    /// stored); queues it to be read again when it never finished or its text is missing.
    /// </summary>
    /// <param name="refresh">False in a rebuild, which refreshes searches in batches itself.</param>
    public async Task IndexStoredAsync(DocumentRecord record, CancellationToken cancellationToken, bool refresh = true)
    {
        if (record.TextStatus == TextStatuses.Pending || await store.StatAsync(StoreLayout.Text(record.Id), cancellationToken) is null)
        {
            await EnqueueAsync(record, cancellationToken);
            return;
        }
        var text = await StoredText.ReadAsync(store, record.Id, cancellationToken);
        if (!citations.Has(record.Id))
        {
            await citations.SaveAsync(record.Id, citationExtractor.Extract(text), cancellationToken);
            await validity.RefreshAfterAsync(record.Id, cancellationToken);
        }
        await indexing.IndexAsync(record.Id, text, cancellationToken, refresh: refresh);
    }

    /// <summary>
    /// Queues the document to be read by the background workers (<see cref="IngestWorkers"/>), unless it already waits:
    /// a scan in OCR keeps its turn and its progress. A pending record is its own durable job (the start-up repair
    /// queues every pending record again), so only the job of a finished record that lost its text is kept in the store.
    /// </summary>
    public async Task EnqueueAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        if (!queue.Has(record.Id))
            await queue.EnqueueAsync(new IngestJob(record.Id, IngestJob.Read, record.Size, DateTimeOffset.UtcNow), cancellationToken,
                keep: record.TextStatus != TextStatuses.Pending);
    }
}
