using Archive.Api.Documents;
using Archive.Indexer.Extraction;
using Archive.Storage;

namespace Archive.Api.Ingest.Steps;

/// <summary>Copies the original from the store to the private work folder, for the extractors and tools that read files.</summary>
public sealed class FetchOriginal(IObjectStore store, WorkFolder work, ILogger<FetchOriginal> logger) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        if (context.Extracted is not null) return;
        context.Original = await TemporaryOriginal.DownloadAsync(store, work, context.Record, context.Cancellation);
        if (context.Original is not null) return;
        logger.LogError("Document {Id} has a record but no original in the store", context.Id);
        context.Extracted = ExtractedText.Failure("Không tìm thấy tệp gốc trong kho lưu trữ.");
    }
}
