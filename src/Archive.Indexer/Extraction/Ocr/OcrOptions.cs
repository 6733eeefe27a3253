namespace Archive.Indexer.Extraction.Ocr;

/// <summary>How scanned pages are rendered and recognized; the defaults suit A4 scans of Vietnamese documents.</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract language data: "vie" (tesseract-ocr-vie); "vie+eng" also reads English names and e-mails.</summary>
    public string Language { get; init; } = "vie";

    /// <summary>Tesseract page segmentation: 1 (automatic with orientation detection) or 3 (automatic, the default).</summary>
    public int PageSegmentationMode { get; init; } = 3;

    /// <summary>Resolution PDF pages are rendered at; 300 dpi is what tesseract is trained for.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Time limit for rendering or recognizing one page; a multi-page TIFF gets this per frame.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Pages whose mean word confidence (0–100) is below this are listed in <see cref="OcrSummary.LowConfidencePages"/>.</summary>
    public double LowConfidenceThreshold { get; init; } = 60;

    /// <summary>
    /// The most pixels one image frame may have before OCR (100 million: an A3 scan at 600 dpi has 70 million);
    /// a bigger one fails as a document instead of making tesseract take gigabytes.
    /// </summary>
    public long MaxImagePixels { get; init; } = 100_000_000;

    /// <summary>The most frames a multi-page TIFF may have (each gets a whole <see cref="PageTimeout"/>).</summary>
    public int MaxImageFrames { get; init; } = 1000;

    /// <summary>
    /// Tesseract language data that reads the header of a scanned page 1 a second time for its date's digits (see
    /// <see cref="Metadata.HeaderDateDigits"/>): "eng", installed with tesseract; null skips the second reading.
    /// </summary>
    public string? DigitWitnessLanguage { get; init; } = "eng";

    /// <summary>The top share of page 1's OCR'd part the digit witness reads: the header with its number and date lines.</summary>
    public double HeaderShare { get; init; } = 0.4;

    public string TesseractProgram { get; init; } = "tesseract";

    public string PdftoppmProgram { get; init; } = "pdftoppm";
}
