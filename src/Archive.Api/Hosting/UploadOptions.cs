namespace Archive.Api.Hosting;

/// <summary>The "Upload" configuration section.</summary>
public sealed class UploadOptions
{
    /// <summary>Largest accepted file, in bytes (default 100 MB); larger uploads get 413.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;
}
