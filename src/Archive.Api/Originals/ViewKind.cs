using Archive.Api.Documents;
using Archive.Indexer.Extraction;

namespace Archive.Api.Originals;

/// <summary>How an original can be shown in a browser.</summary>
public enum ViewKind
{
    /// <summary>Not by a browser (TIFF): it can only be downloaded.</summary>
    None,
    /// <summary>A PDF, shown by the browser's own viewer.</summary>
    Pdf,
    /// <summary>A word-processor file (DOCX, DOC, RTF, ODT) whose reading did not fail, shown as its PDF rendition.</summary>
    Rendition,
    /// <summary>A JPEG or PNG picture, shown as it is.</summary>
    Image,
    /// <summary>Plain text, shown as it is.</summary>
    Text,
}

/// <summary>Which <see cref="ViewKind"/> an original is, from its stored content type and what its reading found.</summary>
public static class ViewKinds
{
    public static ViewKind Of(DocumentRecord record)
    {
        var format = AcceptedFormats.Of(record.ContentType);
        if (format == AcceptedFormats.Pdf) return ViewKind.Pdf;
        if (IsWordProcessor(format)) return RenditionRefused(record) ? ViewKind.None : ViewKind.Rendition;
        if (format == AcceptedFormats.Jpeg || format == AcceptedFormats.Png) return ViewKind.Image;
        if (format == AcceptedFormats.PlainText) return ViewKind.Text;
        return ViewKind.None;
    }

    /// <summary>
    /// Whether the reading of a word-processor file failed (a zip bomb, text past the budget, a damaged or hostile
    /// file, LibreOffice missing or out of time): then no rendition is made. LibreOffice would do the same work again,
    /// for minutes and gigabytes, one conversion at a time for the whole service; the original can still be downloaded.
    /// </summary>
    public static bool RenditionRefused(DocumentRecord record) =>
        IsWordProcessor(AcceptedFormats.Of(record.ContentType)) && record.TextStatus == TextStatuses.Failed;

    private static bool IsWordProcessor(AcceptedFormat? format) =>
        format == AcceptedFormats.Docx || format == AcceptedFormats.Doc || format == AcceptedFormats.Rtf || format == AcceptedFormats.Odt;
}
