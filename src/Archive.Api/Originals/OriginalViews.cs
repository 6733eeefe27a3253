using System.Collections.Concurrent;
using Archive.Api.Documents;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Office;
using Archive.Storage;

namespace Archive.Api.Originals;

/// <summary>
/// The original on screen: PDFs, pictures and text as they are; word-processor files as a PDF rendition made once
/// by LibreOffice; small pictures of the first pages made once by pdftoppm. Both are kept in the store beside the
/// original (derived data: deleting them only costs the time to make them again). The original is never changed.
/// </summary>
public sealed class OriginalViews(IObjectStore store, OfficeDocumentConverter office, ILogger<OriginalViews> logger)
{
    /// <summary>How many page pictures a document page shows at most.</summary>
    public const int MaxPictures = 4;

    // 40 dpi draws an A4 page 331 px wide: enough to recognise a stamp, a signature or a table's shape.
    private readonly PageRasterizer rasterizer = new(new OcrOptions { Dpi = 40, PageTimeout = TimeSpan.FromSeconds(30) });
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);
    // What could not be made (a corrupt file, a missing tool) is not tried again on every request; a tool that ran out
    // of time on a busy machine is tried again after a while (not at once: a loop of requests must not keep it busy).
    private static readonly TimeSpan TimedOutRetry = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> failures = new(StringComparer.Ordinal);

    /// <summary>How many page pictures exist or can be made: the first pages of a PDF, the first page of a rendition.</summary>
    public static int PictureCount(DocumentRecord record) => ViewKinds.Of(record) switch
    {
        ViewKind.Pdf => Math.Clamp(record.PageCount ?? 1, 1, MaxPictures),
        ViewKind.Rendition => 1,
        _ => 0,
    };

    /// <summary>What a browser can show for the document, or null when nothing (TIFF, a rendition that failed).</summary>
    public async Task<OriginalView?> OpenAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        var kind = ViewKinds.Of(record);
        if (kind == ViewKind.None) return null;
        if (kind == ViewKind.Rendition)
        {
            if (!await EnsureRenditionAsync(record, cancellationToken)) return null;
            var rendition = await store.OpenReadAsync(StoreLayout.Rendition(record.Id), cancellationToken);
            return rendition is null ? null : new OriginalView(rendition, ContentTypes.Pdf, Path.ChangeExtension(record.FileName, ".pdf"));
        }
        var original = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken);
        return original is null ? null : new OriginalView(original, record.ContentType, record.FileName);
    }

    /// <summary>A PNG of page <paramref name="page"/> (from 1), made on first request and kept; null when there is none.</summary>
    public async Task<Stream?> PictureAsync(DocumentRecord record, int page, CancellationToken cancellationToken)
    {
        if (page < 1 || page > PictureCount(record)) return null;
        var key = StoreLayout.PagePicture(record.Id, page);
        if (await store.OpenReadAsync(key, cancellationToken) is { } kept) return kept;
        var gate = locks.GetOrAdd(record.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await store.OpenReadAsync(key, cancellationToken) is { } raced) return raced;
            if (Failed(key)) return null;
            var source = ViewKinds.Of(record) == ViewKind.Rendition ? StoreLayout.Rendition(record.Id) : StoreLayout.OriginalOf(record);
            if (source == StoreLayout.Rendition(record.Id) && !await EnsureRenditionLockedAsync(record, cancellationToken)) return null;
            var folder = Directory.CreateTempSubdirectory("archive-view-");
            try
            {
                var pdf = Path.Combine(folder.FullName, "document.pdf");
                await using (var stream = await store.OpenReadAsync(source, cancellationToken))
                {
                    if (stream is null) return null;
                    await using var file = File.Create(pdf);
                    await stream.CopyToAsync(file, cancellationToken);
                }
                using var rendered = await rasterizer.RenderAsync(pdf, page, cancellationToken);
                await using (var png = File.OpenRead(rendered.ImagePath))
                {
                    await store.PutAsync(key, png, "image/png", cancellationToken);
                }
            }
            catch (ExternalToolException e)
            {
                logger.LogWarning("No picture of page {Page} of {Id}: {Problem}", page, record.Id, e.Message);
                Remember(key, e);
                return null;
            }
            finally
            {
                try { folder.Delete(recursive: true); } catch (IOException) { }
            }
            return await store.OpenReadAsync(key, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> EnsureRenditionAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        var gate = locks.GetOrAdd(record.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await EnsureRenditionLockedAsync(record, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> EnsureRenditionLockedAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        var key = StoreLayout.Rendition(record.Id);
        if (await store.StatAsync(key, cancellationToken) is not null) return true;
        if (Failed(key)) return false;
        await using var original = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken);
        if (original is null) return false;
        try
        {
            var extension = AcceptedFormats.Of(record.ContentType)?.Extension ?? Path.GetExtension(record.FileName);
            var pdf = await office.ConvertToPdfAsync(original, extension, cancellationToken);
            using var content = new MemoryStream(pdf);
            await store.PutAsync(key, content, ContentTypes.Pdf, cancellationToken);
            return true;
        }
        catch (ExternalToolException e)
        {
            logger.LogWarning("No PDF rendition of {Id}: {Problem}", record.Id, e.Message);
            Remember(key, e);
            return false;
        }
    }

    private void Remember(string key, ExternalToolException failure) =>
        failures[key] = failure.Failure == ExternalToolFailure.TimedOut ? DateTimeOffset.UtcNow + TimedOutRetry : DateTimeOffset.MaxValue;

    private bool Failed(string key)
    {
        if (!failures.TryGetValue(key, out var until)) return false;
        if (DateTimeOffset.UtcNow < until) return true;
        failures.TryRemove(key, out _);
        return false;
    }
}
