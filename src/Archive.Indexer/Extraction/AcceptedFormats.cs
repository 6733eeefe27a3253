namespace Archive.Indexer.Extraction;

/// <summary>
/// The one list of file formats the archive accepts: what the sniffer answers, what the upload page's
/// file picker offers, what a 415 answer and the API description name. A new format is one line here and
/// one <see cref="IContentSignature"/> in <see cref="ContentSniffer"/>.
/// </summary>
public static class AcceptedFormats
{
    public static readonly AcceptedFormat Pdf = new("PDF", ContentTypes.Pdf, ".pdf", [".pdf"]);
    public static readonly AcceptedFormat Docx = new("DOCX", ContentTypes.Docx, ".docx", [".docx"]);
    public static readonly AcceptedFormat Doc = new("DOC", ContentTypes.Doc, ".doc", [".doc"]);
    public static readonly AcceptedFormat Rtf = new("RTF", ContentTypes.Rtf, ".rtf", [".rtf"]);
    public static readonly AcceptedFormat Odt = new("ODT", ContentTypes.Odt, ".odt", [".odt"]);
    public static readonly AcceptedFormat Xlsx = new("XLSX", ContentTypes.Xlsx, ".xlsx", [".xlsx"]);
    public static readonly AcceptedFormat Xls = new("XLS", ContentTypes.Xls, ".xls", [".xls"]);
    public static readonly AcceptedFormat Ods = new("ODS", ContentTypes.Ods, ".ods", [".ods"]);
    public static readonly AcceptedFormat PlainText = new("TXT", ContentTypes.PlainText, ".txt", [".txt"]);
    public static readonly AcceptedFormat Jpeg = new("JPEG", ContentTypes.Jpeg, ".jpg", [".jpg", ".jpeg"]);
    public static readonly AcceptedFormat Png = new("PNG", ContentTypes.Png, ".png", [".png"]);
    public static readonly AcceptedFormat Tiff = new("TIFF", ContentTypes.Tiff, ".tif", [".tif", ".tiff"]);

    public static IReadOnlyList<AcceptedFormat> All { get; } = [Pdf, Docx, Doc, Rtf, Odt, Xlsx, Xls, Ods, PlainText, Jpeg, Png, Tiff];

    /// <summary>"PDF, DOCX, DOC, RTF, ODT, XLSX, XLS, ODS, TXT, JPEG, PNG, TIFF": for people and for the API description.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(f => f.Label));

    /// <summary>The value of a file input's <c>accept</c> attribute: every extension and media type.</summary>
    public static string AcceptAttribute { get; } = string.Join(",", All.SelectMany(f => f.FileExtensions.Append(f.MediaType)));

    /// <summary>The format a stored content type names ("text/plain; charset=utf-8" is <see cref="PlainText"/>), or null.</summary>
    public static AcceptedFormat? Of(string? contentType) => All.FirstOrDefault(f => ContentTypes.Matches(contentType, f.MediaType));
}

/// <summary>One accepted format: its short name, media type, the extension originals are named with, and the extensions people use.</summary>
public sealed record AcceptedFormat(string Label, string MediaType, string Extension, IReadOnlyList<string> FileExtensions)
{
    /// <summary>The sniffer's answer for this format; <paramref name="contentType"/> adds parameters (a text charset).</summary>
    public SniffedContent Sniffed(string? contentType = null) => new(contentType ?? MediaType, Extension);
}
