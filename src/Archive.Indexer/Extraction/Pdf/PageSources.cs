namespace Archive.Indexer.Extraction.Pdf;

/// <summary>The readings a page's text can come from, as recorded in <see cref="PageSource.Source"/>.</summary>
public static class PageSources
{
    /// <summary>PdfPig's letters, grouped by its layout analysis (see <see cref="PdfPageText"/>).</summary>
    public const string PdfPig = "pdfpig";

    /// <summary>Poppler's pdftotext (see <see cref="PopplerText"/>).</summary>
    public const string Poppler = "poppler";

    /// <summary>Tesseract on the rendered page.</summary>
    public const string Ocr = "ocr";

    /// <summary>No text came from anywhere.</summary>
    public const string None = "none";
}
