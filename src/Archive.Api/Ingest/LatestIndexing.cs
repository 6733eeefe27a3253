using Archive.Api.Documents;
using Archive.Indexer.Structure;

namespace Archive.Api.Ingest;

/// <summary>
/// Puts a document's newest record in the index, one document at a time: two writers indexing different versions of
/// a record (the pipeline finishing, a publication) cannot leave the older one in the index, since whoever indexes
/// last reads the newest record.
/// </summary>
public sealed class LatestIndexing(DocumentCatalog catalog, DocumentIndexing indexing)
{
    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>
    /// Indexes <paramref name="shape"/> applied to the newest record (as it will be stored), with <paramref name="text"/>;
    /// returns the write's generation. With <paramref name="refresh"/>, returns once searches see it; without, the
    /// caller waits for the generation when it must (<see cref="WaitSearchableAsync"/>) or refreshes in batches itself.
    /// </summary>
    /// <param name="structure">The text's structure when the caller parsed it already (the pipeline, which stores it).</param>
    public async Task<long> IndexAsync(string id, string text, CancellationToken cancellationToken,
        Func<DocumentRecord, DocumentRecord>? shape = null, bool refresh = true, DocumentStructure? structure = null)
    {
        var stripe = locks[(uint)StringComparer.Ordinal.GetHashCode(id) % (uint)locks.Length];
        long generation = 0;
        await stripe.WaitAsync(cancellationToken);
        try
        {
            if (catalog.Find(id) is { } latest) generation = indexing.Add(shape is null ? latest : shape(latest), text, structure);
        }
        finally
        {
            stripe.Release();
        }
        if (refresh) await WaitSearchableAsync(generation, cancellationToken);
        return generation;
    }

    /// <summary>Completes once searches see the index writes up to <paramref name="generation"/>.</summary>
    public Task WaitSearchableAsync(long generation, CancellationToken cancellationToken) =>
        indexing.Index.WaitSearchableAsync(generation, cancellationToken);

    /// <summary>
    /// Completes once searches see the index writes up to <paramref name="generation"/>, reopening together with the
    /// uploads that finish within the index's refresh interval (<see cref="DocumentIndex.WaitSearchableGatheredAsync"/>).
    /// </summary>
    public Task WaitSearchableGatheredAsync(long generation, CancellationToken cancellationToken) =>
        indexing.Index.WaitSearchableGatheredAsync(generation, cancellationToken);
}
