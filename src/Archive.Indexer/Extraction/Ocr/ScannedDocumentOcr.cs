using System.Collections.Concurrent;
using Archive.Indexer.Extraction.Pdf;
using Microsoft.Extensions.Logging;
using Archive.Indexer.Metadata;

namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// Turns scanned PDFs and images into <see cref="ExtractedText"/>: pages with a real text layer are read as they are,
/// the others are rendered at 300 dpi and recognized by tesseract, and both are merged in page order.
/// </summary>
/// <remarks>
/// <para>OCR costs seconds per page, so the work is offered one page at a time for a background worker that
/// persists its progress and can resume after a restart:</para>
/// <list type="number">
/// <item><see cref="AssessPagesAsync"/> reads every page's text layer and says which pages need OCR
/// (<see cref="PdfPageAssessment.NeedsOcr"/>, see <see cref="PdfPageAssessor"/>); a digital-signature stamp on a scan
/// is kept next to the OCR text.</item>
/// <item><see cref="RecognizePdfPageAsync"/> recognizes one page (only its scanned part when the rest is typed); it
/// never throws for a missing tool, a time-out or a bad page but returns an <see cref="OcrPageResult"/> with an error,
/// so a worker records it and moves on. The caller picks the concurrency (each tesseract run uses one core); results
/// can be stored and reloaded as they are. Images go through <see cref="RecognizeImageAsync"/> instead (one result
/// per TIFF frame).</item>
/// <item><see cref="Merge(PdfAssessment, IReadOnlyList{OcrPageResult})"/> combines the assessments and the page
/// results into one NFC <see cref="ExtractedText"/> whose <see cref="ExtractedText.Ocr"/> lists the pages OCR'd,
/// their confidence and those below <see cref="OcrOptions.LowConfidenceThreshold"/>, and whose
/// <see cref="ExtractedText.PageSources"/> says which reading each page kept.</item>
/// </list>
/// <para><see cref="RecognizeAsync"/> does the three steps in one call for callers that need no resumption.</para>
/// </remarks>
public sealed class ScannedDocumentOcr(OcrOptions? options = null, PdfReadingOptions? pdfOptions = null, ILogger? logger = null)
{
    private readonly PageRasterizer _rasterizer = new(options);
    private readonly TesseractOcr _tesseract = new(options);
    private readonly PdfPageAssessor _assessor = new(pdfOptions, logger);
    private readonly TesseractOcr? _digitWitness = DigitWitness(options ?? new OcrOptions());

    public OcrOptions Options { get; } = options ?? new OcrOptions();

    /// <summary>PDF and the image types <see cref="ContentSniffer"/> recognizes.</summary>
    public static bool CanRecognize(string contentType) => IsPdf(contentType) || IsImage(contentType);

    /// <summary>Step 1: every page's text layer read and judged, and which pages need OCR. See <see cref="PdfPageAssessor"/>.</summary>
    /// <exception cref="OperationCanceledException">Only for the caller's cancellation.</exception>
    public Task<PdfAssessment> AssessPagesAsync(string pdfPath, CancellationToken cancellation = default) =>
        _assessor.AssessAsync(pdfPath, cancellation);

    /// <summary>Step 2, for PDFs: renders the page (or its scanned part, <see cref="PdfPageAssessment.OcrRegion"/>) and recognizes it.</summary>
    /// <exception cref="OperationCanceledException">Only for the caller's cancellation.</exception>
    public async Task<OcrPageResult> RecognizePdfPageAsync(string pdfPath, PdfPageAssessment page, CancellationToken cancellation = default)
    {
        OcrPageResult result;
        try
        {
            using var image = await _rasterizer.RenderAsync(pdfPath, page.PageNumber, page.OcrRegion?.Grown(RegionMargin), cancellation);
            result = await _tesseract.RecognizeAsync(image.ImagePath, cancellation) with { PageNumber = page.PageNumber };
        }
        catch (ExternalToolException e)
        {
            return OcrPageResult.Failed(page.PageNumber, OcrMessages.For(e, Options.PageTimeout));
        }
        return await WithHeaderDigitsAsync(pdfPath, page, result, cancellation);
    }

    // A scanned page 1's header is read a second time, only the top of what was OCR'd (the whole page, or the scan's
    // region on a gazette page), by a model that reads digits better: its date's digits are taken (HeaderDateDigits),
    // and a number it reads otherwise is doubtful (HeaderNumberReadings). Only when OCR found a date or number line
    // there (a typed header above a scanned body has none in its OCR text); the second reading is a witness, so its
    // failure leaves the page as it was.
    private async Task<OcrPageResult> WithHeaderDigitsAsync(string pdfPath, PdfPageAssessment page, OcrPageResult result, CancellationToken cancellation)
    {
        if (page.PageNumber != 1 || _digitWitness is null || page.Coverage.ImageRegion is not { } scan
            || !result.Succeeded || !(HeaderDateDigits.HasHeaderDate(result.Text) || HeaderNumberReadings.HasNumber(result.Text)))
            return result;
        try
        {
            var recognized = page.OcrRegion?.Grown(RegionMargin) ?? new PageRegion(0, 0, 1, 1, scan.PageWidth, scan.PageHeight);
            var header = recognized with { Height = recognized.Height * Options.HeaderShare };
            using var image = await _rasterizer.RenderAsync(pdfPath, page.PageNumber, header, cancellation);
            var witness = await _digitWitness.RecognizeAsync(image.ImagePath, cancellation);
            return result with
            {
                Text = HeaderDateDigits.Correct(result.Text, witness.Text),
                NumberDoubtful = HeaderNumberReadings.Disagree(result.Text, witness.Text),
            };
        }
        catch (ExternalToolException)
        {
            return result;
        }
    }

