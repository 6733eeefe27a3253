namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// Renders one PDF page to a greyscale PNG with poppler's pdftoppm, at <see cref="OcrOptions.Dpi"/>, within
/// <see cref="OcrOptions.PageTimeout"/>. Poppler renders pages PdfPig cannot parse, and keeps memory per page.
/// </summary>
public sealed class PageRasterizer(OcrOptions? options = null)
{
    private readonly OcrOptions _options = options ?? new OcrOptions();

    /// <exception cref="ExternalToolException">pdftoppm is missing, timed out, or could not render the page.</exception>
    public async Task<RasterizedPage> RenderAsync(string pdfPath, int pageNumber, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var folder = TempFolder.Create("page");
        try
        {
            var page = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var result = await ExternalProgram.RunAsync(
                _options.PdftoppmProgram,
                ["-r", _options.Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page, "-l", page, "-gray", "-png", pdfPath, Path.Combine(folder, "page")],
                _options.PageTimeout,
                cancellation);
            // pdftoppm pads the page number in the file name to the width of the page count: take whatever it wrote.
            var image = Directory.GetFiles(folder, "*.png").FirstOrDefault();
            if (result.ExitCode != 0 || image is null)
                throw new ExternalToolException(_options.PdftoppmProgram, ExternalToolFailure.Failed, $"exit {result.ExitCode}: {result.Errors.Trim()}");
            return new RasterizedPage(folder, image);
        }
        catch
        {
            TempFolder.Delete(folder);
            throw;
        }
    }
}
