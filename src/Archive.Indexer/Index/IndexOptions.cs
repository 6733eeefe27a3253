using System.ComponentModel.DataAnnotations;

namespace Archive.Indexer.Index;

/// <summary>The "Index" configuration section.</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>Folder of the Lucene index (derived data: deleting it only costs a rebuild).</summary>
    [Required]
    public string Path { get; set; } = "data/index";

    /// <summary>How often pending changes are committed (fsync'd); a crash loses at most this much, which start-up repairs from the store.</summary>
    [Range(0.1, 86_400.0)]
    public double CommitIntervalSeconds { get; set; } = 2;

    /// <summary>
    /// Least time (seconds) between two reopens that make uploads searchable (0: reopen as soon as one waits). Each
    /// reopen flushes what was written since as a new segment, which merges then rewrite; the documents processed during
    /// the pause share the next reopen. A document says "ok" once searches find it, so this is the most it waits.
    /// </summary>
    [Range(0.0, 60.0)]
    public double RefreshIntervalSeconds { get; set; } = 1;

    /// <summary>
    /// Segments of one size the merge policy lets stand before merging them (Lucene's TieredMergePolicy, also the most
    /// merged at once): fewer segments make a question cheaper (each term is looked up per segment), more make a stream
    /// of uploads cheaper (fewer entries rewritten by merges).
    /// </summary>
    [Range(2.0, 50.0)]
    public double SegmentsPerTier { get; set; } = 4;

    /// <summary>
    /// Segments smaller than this (MB) count as this size to the merge policy, so tiny flushed segments merge early. A
    /// high floor makes each merge of the small segments of an upload stream rewrite the growing one again: bench
    /// indexing (300 corpus documents, a reopen each) rewrote 11.1 entries per entry written at 16 MB, 7.3 at 2 MB
    /// (Lucene's default), 3.4 at 0.5 MB, with 9, 6 and 9 segments at the end. The segments left after a stream no longer
    /// matter to questions once writes go quiet (<see cref="QuietMergeSeconds"/>), so the cheapest floor is taken.
    /// </summary>
    [Range(0.1, 1024.0)]
    public double FloorSegmentMB { get; set; } = 0.5;

    /// <summary>
    /// Seconds without index writes after which the index is merged down in the background (0: never). Uploads one by one
    /// leave ~15 segments, and a question looks each term up once per segment: on the legal corpus one segment instead of
    /// ~15 cut the service's processor time per question from 24.0 to 14.2 ms (bench http-search --merge 1). Short, so
    /// that questions asked soon after a stream of uploads find the index merged: a stream one after another leaves no
    /// such pause, and the merge runs at the lowest priority (<see cref="BackgroundPriority"/>).
    /// </summary>
    [Range(0.0, 86_400.0)]
    public double QuietMergeSeconds { get; set; } = 1;

    /// <summary>
    /// Segments of at least this size (MB) are left as they are by the quiet merge, which merges the smaller ones into one:
    /// a large archive is not rewritten whole after each pause, only what was written since it last grew this big.
    /// </summary>
    [Range(0.001, 1_048_576.0)]
    public double QuietMergeMaxSegmentMB { get; set; } = 256;

    /// <summary>
    /// The most of the index's files (MB) read through a memory mapping (<see cref="MappedReadDirectory"/>); the rest is
    /// read by positional reads. Mapped pages a search touched count in the service's resident memory.
    /// </summary>
    [Range(0, 1_048_576)]
    public int MappedMB { get; set; } = (int)(MappedReadDirectory.DefaultMappedBudgetBytes / (1024 * 1024));

    /// <summary>
    /// Asks a scratch index a few questions once the service has started, so that the first real questions do not pay
    /// for compiling the search path (<see cref="Search.SearchWarmUp"/>).
    /// </summary>
    public bool WarmUpSearch { get; set; } = true;
}
