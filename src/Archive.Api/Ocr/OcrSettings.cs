using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Ocr;

/// <summary>The "Ocr" configuration section.</summary>
public sealed class OcrSettings
{
    public const string Section = "Ocr";

    /// <summary>Pages recognized at once (each runs one single-threaded tesseract): keep below the core count.</summary>
    [Range(1, 64)]
    public int MaxConcurrentPages { get; set; } = 1;

    /// <summary>Longest time one page may take before it is given up (recorded as failed).</summary>
    [Range(1.0, 3600.0)]
    public double PageTimeoutSeconds { get; set; } = 120;

    /// <summary>Pages under this mean word confidence (0–100) are listed for staff to check.</summary>
    [Range(0.0, 100.0)]
    public double LowConfidenceThreshold { get; set; } = 60;
}
