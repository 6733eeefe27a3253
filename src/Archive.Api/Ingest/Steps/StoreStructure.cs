using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Ingest.Steps;

/// <summary>
/// Keeps the document's structure (<see cref="StoreLayout.Structure"/>) beside its text, so pages read articles and
/// anchors without parsing again; derived data, parsed anew whenever it is missing or outdated.
/// </summary>
public sealed class StoreStructure(IObjectStore store) : IIngestStep
{
    public async Task RunAsync(IngestContext context) =>
        context.Structure = await StoredStructure.SaveAsync(store, context.Id, context.Text, context.Cancellation);
}
