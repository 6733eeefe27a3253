namespace Archive.Api.Ocr;

/// <summary>The "Ocr" configuration section.</summary>
public sealed class OcrSettings
{
    /// <summary>Pages recognized at once (each runs one single-threaded tesseract): keep below the core count.</summary>
    public int MaxConcurrentPages { get; set; } = 1;

    /// <summary>Longest time one page may take before it is given up (recorded as failed).</summary>
    public double PageTimeoutSeconds { get; set; } = 120;

    /// <summary>Pages under this mean word confidence (0–100) are listed for staff to check.</summary>
    public double LowConfidenceThreshold { get; set; } = 60;
}
