using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Ingest;

/// <summary>The "Ingest" configuration section: the background workers that read uploaded documents.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Documents read at once. Each may run a converter or OCR: keep at or below the core count.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>
    /// A read of a document of at most this many bytes takes half a worker (<see cref="WorkerSlots"/>): such a read waits
    /// for the store's writes about half of its time, so twice as many are read at once (4 with 2 workers). 0: every job
    /// takes a whole worker.
    /// </summary>
    [Range(0L, long.MaxValue)]
    public long SmallDocumentBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Longest time one job may take (one read through the pipeline, or one turn of OCR). A job over it is stopped and
    /// its document marked failed with the reason; the worker goes on with the next.
    /// </summary>
    [Range(0.1, 86400.0)]
    public double JobTimeoutSeconds { get; set; } = 600;

    /// <summary>
    /// How long one scan is recognized before the next job gets its turn: the pages of several scans interleave, and a
    /// 3,000-page scan never holds back a one-page letter for more than this.
    /// </summary>
    [Range(1.0, 3600.0)]
    public double OcrTurnSeconds { get; set; } = 30;

    /// <summary>
    /// Extra wait, per doubling of size above 1 MB, before a big document is taken: small documents uploaded a little
    /// later still go first, and no document waits for ever.
    /// </summary>
    [Range(0.0, 3600.0)]
    public double SizePenaltySeconds { get; set; } = 5;

    /// <summary>
    /// How long a job's lease (<see cref="JobLeases"/>) lasts without renewal: the time another instance waits before it
    /// takes over the job of an instance that died. Renewed every third of it while the job runs.
    /// </summary>
    [Range(0.5, 3600.0)]
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>
    /// Take a lease in the store before running a job, so that instances sharing a store run each job once. Unset: on
    /// for S3, off for a local folder (one process; a lease there would cost two disk writes per document).
    /// </summary>
    public bool? Leases { get; set; }
}
