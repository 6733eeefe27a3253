using System.Text;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Ingest.Steps;

/// <summary>Keeps the text in the store (<see cref="StoreLayout.Text"/>): re-indexing reads it, never the original.</summary>
public sealed class StoreText(IObjectStore store) : IIngestStep
{
    public async Task RunAsync(IngestContext context)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(context.Text));
        await store.PutAsync(StoreLayout.Text(context.Id), content, "text/plain; charset=utf-8", context.Cancellation);
    }
}
