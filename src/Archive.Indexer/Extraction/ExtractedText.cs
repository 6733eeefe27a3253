using System.Text;
using Archive.Indexer.Extraction.Ocr;

namespace Archive.Indexer.Extraction;

/// <summary>
/// The text of one stored file, ready for analysis: NFC, "\n" line ends, pages joined by a form feed.
/// Built only through <see cref="FromPages"/> and <see cref="Failure"/> so that every instance is normalized.
/// </summary>
public sealed record ExtractedText
{
    /// <summary>Separates pages in <see cref="Text"/>, as pdftotext does.</summary>
    public const char PageSeparator = '\f';

    private ExtractedText(TextStatus status, IReadOnlyList<string> pages, int? pageCount, string? error)
    {
        Status = status;
        Pages = pages;
        Text = string.Join(PageSeparator, pages);
        PageCount = pageCount;
        Error = error;
    }

    public TextStatus Status { get; }

    /// <summary>All pages, NFC, joined by <see cref="PageSeparator"/>; empty when <see cref="Status"/> is Failed.</summary>
    public string Text { get; }

    /// <summary>One item per PDF page; a single item for formats without pages; none when Failed.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>The number of pages of a PDF; null for formats without fixed pages.</summary>
    public int? PageCount { get; }

    /// <summary>Why there is no text, in Vietnamese for the clerk who uploaded the file; null when Ok.</summary>
    public string? Error { get; }

    /// <summary>
    /// Set when some or all of the text was recognized from images (see <see cref="ScannedDocumentOcr"/>):
    /// which pages, with what confidence, and which fall below the threshold. Null for text read from a text layer only.
    /// </summary>
    public OcrSummary? Ocr { get; init; }

    /// <summary>
    /// For PDFs, one item per page: which reading was kept (PdfPig, poppler, OCR), how Vietnamese it reads and why
    /// (see <see cref="Pdf.PdfPageMerge"/>); null for other formats.
    /// </summary>
    public IReadOnlyList<PageSource>? PageSources { get; init; }

    /// <summary>Whether page 1, where the header is, was OCR'd and its number read differently by the two readings of its header.</summary>
    public bool HeaderNumberDoubtful => Ocr?.Pages.Any(p => p.PageNumber == 1 && p.NumberDoubtful) == true;

    /// <summary>
    /// Normalizes the pages and decides between <see cref="TextStatus.Ok"/> and <see cref="TextStatus.Empty"/>;
    /// <paramref name="emptyReason"/> is the clerk's explanation used when no page holds any text.
    /// </summary>
    public static ExtractedText FromPages(IEnumerable<string> pages, int? pageCount, string emptyReason)
    {
        var normalized = pages.Select(Normalize).ToList();
        var hasText = normalized.Any(p => !string.IsNullOrWhiteSpace(p));
        return hasText
            ? new ExtractedText(TextStatus.Ok, normalized, pageCount, null)
            : new ExtractedText(TextStatus.Empty, normalized, pageCount, emptyReason);
    }

    public static ExtractedText Failure(string reason) =>
        new(TextStatus.Failed, [], null, reason);

    private static string Normalize(string page) =>
        page.ReplaceLineEndings("\n").Trim().Normalize(NormalizationForm.FormC);
}
