using System.Globalization;
using System.Text;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Poppler's reading of a PDF's text layer: one pdftotext run for the whole document (a process per page would
/// cost more than the reading), cut into pages at its form feeds, NFC, with words broken over lines rejoined
/// (see <see cref="BrokenWords"/>). Poppler applies ActualText spans and font encodings PdfPig does not.
/// </summary>
public sealed class PopplerText(PdfReadingOptions? options = null)
{
    private readonly PdfReadingOptions _options = options ?? new PdfReadingOptions();

    /// <summary>
    /// The text of pages 1 to <paramref name="pageCount"/>, or null when poppler is missing, timed out or could not
    /// read the file: it is a second opinion, and its absence never fails a document.
    /// </summary>
    /// <exception cref="OperationCanceledException">Only for the caller's cancellation.</exception>
    public async Task<IReadOnlyList<string>?> ReadPagesAsync(string pdfPath, int pageCount, CancellationToken cancellation = default)
    {
        if (pageCount < 1) return [];
        var arguments = new List<string> { "-enc", "UTF-8", "-q", "-f", "1", "-l", pageCount.ToString(CultureInfo.InvariantCulture) };
        if (_options.PopplerLayout) arguments.Add("-layout");
        arguments.AddRange([pdfPath, "-"]);
        ExternalProgram.Result result;
        try
        {
            result = await ExternalProgram.RunAsync(_options.PdftotextProgram, arguments, _options.PopplerTimeout, cancellation);
        }
        catch (ExternalToolException)
        {
            return null;
        }
        if (result.ExitCode != 0) return null;

        // pdftotext ends every page with a form feed, empty pages included.
        var pages = result.Output.Split(ExtractedText.PageSeparator);
        return Enumerable.Range(0, pageCount)
            .Select(i => i < pages.Length ? BrokenWords.Rejoin(pages[i].Normalize(NormalizationForm.FormC)) : "")
            .ToList();
    }
}
