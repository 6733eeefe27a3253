using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting;

/// <summary>The "Upload" configuration section.</summary>
public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Largest accepted file, in bytes (default 100 MB); larger uploads get 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Room for the multipart envelope around one file (boundaries, headers, the form's other fields).</summary>
    public const long EnvelopeBytes = 1024 * 1024;

    /// <summary>Largest request body Kestrel and the form reader take: one file at its limit and its envelope.</summary>
    public long MaxRequestBytes => MaxFileBytes + EnvelopeBytes;
}
