namespace Archive.Indexer.Extraction;

/// <summary>
/// The extraction step of the upload pipeline: picks the extractor by MIME type (as Paperless-ngx picks
/// its parsers) and returns text, an empty result or a reason — it never throws for bad content.
/// </summary>
public sealed class TextExtraction
{
    private readonly IReadOnlyList<ITextExtractor> _extractors;

    /// <summary>The formats <see cref="ContentSniffer"/> accepts: PDF, DOCX, XLSX and plain text.</summary>
    public TextExtraction()
        : this([new PdfTextExtractor(), new DocxTextExtractor(), new XlsxTextExtractor(), new PlainTextExtractor()])
    {
    }

    /// <summary>The first extractor that accepts a content type wins.</summary>
    public TextExtraction(IEnumerable<ITextExtractor> extractors) => _extractors = extractors.ToList();

    /// <param name="content">The stored original; read to its end, not disposed.</param>
    /// <param name="contentType">As found by <see cref="ContentSniffer"/>, parameters allowed.</param>
    public Task<ExtractedText> ExtractAsync(Stream content, string contentType, CancellationToken cancellation = default)
    {
        var extractor = _extractors.FirstOrDefault(e => e.CanExtract(contentType));
        return extractor is null
            ? Task.FromResult(ExtractedText.Failure(ExtractionMessages.Unsupported(contentType)))
            : extractor.ExtractAsync(content, cancellation);
    }
}
