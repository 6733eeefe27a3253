namespace Archive.Indexer.Extraction.Ocr;

/// <summary>The verdict of <see cref="PdfPageTextLayer"/> on one page.</summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="Decision">Text layer or OCR, and why.</param>
/// <param name="LayerText">The page's text layer in reading order (a stamp's text on a scanned page); kept whatever the decision.</param>
/// <param name="WordCount">Words in the text layer.</param>
/// <param name="ImageCoverage">Share of the page area covered by images, 0–1.</param>
public sealed record PdfPageAssessment(int PageNumber, PageTextDecision Decision, string LayerText, int WordCount, double ImageCoverage)
{
    public bool NeedsOcr => Decision != PageTextDecision.TextLayer;
}
