namespace Archive.Indexer.Extraction.Pdf;

/// <summary>Every page of a PDF assessed by <see cref="PdfPageAssessor"/>, or why the file could not be read at all.</summary>
/// <param name="Pages">One per page, in order; empty when <paramref name="Failure"/> is set.</param>
/// <param name="Failure">Why the file yields no text (encrypted, corrupt, over a budget), in Vietnamese for the clerk.</param>
public sealed record PdfAssessment(IReadOnlyList<PdfPageAssessment> Pages, string? Failure = null)
{
    public bool NeedsOcr => Pages.Any(p => p.NeedsOcr);

    public IReadOnlyList<PdfPageAssessment> PagesToRecognize => Pages.Where(p => p.NeedsOcr).ToList();

    public static PdfAssessment Failed(string reason) => new([], reason);
}
