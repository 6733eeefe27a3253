namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// How the OCR'd part of an <see cref="ExtractedText"/> came about, for the clerk (which pages to check by eye)
/// and for search (ranking OCR noise below a clean text layer).
/// </summary>
/// <param name="Pages">One result per page that went through OCR, in page order (text included).</param>
/// <param name="LowConfidenceThreshold">The threshold <see cref="LowConfidencePages"/> was computed with.</param>
public sealed record OcrSummary(IReadOnlyList<OcrPageResult> Pages, double LowConfidenceThreshold)
{
    /// <summary>Pages that went through OCR, successfully or not.</summary>
    public IReadOnlyList<int> RecognizedPages => Pages.Select(p => p.PageNumber).ToList();

    /// <summary>Pages recognized with a mean word confidence below the threshold, or with no word at all.</summary>
    public IReadOnlyList<int> LowConfidencePages =>
        Pages.Where(p => p.Succeeded && (p.WordCount == 0 || p.Confidence < LowConfidenceThreshold)).Select(p => p.PageNumber).ToList();

    /// <summary>Pages whose rendering or recognition failed (see each page's <see cref="OcrPageResult.Error"/>).</summary>
    public IReadOnlyList<int> FailedPages => Pages.Where(p => !p.Succeeded).Select(p => p.PageNumber).ToList();

    /// <summary>Mean confidence over all recognized words of the document (pages weighted by word count); null without words.</summary>
    public double? MeanConfidence
    {
        get
        {
            var words = Pages.Sum(p => p.WordCount);
            return words == 0 ? null : Pages.Sum(p => p.Confidence * p.WordCount) / words;
        }
    }
}
