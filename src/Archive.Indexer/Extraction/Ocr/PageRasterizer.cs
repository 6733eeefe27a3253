using Archive.Indexer.Extraction.Pdf;

namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// Renders one PDF page to a greyscale PNG with poppler's pdftoppm, at <see cref="OcrOptions.Dpi"/>, within
/// <see cref="OcrOptions.PageTimeout"/>. Poppler renders pages PdfPig cannot parse, and keeps memory per page.
/// Given a region, only that part of the page is rendered (the scanned body under a typed header).
/// </summary>
public sealed class PageRasterizer(OcrOptions? options = null)
{
    private readonly OcrOptions _options = options ?? new OcrOptions();

    /// <exception cref="ExternalToolException">pdftoppm is missing, timed out, or could not render the page.</exception>
    public Task<RasterizedPage> RenderAsync(string pdfPath, int pageNumber, CancellationToken cancellation = default) =>
        RenderAsync(pdfPath, pageNumber, region: null, cancellation);

    /// <summary>As <see cref="RenderAsync(string, int, CancellationToken)"/>, only <paramref name="region"/> of the page (the whole page when null).</summary>
    /// <exception cref="ExternalToolException">pdftoppm is missing, timed out, or could not render the page.</exception>
    public async Task<RasterizedPage> RenderAsync(string pdfPath, int pageNumber, PageRegion? region, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var folder = TempFolder.Create("page");
        try
        {
            var page = Number(pageNumber);
            var arguments = new List<string> { "-r", Number(_options.Dpi), "-f", page, "-l", page, "-gray", "-png" };
            if (region is not null)
            {
                var (x, y, width, height) = region.ToPixels(_options.Dpi);
                arguments.AddRange(["-x", Number(x), "-y", Number(y), "-W", Number(width), "-H", Number(height)]);
            }
            arguments.AddRange([pdfPath, Path.Combine(folder, "page")]);
            var result = await ExternalProgram.RunAsync(_options.PdftoppmProgram, arguments, _options.PageTimeout, cancellation);
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

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
