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
    /// (Lucene's default), 3.4 at 0.5 MB, with 9, 6 and 9 segments at the end.
    /// </summary>
    [Range(0.1, 1024.0)]
    public double FloorSegmentMB { get; set; } = 2;
}
