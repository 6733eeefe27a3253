using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Poppler's reading of a PDF's text layer: one pdftotext run for the whole document (a process per page would
/// cost more than the reading), cut into pages at its form feeds, NFC, with words broken over lines rejoined
/// (see <see cref="BrokenWords"/>). Poppler applies ActualText spans and font encodings PdfPig does not.
/// </summary>
/// <remarks>
/// A missing reading never fails a document (PdfPig reads instead), so it would go unseen: a missing program, a
/// time-out or a failed run is logged as a warning for the operator.
/// </remarks>
public sealed class PopplerText(PdfReadingOptions? options = null, ILogger? logger = null)
{
    private readonly PdfReadingOptions _options = options ?? new PdfReadingOptions();
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

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
        catch (ExternalToolException e)
        {
            _logger.LogWarning("pdftotext gave no text for {Pages} pages ({Failure}: {Detail}); PdfPig reads them instead",
                pageCount, e.Failure, e.Message);
            return null;
        }
        if (result.ExitCode != 0)
        {
            _logger.LogWarning("pdftotext exited with {ExitCode} for {Pages} pages ({Errors}); PdfPig reads them instead",
                result.ExitCode, pageCount, FirstLine(result.Errors));
            return null;
        }

        // pdftotext ends every page with a form feed, empty pages included.
        var pages = result.Output.Split(ExtractedText.PageSeparator);
        return Enumerable.Range(0, pageCount)
            .Select(i => i < pages.Length ? BrokenWords.Rejoin(pages[i].Normalize(NormalizationForm.FormC)) : "")
            .ToList();
    }

    private static string FirstLine(string text) =>
        text.Split('\n', 2, StringSplitOptions.TrimEntries) is [var first, ..] && first.Length > 0 ? first : "no message";
}
