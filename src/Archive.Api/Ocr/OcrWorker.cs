using System.Text.Json;
using Archive.Api.Documents;
using Archive.Api.Monitoring;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Ocr;

/// <summary>
/// Recognizes scanned pages in the background, after the upload was answered: one document at a
/// time, a bounded number of pages at once, each page with a timeout. Every page's result is kept in
/// the store as soon as it is done (<c>documents/{id}/ocr/page-0001.json</c>) and the record shows
/// pages done / total, so a restart resumes where it stopped and the service stays responsive.
/// </summary>
public sealed class OcrWorker(
    OcrQueue queue,
    IObjectStore store,
    DocumentCatalog catalog,
    DocumentProcessor processor,
    ScannedDocumentOcr ocr,
    IOptions<OcrSettings> settings,
    WorkFolder work,
    ArchiveMetrics metrics,
    ILogger<OcrWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RecognizeAsync(id, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "OCR of document {DocumentId} failed; it stays pending and is retried at the next start", id);
            }
        }
    }

    private async Task RecognizeAsync(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { TextStatus: TextStatuses.Pending } record) return;
        using var original = await TemporaryOriginal.DownloadAsync(store, work, id, cancellationToken);
        if (original is null) return;

        var started = DateTime.UtcNow;
        ExtractedText extracted;
        if (ContentTypes.Matches(record.ContentType, ContentTypes.Pdf))
        {
            var assessment = await ocr.AssessPagesAsync(original.Path, cancellationToken);
            var todo = assessment.PagesToRecognize;
            var results = new List<OcrPageResult>();
            foreach (var page in todo)
                if (await LoadPageAsync(id, page.PageNumber, cancellationToken) is { } done) results.Add(done);

            await Parallel.ForEachAsync(
                todo.Where(page => results.All(r => r.PageNumber != page.PageNumber)),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Value.MaxConcurrentPages), CancellationToken = cancellationToken },
                async (page, token) =>
                {
                    var result = await ocr.RecognizePdfPageAsync(original.Path, page, token);
                    // Only a recognized page is kept: a page that failed or timed out is tried again after a restart.
                    if (result.Succeeded) await SavePageAsync(id, result, token);
                    int done;
                    lock (results)
                    {
                        results.Add(result);
                        done = results.Count;
                    }
                    queue.Progressed();
                    await ReportProgressAsync(id, todo.Count, done, token);
                });
            extracted = ocr.Merge(assessment, results.OrderBy(r => r.PageNumber).ToList());
        }
        else
        {
            extracted = ocr.Merge(await ocr.RecognizeImageAsync(original.Path, cancellationToken));
        }

        var current = catalog.Find(id) ?? record;
        await processor.CompleteAsync(current, extracted, cancellationToken);
        metrics.Recognized(DateTime.UtcNow - started);
        logger.LogInformation("OCR of {DocumentId} done in {Seconds:F1} s", id, (DateTime.UtcNow - started).TotalSeconds);
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
