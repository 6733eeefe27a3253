using System.Text;
using Archive.Indexer.Extraction.Quality;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Reads every page of a PDF's text layer and decides, page by page, which reading to keep and whether the page needs
/// OCR. Poppler reads the whole file in one run while PdfPig measures each page's covered areas
/// (<see cref="PageCoverage"/>); PdfPig's own reading (<see cref="PdfPageText"/>) is tried on the pages where
/// poppler's is missing or not clean, and the better one by <see cref="TextJudge"/> is kept.
/// </summary>
/// <remarks>
/// A page needs OCR when it has images and no text, when a scan lies under a thin text overlay, or when no reading
/// of its text layer passes the judge. Never throws for bad content: an encrypted, corrupt or oversized file comes
/// back as <see cref="PdfAssessment.Failure"/>.
/// </remarks>
public sealed class PdfPageAssessor(PdfReadingOptions? options = null, ILogger? logger = null)
{
    private readonly PdfReadingOptions _options = options ?? new PdfReadingOptions();
    private readonly PopplerText _poppler = new(options, logger);

    public PdfReadingOptions Options => _options;

    /// <exception cref="OperationCanceledException">Only for the caller's cancellation.</exception>
    public async Task<PdfAssessment> AssessAsync(string pdfPath, CancellationToken cancellation = default)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdfPath);
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfAssessment.Failed(ExtractionMessages.PdfEncrypted);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig throws many exception types for a damaged file; all mean the same to a clerk.
            return PdfAssessment.Failed(ExtractionMessages.PdfCorrupt);
        }

        using (document)
        {
            int count;
            try
            {
                count = document.NumberOfPages;
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                return PdfAssessment.Failed(ExtractionMessages.PdfCorrupt);
            }
            if (count > _options.MaxPages) return PdfAssessment.Failed(ExtractionMessages.PdfTooManyPages(count, _options.MaxPages));

            // Poppler runs in its own process while PdfPig measures here the pages that may hold a scan.
            var popplerPages = _poppler.ReadPagesAsync(pdfPath, count, cancellation);
            document.AddPageFactory(new PageImageResources(document.Structure.TokenScanner));
            var layouts = new PageLayout?[count];
            var measured = new bool[count];
            for (var number = 1; number <= count; number++)
            {
                cancellation.ThrowIfCancellationRequested();
                if (LargestImage(document, number) < MinScanPixels) continue;
                layouts[number - 1] = Measure(document, number);
                measured[number - 1] = true;
            }
            var poppler = await popplerPages;
            if (poppler is null)
            {
                // Without poppler, PdfPig reads every page and must say which hold text at all.
                for (var number = 1; number <= count; number++)
                {
                    if (measured[number - 1]) continue;
                    layouts[number - 1] = Measure(document, number);
                    measured[number - 1] = true;
                }
                if (layouts.All(l => l is null)) return PdfAssessment.Failed(ExtractionMessages.PdfCorrupt);
            }

            var pages = new List<PdfPageAssessment>(count);
            for (var number = 1; number <= count; number++)
            {
                cancellation.ThrowIfCancellationRequested();
                var layout = measured[number - 1] ? layouts[number - 1] : PageLayout.WithoutScan;
                pages.Add(Assess(document, number, layout, poppler?[number - 1]));
            }
            return new PdfAssessment(pages);
        }
    }

    /// <summary>
    /// A page's largest image below this many pixels (200 × 200) cannot be a scan: even at 50 dpi a scan covering a
    /// sixth of an A4 page has more. The e-signature seal and logos have less.
    /// </summary>
    public const long MinScanPixels = 40_000;

    /// <summary>
    /// What PdfPig sees on a page: covered areas, whether it holds anything, and for a scan under an overlay the
    /// overlay's blocks with their positions (read while poppler runs, so the page is parsed once).
    /// </summary>
    private sealed record PageLayout(PageCoverage Coverage, bool HasLetters, bool HasImages, IReadOnlyList<PdfPageText.Block>? Blocks = null)
    {
        /// <summary>A page without images large enough to be a scan, not parsed: its text is whatever its readings hold.</summary>
        public static PageLayout WithoutScan { get; } = new(PageCoverage.None, true, false);
    }

    private static long LargestImage(PdfDocument document, int number)
    {
        try
        {
            return document.GetPage<PageImageResources.Largest>(number).Pixels;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return long.MaxValue; // unreadable resources: measure the page properly
        }
    }

    private static PageLayout? Measure(PdfDocument document, int number)
    {
        try
        {
            var page = document.GetPage(number);
            var letters = page.Letters;
            var coverage = PageCoverage.Measure(page, letters);
            var hasLetters = letters.Any(l => !string.IsNullOrWhiteSpace(l.Value));
            var blocks = coverage.IsScan && hasLetters ? ReadBlocks(page, null) : null;
            return new PageLayout(coverage, hasLetters, page.NumberOfImages > 0, blocks);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // PdfPig cannot read this page; poppler may, and OCR can try after it
        }
    }

    private static PdfPageAssessment Assess(PdfDocument document, int number, PageLayout? layout, string? popplerText)
    {
        var candidates = new List<(string Source, string Text, TextVerdict Verdict)>(2);
        if (!string.IsNullOrWhiteSpace(popplerText)) candidates.Add((PageSources.Poppler, popplerText, TextJudge.Judge(popplerText)));

        // PdfPig's reading is judged on its words first (cheap); its layout analysis runs only when it may win, or when
        // a scan's overlay needs its blocks' positions.
        // A scan's overlay blocks were read with its covered areas; judging their few lines costs nothing.
        var popplerSettles = candidates is [{ Verdict: { IsClean: true, Converted: false } }];
        var blocks = layout?.Blocks;
        if (layout is { HasLetters: true } && !popplerSettles)
        {
            var mayWin = blocks is not null;
            if (blocks is null && Open(document, number) is { } page && LettersOf(page) is { } letters)
            {
                mayWin = candidates.Count == 0 || MayBeatPoppler(letters, candidates[0].Verdict);
                if (mayWin) blocks = ReadBlocks(page, letters);
            }
            var text = blocks is null ? "" : string.Join("\n\n", blocks.Select(b => b.Text));
            if (mayWin && !string.IsNullOrWhiteSpace(text)) candidates.Add((PageSources.PdfPig, text, TextJudge.Judge(text)));
        }

        var coverage = layout?.Coverage ?? PageCoverage.None;
        if (candidates.Count == 0)
        {
            var empty = layout is null or { HasImages: true } ? PageTextDecision.Scan : PageTextDecision.Blank;
            return new PdfPageAssessment(number, empty, "", PageSources.None, new TextVerdict(0, 0), coverage);
        }

        // Ties go to the reading found first: poppler's.
        var best = candidates[0];
        foreach (var other in candidates.Skip(1))
        {
            if (ReferenceEquals(TextVerdict.Better(best.Verdict, other.Verdict), other.Verdict)) best = other;
        }
        var decision = coverage.IsScan ? PageTextDecision.ScanUnderOverlay
            : best.Verdict.Passes ? PageTextDecision.TextLayer
            : PageTextDecision.GarbledTextLayer;
        var assessment = new PdfPageAssessment(number, decision, best.Text, best.Source, best.Verdict, coverage);
        return decision == PageTextDecision.ScanUnderOverlay ? WithOverlay(assessment, blocks) : assessment;
    }

    private static bool MayBeatPoppler(IReadOnlyList<Letter> letters, TextVerdict poppler)
    {
        TextVerdict words;
        try
        {
            words = TextJudge.Judge(PdfPageText.ReadWords(letters));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
        return ReferenceEquals(TextVerdict.Better(poppler, words), words);
    }

    private static Page? Open(PdfDocument document, int number)
    {
        try
        {
            return document.GetPage(number);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static IReadOnlyList<Letter>? LettersOf(Page page)
    {
        try
        {
            return PdfPageText.Letters(page);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static IReadOnlyList<PdfPageText.Block>? ReadBlocks(Page page, IReadOnlyList<Letter>? letters)
    {
        try
        {
            return letters is null ? PdfPageText.ReadBlocks(page) : PdfPageText.ReadBlocks(page, letters);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    // The overlay's blocks above the scanned part stand before its OCR text, the rest after it; without PdfPig's
    // positions the whole overlay follows.
    private static PdfPageAssessment WithOverlay(PdfPageAssessment page, IReadOnlyList<PdfPageText.Block>? blocks)
    {
        if (blocks is null || page.OcrRegion is not { } region) return page with { OverlayAfter = page.LayerText };
        var before = new StringBuilder();
        var after = new StringBuilder();
        foreach (var block in blocks)
        {
            var target = block.Top < region.Top ? before : after;
            if (target.Length > 0) target.Append("\n\n");
            target.Append(block.Text);
        }
        return page with { OverlayBefore = before.ToString(), OverlayAfter = after.ToString() };
    }
}
