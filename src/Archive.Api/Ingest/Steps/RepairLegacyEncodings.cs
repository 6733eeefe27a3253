using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Api.Ingest.Steps;

/// <summary>Text typed in TCVN3, VNI or VIQR becomes Unicode; the record says which encodings were found.</summary>
public sealed class RepairLegacyEncodings : IIngestStep
{
    public Task RunAsync(IngestContext context)
    {
        context.Text = context.Extracted?.Text ?? "";
        var conversion = LegacyTextConverter.Convert(context.Text);
        if (conversion.Changed) context.Text = conversion.Text.Normalize(NormalizationForm.FormC);
        context.LegacyLeft = conversion.LegacyLeft;
        context.Conversions.AddRange(conversion.EncodingsFound.Select(e => e.ToString().ToLowerInvariant()));
        return Task.CompletedTask;
    }
}
