using Archive.Api.Citations;

namespace Archive.Api.Ingest.Steps;

/// <summary>The document's validity and that of every document it amends, replaces or repeals follow its citations.</summary>
public sealed class RefreshValidity(ValidityTracker validity) : IIngestStep
{
    public Task RunAsync(IngestContext context) => validity.RefreshAfterAsync(context.Id, context.Cancellation);
}
