using System.ComponentModel.DataAnnotations;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>How PDF text layers are read: the poppler program and the budgets that stop a huge file early.</summary>
public sealed record PdfReadingOptions
{
    public const string Section = "Pdf";

    /// <summary>
    /// Pages read at most. A Công báo issue has a few hundred; a file beyond this fails with a reason rather than
    /// holding the service's memory and cores for minutes.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxPages { get; init; } = 2000;

    /// <summary>
    /// Characters of text read at most from one PDF, checked page by page so a huge file stops early; at most
    /// <see cref="TextBudget.MaxCharacters"/>, the limit every document's text is held to.
    /// </summary>
    [Range(1, TextBudget.MaxCharacters)]
    public long MaxCharacters { get; init; } = TextBudget.MaxCharacters;

    /// <summary>Poppler's text extractor (poppler-utils), a second reading of every page.</summary>
    public string PdftotextProgram { get; init; } = "pdftotext";

    /// <summary>
    /// pdftotext's "-layout" mode keeps columns side by side on one line; the default reading order puts each
    /// column of the header on its own lines, which reads better and judges the same.
    /// </summary>
    public bool PopplerLayout { get; init; }

    /// <summary>Time allowed to pdftotext for a whole document.</summary>
    public TimeSpan PopplerTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
