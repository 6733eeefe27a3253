using System.Collections.Concurrent;
using System.Text.Json;
using Archive.Api.Documents;
using Archive.Api.Ingest;
using Archive.Api.Monitoring;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Ocr;

/// <summary>
/// Recognizes a scan's pages in the background (an <see cref="IngestJob.Recognize"/> job), a turn at a time: a bounded
/// number of pages at once, each with a timeout, until the turn's time is up; then the job goes to the end of the
/// queue and other documents get theirs. Every page's result is kept in the store as soon as it is done
/// (<see cref="StoreLayout.OcrPage"/>) and the record shows pages done / total, so the next turn, or a restart, goes
/// on where it stopped. The last turn finishes the document through the pipeline with the recognized text.
/// </summary>
public sealed class ScanRecognition(
    IObjectStore store,
    DocumentCatalog catalog,
    DocumentProcessor processor,
    ScannedDocumentOcr ocr,
    IngestQueue queue,
    IOptions<OcrSettings> settings,
    IOptions<IngestOptions> ingest,
    WorkFolder work,
    ArchiveMetrics metrics,
    ILogger<ScanRecognition> logger)
{
    /// <summary>Per scan in progress: when its first turn began, and the pages that failed (never kept: tried again after a restart).</summary>
    private sealed record Progress(DateTimeOffset StartedAt, ConcurrentDictionary<int, OcrPageResult> Failed);

    private readonly ConcurrentDictionary<string, Progress> inProgress = new(StringComparer.Ordinal);

    /// <summary>One turn of recognition on document <paramref name="id"/>; true when the document is done.</summary>
    public async Task<bool> RecognizeTurnAsync(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { TextStatus: TextStatuses.Pending } record) return Forget(id);
        using var original = await TemporaryOriginal.DownloadAsync(store, work, record, cancellationToken);
        if (original is null)
        {
            await processor.CompleteAsync(record, ExtractedText.Failure("Không tìm thấy tệp gốc trong kho lưu trữ."), cancellationToken);
            return Forget(id);
        }
        var progress = inProgress.GetOrAdd(id, _ => new Progress(DateTimeOffset.UtcNow, new()));

        ExtractedText extracted;
        if (ContentTypes.Matches(record.ContentType, ContentTypes.Pdf))
        {
            var assessment = await ocr.AssessPagesAsync(original.Path, cancellationToken);
            var todo = assessment.PagesToRecognize;
            var results = new List<OcrPageResult>(progress.Failed.Values);
            foreach (var page in todo)
                if (!progress.Failed.ContainsKey(page.PageNumber) && await LoadPageAsync(id, page.PageNumber, cancellationToken) is { } done)
                    results.Add(done);

            var turnEnds = DateTimeOffset.UtcNow.AddSeconds(ingest.Value.OcrTurnSeconds);
            var missing = todo.Where(page => results.All(r => r.PageNumber != page.PageNumber)).ToList();
            foreach (var batch in missing.Chunk(Math.Max(1, settings.Value.MaxConcurrentPages)))
            {
                await Parallel.ForEachAsync(batch,
                    new ParallelOptions { MaxDegreeOfParallelism = batch.Length, CancellationToken = cancellationToken },
                    async (page, token) =>
                    {
                        var result = await ocr.RecognizePdfPageAsync(original.Path, page, token);
                        // Only a recognized page is kept: a page that failed or timed out is tried again after a restart.
                        if (result.Succeeded) await SavePageAsync(id, result, token);
                        else progress.Failed[result.PageNumber] = result;
                        int count;
                        lock (results)
                        {
                            results.Add(result);
                            count = results.Count;
                        }
                        queue.Progressed();
                        await ReportProgressAsync(id, todo.Count, count, token);
                    });
                if (DateTimeOffset.UtcNow >= turnEnds && results.Count < todo.Count) return false;
            }
            extracted = ocr.Merge(assessment, results.OrderBy(r => r.PageNumber).ToList());
        }
        else
        {
            extracted = ocr.Merge(await ocr.RecognizeImageAsync(original.Path, cancellationToken));
        }

        await processor.CompleteAsync(catalog.Find(id) ?? record, extracted, cancellationToken);
        var took = DateTimeOffset.UtcNow - progress.StartedAt;
        metrics.Recognized(took);
        logger.LogInformation("OCR of {DocumentId} done in {Seconds:F1} s", id, took.TotalSeconds);
        return Forget(id);
    }

    private bool Forget(string id)
    {
        inProgress.TryRemove(id, out _);
        return true;
    }

    private async Task ReportProgressAsync(string id, int total, int done, CancellationToken cancellationToken)
    {
        // Only progress: pages done never go back (two pages finishing together), and a finished record is left alone.
        await catalog.UpdateAsync(id, record => record.TextStatus == TextStatuses.Pending && (record.Ocr?.PagesDone ?? 0) < done
            ? record with { Ocr = new OcrState(total, done) }
            : null, cancellationToken);
    }

    private async Task SavePageAsync(string id, OcrPageResult result, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(result, StoredJson.Options));
        await store.PutAsync(StoreLayout.OcrPage(id, result.PageNumber), content, "application/json", cancellationToken);
    }

    private async Task<OcrPageResult?> LoadPageAsync(string id, int page, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(StoreLayout.OcrPage(id, page), cancellationToken);
        if (stream is null) return null;
        try
        {
            return await JsonSerializer.DeserializeAsync<OcrPageResult>(stream, StoredJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
