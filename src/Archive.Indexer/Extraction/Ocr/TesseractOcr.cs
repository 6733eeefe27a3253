using System.Globalization;

namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// Recognizes the text of an image (PNG, JPEG, TIFF, PNM) with the tesseract command line and its Vietnamese data:
/// <c>tesseract IMAGE stdout -l vie --psm 3 tsv</c>, with OMP_THREAD_LIMIT=1 so that one page uses one core and the
/// caller decides the parallelism by how many pages it runs at once.
/// </summary>
public sealed class TesseractOcr(OcrOptions? options = null)
{
    private readonly OcrOptions _options = options ?? new OcrOptions();

    /// <summary>The text of a one-page image; for a multi-page TIFF, its frames joined by a page separator.</summary>
    /// <exception cref="ExternalToolException">tesseract is missing, timed out, or could not read the image.</exception>
    public async Task<OcrPageResult> RecognizeAsync(string imagePath, CancellationToken cancellation = default)
    {
        var frames = await RecognizeFramesAsync(imagePath, cancellation);
        if (frames.Count == 1) return frames[0] with { PageNumber = 1 };
        var words = frames.Sum(f => f.WordCount);
        return new OcrPageResult(
            1,
            string.Join(ExtractedText.PageSeparator, frames.Select(f => f.Text)),
            words == 0 ? 0 : frames.Sum(f => f.Confidence * f.WordCount) / words,
            words);
    }

    /// <summary>
    /// One result per frame of the image (several for a multi-page TIFF, numbered from 1), in one tesseract run
    /// whose time limit is <see cref="OcrOptions.PageTimeout"/> per frame. A frame without any word is still listed.
    /// </summary>
    /// <exception cref="ExternalToolException">tesseract is missing, timed out, or could not read the image.</exception>
    public async Task<IReadOnlyList<OcrPageResult>> RecognizeFramesAsync(string imagePath, CancellationToken cancellation = default)
    {
        var frameCount = TiffFrames.Count(imagePath);
        var result = await ExternalProgram.RunAsync(
            _options.TesseractProgram,
            [imagePath, "stdout", "-l", _options.Language, "--psm", _options.PageSegmentationMode.ToString(CultureInfo.InvariantCulture), "tsv"],
            _options.PageTimeout * frameCount,
            cancellation,
            new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        if (result.ExitCode != 0)
            throw new ExternalToolException(_options.TesseractProgram, ExternalToolFailure.Failed, $"exit {result.ExitCode}: {result.Errors.Trim()}");

        var recognized = TesseractTsv.Parse(result.Output).ToDictionary(p => p.PageNumber);
        var pages = Math.Max(frameCount, recognized.Count == 0 ? 1 : recognized.Keys.Max());
        return Enumerable.Range(1, pages)
            .Select(n => recognized.TryGetValue(n, out var page) ? page : new OcrPageResult(n, "", 0, 0))
            .ToList();
    }
}
