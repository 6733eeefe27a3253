namespace Archive.Indexer.Extraction;

/// <summary>Which reading of one page was kept, how Vietnamese it reads, and why it was chosen.</summary>
/// <param name="Page">1-based.</param>
/// <param name="Source">"pdfpig", "poppler", "ocr" or "none" (see <see cref="Pdf.PageSources"/>).</param>
/// <param name="Quality">Share of the kept text's words that are Vietnamese syllables, 0–1; null without words to judge.</param>
/// <param name="Reason">
/// "text-layer" (the text layer reads well), "scan" (images only, OCR'd), "scan-under-overlay" (a scan under a stamp or
/// typed parts, OCR'd and the overlay kept), "garbled-text-layer" (no text-layer reading passed the judge), "blank",
/// or "ocr-failed" when the page needed OCR and its recognition failed. A page that needs OCR and has no result yet
/// keeps its reason with the source of what it has ("none" for a bare scan).
/// </param>
public sealed record PageSource(int Page, string Source, double? Quality, string Reason);
