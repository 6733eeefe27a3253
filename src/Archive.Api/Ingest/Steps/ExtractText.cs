using Archive.Indexer.Extraction;

namespace Archive.Api.Ingest.Steps;

/// <summary>Reads the text of the original with the extractor for its type (PDF text layer, DOCX, text, old office formats).</summary>
public sealed class ExtractText(TextExtraction extraction) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        if (context.Extracted is not null || context.Original is null) return;
        await using var stream = context.Original.OpenRead();
        context.Extracted = extraction.Extract(stream, context.Record.ContentType);
    }
}
