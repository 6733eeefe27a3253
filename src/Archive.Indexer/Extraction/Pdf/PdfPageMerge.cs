using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Puts a PDF's pages together from their assessments and OCR results: for each page the reading that won, and a
/// <see cref="PageSource"/> saying which and why.
/// </summary>
/// <remarks>
/// A scan's OCR text stands between the overlay's blocks above the scanned part and the rest of the overlay, so the
/// stamp text (who signed) is never lost. A garbled text layer is replaced by its OCR when that reads better. A
/// document whose every page is still garbage without any OCR to show for it fails with a reason rather than
/// passing as "ok" text nobody can search; one over <see cref="PdfReadingOptions.MaxCharacters"/> fails too.
/// </remarks>
public static class PdfPageMerge
{
    public static ExtractedText Merge(
        PdfAssessment assessment,
        IReadOnlyList<OcrPageResult> recognized,
        PdfReadingOptions options,
        string emptyReason)
    {
        if (assessment.Failure is { } failure) return ExtractedText.Failure(failure);
        var byPage = new Dictionary<int, OcrPageResult>();
        foreach (var result in recognized) byPage[result.PageNumber] = result;

        var texts = new List<string>(assessment.Pages.Count);
        var sources = new List<PageSource>(assessment.Pages.Count);
        long characters = 0;
        foreach (var page in assessment.Pages)
        {
            var (text, source) = Choose(page, byPage.GetValueOrDefault(page.PageNumber));
            characters += text.Length;
            if (TextBudget.Refuse(characters, options.MaxCharacters) is { } tooLong) return tooLong;
            texts.Add(text);
            sources.Add(source);
        }

        // Pages with neither text nor pictures are not a scan to redo: say they are blank.
        if (assessment.Pages.Count > 0 && assessment.Pages.All(p => p.Decision == PageTextDecision.Blank)) emptyReason = ExtractionMessages.PdfBlankPages;
        var merged = ExtractedText.FromPages(texts, assessment.Pages.Count, emptyReason) with { PageSources = sources };
        var anyOcr = sources.Any(s => s.Source == PageSources.Ocr);
        if (merged.Status == TextStatus.Ok && !anyOcr && !LayerVerdict(assessment).Passes)
            return ExtractedText.Failure(ExtractionMessages.PdfGarbled) with { PageSources = sources };
        return merged;
    }

    // Without OCR every page's text is its text layer's reading, already judged: the document's verdict is their sum,
    // which spares judging the whole text a second time.
    private static TextVerdict LayerVerdict(PdfAssessment assessment) =>
        new(assessment.Pages.Sum(p => p.Verdict.Valid), assessment.Pages.Sum(p => p.Verdict.Invalid));

    private static (string Text, PageSource Source) Choose(PdfPageAssessment page, OcrPageResult? ocr)
    {
        var number = page.PageNumber;
        var recognized = ocr is { Succeeded: true } ? ocr : null;
        switch (page.Decision)
        {
            case PageTextDecision.Blank:
                return ("", new PageSource(number, PageSources.None, null, "blank"));
            case PageTextDecision.Scan or PageTextDecision.ScanUnderOverlay when recognized is not null:
                return (
                    Join(page.OverlayBefore, recognized.Text, page.OverlayAfter),
                    new PageSource(number, PageSources.Ocr, Quality(TextJudge.Judge(recognized.Text)), Reason(page.Decision)));
            case PageTextDecision.GarbledTextLayer when recognized is not null:
                var verdict = TextJudge.Judge(recognized.Text);
                if (ReferenceEquals(TextVerdict.Better(page.Verdict, verdict), verdict))
                    return (recognized.Text, new PageSource(number, PageSources.Ocr, Quality(verdict), Reason(page.Decision)));
                break;
            case PageTextDecision.TextLayer:
                return (page.LayerText, new PageSource(number, page.Source, Quality(page.Verdict), Reason(page.Decision)));
        }
        var why = ocr is { Succeeded: false } ? "ocr-failed" : Reason(page.Decision);
        return (page.LayerText, new PageSource(number, page.Source, Quality(page.Verdict), why));
    }

    private static string Reason(PageTextDecision decision) => decision switch
    {
        PageTextDecision.TextLayer => "text-layer",
        PageTextDecision.Blank => "blank",
        PageTextDecision.Scan => "scan",
        PageTextDecision.ScanUnderOverlay => "scan-under-overlay",
        _ => "garbled-text-layer",
    };

    private static double? Quality(TextVerdict verdict) =>
        verdict.WordsChecked == 0 ? null : Math.Round(verdict.SyllableShare, 3);

    private static string Join(params string[] parts) =>
        string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
