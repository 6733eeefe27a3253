using Archive.Indexer.Extraction.Pdf;
using Microsoft.Extensions.Logging;

namespace Archive.Indexer.Extraction;

/// <summary>
/// PDF files, page by page, from their text layer only: each page's best reading by poppler or PdfPig
/// (see <see cref="PdfPageAssessor"/>), with <see cref="ExtractedText.PageSources"/> saying which. Pages that would
/// need OCR stay empty here (a scan) or fail the document (a garbled text layer); <see cref="Ocr.ScannedDocumentOcr"/>
/// is the extractor that recognizes them.
/// </summary>
public sealed class PdfTextExtractor(PdfReadingOptions? options = null, ILogger? logger = null) : ITextExtractor
{
    private readonly PdfPageAssessor _assessor = new(options, logger);

    public bool CanExtract(string contentType) => ContentTypes.Matches(contentType, ContentTypes.Pdf);

    /// <summary>Copies <paramref name="content"/> to a private file and reads it there; cancellation is thrown, never reported as Failed.</summary>
    public async Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default)
    {
        var folder = TempFolder.Create("pdf");
        try
        {
            var path = Path.Combine(folder, "original.pdf");
            await using (var copy = File.Create(path)) await content.CopyToAsync(copy, cancellation);
            return await ExtractFileAsync(path, cancellation);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    /// <summary>The text of the PDF at <paramref name="pdfPath"/>, read in place.</summary>
    public async Task<ExtractedText> ExtractFileAsync(string pdfPath, CancellationToken cancellation = default)
    {
        var assessment = await _assessor.AssessAsync(pdfPath, cancellation);
        return PdfPageMerge.Merge(assessment, [], _assessor.Options, ExtractionMessages.PdfWithoutTextLayer);
    }
}
