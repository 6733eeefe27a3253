using System.Text;
using Archive.Api.Citations;
using Archive.Indexer.Extraction;
using Archive.Indexer.Legal;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// The steps after a document's original and record are safely stored: extract its text, keep the
/// text in the store, record the outcome, index. Used for uploads and for repairs at start-up, so a
/// document interrupted anywhere in these steps is finished the same way later.
/// </summary>
public sealed class DocumentProcessor(
    IObjectStore store,
    DocumentCatalog catalog,
    DocumentIndexing indexing,
    TextExtraction extraction,
    CitationGraph citations,
    CitationExtractor citationExtractor,
    ValidityTracker validity,
    ILogger<DocumentProcessor> logger)
{
    /// <summary>Extracts, stores the text and indexes; returns the updated record.</summary>
    public async Task<DocumentRecord> ProcessAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        ExtractedText extracted;
        await using (var original = await store.OpenReadAsync(DocumentKeys.Original(record.Id), cancellationToken))
        {
            if (original is null)
            {
                logger.LogError("Document {Id} has a record but no original in the store", record.Id);
                extracted = ExtractedText.Failure("Không tìm thấy tệp gốc trong kho lưu trữ.");
            }
            else
            {
                extracted = extraction.Extract(original, record.ContentType);
            }
        }

        using (var text = new MemoryStream(Encoding.UTF8.GetBytes(extracted.Text)))
        {
            await store.PutAsync(DocumentKeys.Text(record.Id), text, "text/plain; charset=utf-8", cancellationToken);
        }
        var processed = record with
        {
            TextStatus = extracted.Status switch
            {
                TextStatus.Ok => TextStatuses.Ok,
                TextStatus.Empty => TextStatuses.Empty,
                _ => TextStatuses.Failed,
            },
            TextError = extracted.Error,
            PageCount = extracted.PageCount,
        };
        await catalog.SaveAsync(processed, cancellationToken);
        await citations.SaveAsync(processed.Id, citationExtractor.Extract(extracted.Text), cancellationToken);
        await validity.RefreshAfterAsync(processed.Id, cancellationToken);
        indexing.Add(processed, extracted.Text);
        return catalog.Find(processed.Id) ?? processed;
    }

    /// <summary>
    /// Indexes a document whose text is already stored (and extracts its citations when none are
    /// stored); re-extracts everything when the text is missing.
    /// </summary>
    public async Task IndexStoredAsync(DocumentRecord record, CancellationToken cancellationToken)
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
        indexing.Add(record, text);
    }
}
