using System.Diagnostics;
using Archive.Api.Monitoring;
using Archive.Indexer.Extraction;

namespace Archive.Api.Ingest.Steps;

/// <summary>Reads the text of the original with the extractor for its type (PDF text layer, DOCX, text, old office formats).</summary>
public sealed class ExtractText(TextExtraction extraction, ArchiveMetrics metrics) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        if (context.Extracted is not null || context.Original is null) return;
        var started = Stopwatch.GetTimestamp();
        await using var stream = context.Original.OpenRead();
        context.Extracted = extraction.Extract(stream, context.Record.ContentType);
        metrics.Extracted(Stopwatch.GetElapsedTime(started), context.Extracted.Status.ToString().ToLowerInvariant());
    }
}