    /// <summary>
    /// Step 2, for images: one result per frame (one for JPEG and PNG); failures as in <see cref="RecognizePdfPageAsync"/>.
    /// An image over <see cref="OcrOptions.MaxImagePixels"/> or <see cref="OcrOptions.MaxImageFrames"/> fails before tesseract sees it.
    /// </summary>
    public async Task<IReadOnlyList<OcrPageResult>> RecognizeImageAsync(string imagePath, CancellationToken cancellation = default)
    {
        if (OverBudget(imagePath) is { } reason) return [OcrPageResult.Failed(1, reason)];
        try
        {
            return await _tesseract.RecognizeFramesAsync(imagePath, cancellation);
        }
        catch (ExternalToolException e)
        {
            return [OcrPageResult.Failed(1, OcrMessages.For(e, Options.PageTimeout))];
        }
    }

    /// <summary>
    /// Step 3, for PDFs: text-layer pages as they are, OCR'd pages as recognized with their overlay text around them.
    /// A page that needs OCR but has no result (not done yet, or failed) keeps its layer text, if any.
    /// </summary>
    public ExtractedText Merge(PdfAssessment assessment, IReadOnlyList<OcrPageResult> recognized) =>
        Finish(
            PdfPageMerge.Merge(
                assessment,
                recognized,
                _assessor.Options,
                recognized.Count == 0 ? ExtractionMessages.PdfWithoutTextLayer : OcrMessages.NothingRecognized),
            recognized);

    /// <summary>Step 3, for images: the frames' text in order.</summary>
    public ExtractedText Merge(IReadOnlyList<OcrPageResult> frames) =>
        Finish(
            ExtractedText.FromPages(frames.OrderBy(f => f.PageNumber).Select(f => f.Text), frames.Count > 1 ? frames.Count : null, OcrMessages.NothingRecognized),
            frames);

    /// <summary>
    /// All three steps: <paramref name="pdfOrImage"/> (read to its end, not disposed) is copied to a temp file,
    /// its pages that need OCR are recognized <paramref name="maxConcurrency"/> at a time, and the result merged.
    /// Never throws for bad content or missing tools (Failed with a reason); throws on cancellation.
    /// </summary>
    public async Task<ExtractedText> RecognizeAsync(
        Stream pdfOrImage,
        string contentType,
        IProgress<OcrProgress>? progress = null,
        int maxConcurrency = 1,
        CancellationToken cancellation = default)
    {
        if (!CanRecognize(contentType)) return ExtractedText.Failure(OcrMessages.Unsupported(contentType));
        var folder = TempFolder.Create("ocr");
        try
        {
            var path = Path.Combine(folder, "original");
            await using (var copy = File.Create(path)) await pdfOrImage.CopyToAsync(copy, cancellation);

            if (IsImage(contentType))
            {
                var frames = await RecognizeImageAsync(path, cancellation);
                foreach (var frame in frames) progress?.Report(new OcrProgress(frame.PageNumber, frames.Count, frame));
                return Merge(frames);
            }

            var assessment = await AssessPagesAsync(path, cancellation);
            var todo = assessment.PagesToRecognize;
            var results = new ConcurrentBag<OcrPageResult>();
            await Parallel.ForEachAsync(
                todo,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellation },
                async (page, token) =>
                {
                    var result = await RecognizePdfPageAsync(path, page, token);
                    results.Add(result);
                    progress?.Report(new OcrProgress(results.Count, todo.Count, result));
                });
            return Merge(assessment, results.ToList());
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    private string? OverBudget(string imagePath)
    {
        var frames = ImageFrames.Read(imagePath);
        if (frames.Count > Options.MaxImageFrames) return OcrMessages.TooManyFrames(frames.Count, Options.MaxImageFrames);
        foreach (var (width, height) in frames)
            if (width * height > Options.MaxImagePixels) return OcrMessages.ImageTooLarge(width, height, Options.MaxImagePixels);
        return null;
    }

    // With no text at all and every OCR attempt failed, the failure (say, tesseract missing) is the real reason.
    private ExtractedText Finish(ExtractedText text, IReadOnlyList<OcrPageResult> recognized)
    {
        if (recognized.Count == 0) return text;
        var summary = new OcrSummary(recognized.OrderBy(r => r.PageNumber).ToList(), Options.LowConfidenceThreshold);
        if (text.Status == TextStatus.Empty && recognized.All(r => !r.Succeeded))
            return ExtractedText.Failure(recognized[0].Error!) with { Ocr = summary, PageSources = text.PageSources };
        return text with { Ocr = summary };
    }

    private static TesseractOcr? DigitWitness(OcrOptions options) =>
        options.DigitWitnessLanguage is { } language ? new TesseractOcr(options with { Language = language }) : null;

    // Letters cut at the region's edge are lost to OCR: a little of the page around it is rendered too.
    private const double RegionMargin = 0.01;

    private static bool IsPdf(string contentType) => ContentTypes.Matches(contentType, ContentTypes.Pdf);

    private static bool IsImage(string contentType) =>
        ContentTypes.Matches(contentType, ContentTypes.Png)
        || ContentTypes.Matches(contentType, ContentTypes.Jpeg)
        || ContentTypes.Matches(contentType, ContentTypes.Tiff);
}
