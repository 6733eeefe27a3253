using System.Diagnostics.Metrics;

namespace Archive.Api.Monitoring;

/// <summary>
/// The archive's own OpenTelemetry instruments (meter "Archive"): uploads, extraction and OCR durations,
/// searches and their latency, work-queue length and wait, the time of each ingest step. Exported in the Prometheus format at /metrics.
/// </summary>
public sealed class ArchiveMetrics
{
    public const string MeterName = "Archive";

    private readonly Counter<long> uploads;
    private readonly Histogram<double> extraction;
    private readonly Histogram<double> ocr;
    private readonly Counter<long> searches;
    private readonly Histogram<double> searchLatency;
    private readonly Histogram<double> ingestStep;
    private readonly Histogram<double> queueWait;
    private readonly Histogram<double> indexReopen;

    public ArchiveMetrics(IMeterFactory meters, IEnumerable<IWorkQueueStatus> queues)
    {
        var meter = meters.Create(MeterName);
        uploads = meter.CreateCounter<long>("archive.uploads", "{upload}", "Files received by the upload, by outcome (created, duplicate)");
        extraction = meter.CreateHistogram<double>("archive.extraction.duration", "s", "Time to extract a document's text (not OCR), by text status");
        ocr = meter.CreateHistogram<double>("archive.ocr.duration", "s", "Time to recognize a scanned document, all its pages");
        searches = meter.CreateCounter<long>("archive.searches", "{search}", "Searches answered (API, staff and public pages)");
        searchLatency = meter.CreateHistogram<double>("archive.search.duration", "s", "Time to answer a search");
        ingestStep = meter.CreateHistogram<double>("archive.ingest.step.duration", "s", "Time of one ingest pipeline step on one document, by step");
        queueWait = meter.CreateHistogram<double>("archive.queue.wait", "s", "Time a job waited in the work queue before a worker took it, by kind");
        indexReopen = meter.CreateHistogram<double>("archive.index.reopen.duration", "s", "Time of one index reopen that made writes searchable (their count: reopens)");
        var watched = queues.ToList();
        meter.CreateObservableGauge("archive.queue.length",
            () => watched.Select(q => new Measurement<int>(q.Length, new KeyValuePair<string, object?>("queue", q.Name))),
            "{document}", "Documents waiting in a background work queue");
    }

    public void Uploaded(bool created) => uploads.Add(1, new KeyValuePair<string, object?>("outcome", created ? "created" : "duplicate"));

    public void Extracted(TimeSpan took, string textStatus) =>
        extraction.Record(took.TotalSeconds, new KeyValuePair<string, object?>("status", textStatus));

    public void Recognized(TimeSpan took) => ocr.Record(took.TotalSeconds);

    public void IngestStepRan(string step, TimeSpan took) =>
        ingestStep.Record(took.TotalSeconds, new KeyValuePair<string, object?>("step", step));

    public void JobTaken(string kind, TimeSpan waited) =>
        queueWait.Record(Math.Max(0, waited.TotalSeconds), new KeyValuePair<string, object?>("kind", kind));

    public void IndexReopened(TimeSpan took) => indexReopen.Record(took.TotalSeconds);

    public void Searched(TimeSpan took)
    {
        searches.Add(1);
        searchLatency.Record(took.TotalSeconds);
    }
}
