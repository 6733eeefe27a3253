namespace Archive.Indexer.Extraction.Ocr;

/// <summary>What OCR made of one page (or one frame of a multi-page TIFF).</summary>
/// <param name="PageNumber">1-based, as in the PDF or the TIFF.</param>
/// <param name="Text">NFC; lines as tesseract found them, blocks separated by a blank line; empty when <paramref name="Error"/> is set.</param>
/// <param name="Confidence">Mean word confidence, 0–100; 0 when no word was found.</param>
/// <param name="WordCount">Words recognized on the page.</param>
/// <param name="Error">Why the page could not be recognized, in Vietnamese; null on success.</param>
public sealed record OcrPageResult(int PageNumber, string Text, double Confidence, int WordCount, string? Error = null)
{
    public bool Succeeded => Error is null;

    /// <summary>
    /// Page 1's header number was read differently by the second reading of its header (see
    /// <see cref="Metadata.HeaderNumberReadings"/>): handwritten or faint, it may yield to the clerk's file name.
    /// </summary>
    public bool NumberDoubtful { get; init; }

    public static OcrPageResult Failed(int pageNumber, string error) => new(pageNumber, "", 0, 0, error);
}
