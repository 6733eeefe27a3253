namespace Archive.Api.Ingest;

/// <summary>
/// One piece of background work on a document, kept in the store while it waits (<see cref="Documents.StoreLayout.Job"/>)
/// so that a restart finds it: read the document through the pipeline, or recognize the next pages of a scan.
/// </summary>
/// <param name="Size">The original's size in bytes: big documents wait behind small ones for a while (<see cref="IngestQueue"/>).</param>
public sealed record IngestJob(string Id, string Kind, long Size, DateTimeOffset EnqueuedAt)
{
    /// <summary>Run the document through the <see cref="IngestPipeline"/>.</summary>
    public const string Read = "read";

    /// <summary>Recognize the next pages of a scan handed to OCR (<see cref="Ocr.ScanRecognition"/>), a turn at a time.</summary>
    public const string Recognize = "recognize";
}
