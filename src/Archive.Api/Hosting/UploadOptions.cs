using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting;

/// <summary>The "Upload" configuration section.</summary>
public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Largest accepted file, in bytes (default 100 MB); larger uploads get 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;
}
