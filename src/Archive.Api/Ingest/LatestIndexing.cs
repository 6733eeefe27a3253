using Archive.Api.Documents;

namespace Archive.Api.Ingest;

/// <summary>
/// Puts a document's newest record in the index, one document at a time: two writers indexing different versions of
/// a record (the pipeline finishing, a publication) cannot leave the older one in the index, since whoever indexes
/// last reads the newest record.
/// </summary>
public sealed class LatestIndexing(DocumentCatalog catalog, DocumentIndexing indexing)
{
    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Indexes <paramref name="shape"/> applied to the newest record (as it will be stored), with <paramref name="text"/>.</summary>
    public async Task IndexAsync(string id, string text, CancellationToken cancellationToken,
        Func<DocumentRecord, DocumentRecord>? shape = null, bool refresh = true)
    {
        var stripe = locks[(uint)StringComparer.Ordinal.GetHashCode(id) % (uint)locks.Length];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            if (catalog.Find(id) is { } latest) indexing.Add(shape is null ? latest : shape(latest), text, refresh);
        }
        finally
        {
            stripe.Release();
        }
    }
}
