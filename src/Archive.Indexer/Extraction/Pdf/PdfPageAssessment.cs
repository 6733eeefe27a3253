using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>The verdict of <see cref="PdfPageAssessor"/> on one page: its best text-layer reading and whether it needs OCR.</summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="Decision">Text layer or OCR, and why.</param>
/// <param name="LayerText">The best reading of the page's text layer (a stamp's text on a scan); kept whatever the decision.</param>
/// <param name="Source">Which reading <paramref name="LayerText"/> is (<see cref="PageSources"/>); <see cref="PageSources.None"/> without text.</param>
/// <param name="Verdict">How Vietnamese <paramref name="LayerText"/> reads.</param>
/// <param name="Coverage">The areas images and text cover.</param>
public sealed record PdfPageAssessment(
    int PageNumber,
    PageTextDecision Decision,
    string LayerText,
    string Source,
    TextVerdict Verdict,
    PageCoverage Coverage)
{
    /// <summary>A region covering at least this share of the page is rendered as the whole page.</summary>
    public const double WholePageRegion = 0.8;

    public bool NeedsOcr => Decision is PageTextDecision.Scan or PageTextDecision.ScanUnderOverlay or PageTextDecision.GarbledTextLayer;

    /// <summary>For a scan under an overlay, the overlay's blocks above the scanned part: they come before its OCR text.</summary>
    public string OverlayBefore { get; init; } = "";

    /// <summary>The rest of the overlay, after the OCR text (all of it on a full-page scan: stamp, running header, signer).</summary>
    public string OverlayAfter { get; init; } = "";

    /// <summary>The part of the page to render for OCR; null for the whole page (a full-page scan, a garbled text layer).</summary>
    public PageRegion? OcrRegion =>
        Decision is PageTextDecision.Scan or PageTextDecision.ScanUnderOverlay
        && Coverage.ImageRegion is { } region && region.Area < WholePageRegion
            ? region
            : null;
}
