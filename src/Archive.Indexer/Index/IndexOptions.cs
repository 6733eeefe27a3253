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
}
