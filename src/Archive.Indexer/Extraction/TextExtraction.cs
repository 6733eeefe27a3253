namespace Archive.Indexer.Extraction;

/// <summary>
/// The extraction step of the upload pipeline: picks the extractor by MIME type (as Paperless-ngx picks
/// its parsers) and returns text, an empty result or a reason — it never throws for bad content. Whatever the
/// extractor, a text longer than <see cref="TextBudget.MaxCharacters"/> fails here (most extractors stop earlier).
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
    public async Task<ExtractedText> ExtractAsync(Stream content, string contentType, CancellationToken cancellation = default)
    {
        var extractor = _extractors.FirstOrDefault(e => e.CanExtract(contentType));
        if (extractor is null) return ExtractedText.Failure(ExtractionMessages.Unsupported(contentType));
        var text = await extractor.ExtractAsync(content, cancellation);
        return TextBudget.Refuse(text.Text.Length) ?? text;
    }
}
