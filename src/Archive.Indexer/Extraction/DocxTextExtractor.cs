using DocumentFormat.OpenXml.Packaging;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Word (.docx) files: headers, body (tables included), footnotes, endnotes and footers, in that order,
/// as one page. Footnotes matter here: Vietnamese plans put many of their legal bases in them.
/// Text typed in TCVN3 (.VnTime, .VnTimeH) or VNI fonts is decoded to Unicode by its font name.
/// A file that would inflate past <see cref="PackageBudget"/> or yield more than
/// <see cref="DecodingTextBuilder.MaxCharacters"/> fails with a reason instead of filling the memory.
/// </summary>
public sealed class DocxTextExtractor : ITextExtractor
{
    public bool CanExtract(string contentType) => ContentTypes.Matches(contentType, ContentTypes.Docx);

    /// <summary>As <see cref="Extract"/>: read in memory, nothing to wait for.</summary>
    public Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default) => Task.FromResult(Extract(content));

    public ExtractedText Extract(Stream content)
    {
        try
        {
            // The ZIP directory sits at the end of the file, so the package needs to seek.
            var seekable = PackageBudget.Seekable(content);
            if (PackageBudget.Exceeded(seekable) is { } reason) return ExtractedText.Failure(reason);
            // A central directory that lies about sizes still meets this limit, enforced while parsing.
            using var document = WordprocessingDocument.Open(seekable, isEditable: false,
                new OpenSettings { MaxCharactersInPart = PackageBudget.MaxPartBytes });
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
            var budget = new DecodingTextBuilder.TextBudget();
            var sections = parts
                .OfType<OpenXmlPart>()
                .Select(part => WordPartText.Read(part, fonts, budget))
                .Where(s => s.Length > 0)
                .Distinct(); // first-page, even and default headers often repeat the same words
            return ExtractedText.FromPages([string.Join("\n\n", sections)], null, ExtractionMessages.DocxEmpty);
        }
        catch (TextBudgetExceededException e)
        {
            return ExtractedText.Failure(e.Message);
        }
        catch (Exception e) when (e is System.Xml.XmlException && e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return ExtractedText.Failure(ExtractionMessages.PackageTooLarge(PackageBudget.MaxPartBytes));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The packaging and XML layers throw many exception types for a damaged file; all mean the same to a clerk.
            return ExtractedText.Failure(ExtractionMessages.DocxCorrupt);
        }
    }
}
