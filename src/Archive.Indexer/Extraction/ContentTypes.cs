namespace Archive.Indexer.Extraction;

/// <summary>The MIME types the archive accepts, and how to compare them.</summary>
public static class ContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PlainText = "text/plain";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Tiff = "image/tiff";
    public const string Doc = "application/msword";
    public const string Rtf = "application/rtf";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Xls = "application/vnd.ms-excel";
    public const string Ods = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>
    /// True when <paramref name="contentType"/> names <paramref name="mediaType"/>, ignoring case and
    /// parameters, so "text/plain; charset=utf-8" matches <see cref="PlainText"/>.
    /// </summary>
    public static bool Matches(string? contentType, string mediaType)
    {
        if (contentType is null) return false;
        var semicolon = contentType.IndexOf(';');
        var essence = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return string.Equals(essence, mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
