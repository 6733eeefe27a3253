using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Indexer.Extraction;

/// <summary>
/// PDF files, page by page, with PdfPig's layout analysis (see <see cref="PdfPageText"/>).
/// A page that cannot be read is left empty so that one bad page does not lose the rest;
/// only when no page can be read is the file reported as corrupt.
/// </summary>
public sealed class PdfTextExtractor : ITextExtractor
{
    public bool CanExtract(string contentType) => ContentTypes.Matches(contentType, ContentTypes.Pdf);

    public ExtractedText Extract(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        try
        {
            using var document = PdfDocument.Open(buffer.ToArray());
            var pages = new List<string>(document.NumberOfPages);
            var unreadable = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                try
                {
                    pages.Add(PdfPageText.Read(document.GetPage(number)));
                }
                catch (Exception e) when (e is not (OutOfMemoryException or PdfDocumentEncryptedException))
                {
                    unreadable++;
                    pages.Add("");
                }
            }
            return unreadable == pages.Count
                ? ExtractedText.Failure(ExtractionMessages.PdfCorrupt)
                : ExtractedText.FromPages(pages, document.NumberOfPages, ExtractionMessages.PdfWithoutTextLayer);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractedText.Failure(ExtractionMessages.PdfEncrypted);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws many exception types for a damaged file; all mean the same to a clerk.
            return ExtractedText.Failure(ExtractionMessages.PdfCorrupt);
        }
    }
}
