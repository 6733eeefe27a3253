namespace Archive.Indexer.Extraction.Office;

/// <summary>
/// Word 97 (.doc), RTF and OpenDocument (.odt) files: converted to DOCX by <see cref="OfficeDocumentConverter"/>,
/// then read by <see cref="DocxTextExtractor"/> (footnotes, headers and tables included); Excel 97 (.xls) and
/// OpenDocument spreadsheets (.ods): converted to XLSX, then read by <see cref="XlsxTextExtractor"/>.
/// Failed, with a Vietnamese reason, when LibreOffice is missing, too slow or cannot read the file.
/// </summary>
/// <remarks>
/// <see cref="ITextExtractor.ExtractAsync"/> gets no content type, so the format is sniffed again from the bytes.
/// </remarks>
public sealed class OfficeTextExtractor(OfficeDocumentConverter converter) : ITextExtractor
{
    private readonly DocxTextExtractor _docx = new();
    private readonly XlsxTextExtractor _xlsx = new();

    public bool CanExtract(string contentType) =>
        ContentTypes.Matches(contentType, ContentTypes.Doc)
        || ContentTypes.Matches(contentType, ContentTypes.Rtf)
        || ContentTypes.Matches(contentType, ContentTypes.Odt)
        || IsSpreadsheet(contentType);

    private static bool IsSpreadsheet(string contentType) =>
        ContentTypes.Matches(contentType, ContentTypes.Xls) || ContentTypes.Matches(contentType, ContentTypes.Ods);

    /// <summary>Converts and reads <paramref name="content"/>; cancellation is thrown, never reported as Failed.</summary>
    public async Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellation);
        var sniffed = ContentSniffer.Sniff(buffer);
        if (sniffed is null || !CanExtract(sniffed.ContentType)) return ExtractedText.Failure(OfficeMessages.NotOffice);

        buffer.Position = 0;
        var spreadsheet = IsSpreadsheet(sniffed.ContentType);
        byte[] docx;
        try
        {
            // Workbooks become .xlsx (cell fonts kept, so VNI/TCVN3 cells decode as in Excel files); the rest .docx.
            docx = spreadsheet
                ? await converter.ConvertToXlsxAsync(buffer, sniffed.Extension, cancellation)
                : await converter.ConvertToDocxAsync(buffer, sniffed.Extension, cancellation);
        }
        catch (ExternalToolException e)
        {
            return ExtractedText.Failure(e.Failure switch
            {
                ExternalToolFailure.Missing => OfficeMessages.ConverterMissing,
                ExternalToolFailure.TimedOut => OfficeMessages.TimedOut(converter.Timeout),
                // An OpenDocument file is a ZIP too: the converter refused a bomb before LibreOffice inflated it.
                ExternalToolFailure.Refused => e.Detail,
                _ => OfficeMessages.Corrupt,
            });
        }
        using var converted = new MemoryStream(docx, writable: false);
        var text = spreadsheet ? _xlsx.Extract(converted) : _docx.Extract(converted);
        return text.Status == TextStatus.Empty ? ExtractedText.FromPages(text.Pages, null, OfficeMessages.Empty) : text;
    }
}
