using Archive.Indexer.Extraction.Quality;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// Says, for staff, why the text may be unreliable: legacy encoding left, too many non-syllables, low OCR confidence.
/// Whether legacy text is left was learnt by <see cref="RepairLegacyEncodings"/>, which judged every line already.
/// </summary>
public sealed class JudgeQuality : IIngestStep
{
    public Task RunAsync(IngestContext context)
    {
        context.Warnings.AddRange(TextQuality.Assess(context.Text, context.LegacyLeft).Warnings);
        if (context.Extracted?.Ocr is { LowConfidencePages.Count: > 0 } low)
            context.Warnings.Add($"Nhận dạng chữ (OCR) có độ tin cậy thấp ở trang {string.Join(", ", low.LowConfidencePages)}: cần kiểm tra lại.");
        return Task.CompletedTask;
    }
}
