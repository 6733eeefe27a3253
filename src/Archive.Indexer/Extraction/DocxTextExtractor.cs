using DocumentFormat.OpenXml.Packaging;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Word (.docx) files: headers, body (tables included), footnotes, endnotes and footers, in that order,
/// as one page. Footnotes matter here: Vietnamese plans put many of their legal bases in them.
/// Text typed in TCVN3 (.VnTime, .VnTimeH) or VNI fonts is decoded to Unicode by its font name.
/// A file that would inflate past <see cref="PackageBudget"/> or yield more than
/// <see cref="TextBudget.MaxCharacters"/> fails with a reason instead of filling the memory.
/// </summary>
public sealed class DocxTextExtractor : ITextExtractor
{
    public bool CanExtract(string contentType) => ContentTypes.Matches(contentType, ContentTypes.Docx);

    /// <summary>As <see cref="Extract"/>: read in memory, nothing to wait for.</summary>
    public Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default) => Task.FromResult(Extract(content));

    public ExtractedText Extract(Stream content) =>
        PackageBudget.ReadOpenXml(content, (stream, settings) => WordprocessingDocument.Open(stream, isEditable: false, settings), Read,
            ExtractionMessages.DocxCorrupt);

    private static ExtractedText Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        if (main is null) return ExtractedText.Failure(ExtractionMessages.DocxCorrupt);

        IEnumerable<OpenXmlPart?> parts =
        [
            .. main.HeaderParts,
            main,
            main.FootnotesPart,
            main.EndnotesPart,
            .. main.FooterParts,
        ];
        var fonts = WordFonts.Read(main);
        var budget = new TextBudget();
        var sections = parts
            .OfType<OpenXmlPart>()
            .Select(part => WordPartText.Read(part, fonts, budget))
            .Where(s => s.Length > 0)
            .Distinct(); // first-page, even and default headers often repeat the same words
        return ExtractedText.FromPages([string.Join("\n\n", sections)], null, ExtractionMessages.DocxEmpty);
    }
}
