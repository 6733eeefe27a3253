using Archive.Api.Documents;
using Archive.Indexer.Extraction;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// The record's part that comes from the text: metadata read from the header (never over what a person gave), and
/// how the text was obtained.
/// </summary>
public sealed class DescribeFromText(DocumentDescription description) : IIngestStep
{
    public Task RunAsync(IngestContext context)
    {
        var extracted = context.Extracted ?? ExtractedText.Failure("Không trích xuất được nội dung.");
        var text = context.Text;
        var conversions = context.Conversions.ToList();
        var warnings = context.Warnings.ToList();
        var read = description.Read(text);
        context.Change(current => description.Describe(current, read, extracted.HeaderNumberDoubtful) with
        {
            TextStatus = extracted.Status switch
            {
                TextStatus.Ok => TextStatuses.Ok,
                TextStatus.Empty => TextStatuses.Empty,
                _ => TextStatuses.Failed,
            },
            TextError = extracted.Error,
            PageCount = extracted.PageCount,
            TextSource = extracted.Ocr is null ? "text" : extracted.Ocr.Pages.Count < (extracted.PageCount ?? 1) ? "ocr+text" : "ocr",
            TextConversions = conversions,
            TextWarnings = warnings,
            Pages = extracted.PageSources,
            Ocr = extracted.Ocr is { } summary
                ? new OcrState(summary.Pages.Count, summary.Pages.Count, summary.MeanConfidence,
                    summary.Pages.Select(p => new OcrPageConfidence(p.PageNumber, p.Confidence)).ToList(),
                    summary.LowConfidencePages, summary.FailedPages)
                : null,
        });
        return Task.CompletedTask;
    }
}
