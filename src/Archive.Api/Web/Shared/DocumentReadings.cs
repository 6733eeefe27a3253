using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Archive.Api.Web.Shared;

/// <summary>
/// The documents' pages' readings (<see cref="DocumentReading"/>) kept in memory, so that a long document's part
/// (<c>?phan=3</c>) costs a render of that part, not a read of the whole text and structure from the store and a new cut
/// into parts on every request. Bounded: at most <see cref="SiteOptions.DocumentCacheMegabytes"/> of text, the least
/// recently read dropped first. A reading is kept for one record: a write of the record (a new version, its text read,
/// a correction) drops it, and a reading made for an older record is never answered for a newer one.
/// </summary>
/// <remarks>
/// Keyed on the record, not on the stored text and structure it read: in the service these never change without a
/// record write, so a stat of each on every page (what the cache spares) would buy nothing. The text and structure are
/// written only by a read of the document (<see cref="Ingest.Steps.StoreText"/>, <see cref="Ingest.Steps.StoreStructure"/>),
/// which runs on a pending record only and ends by writing it done (or handed to OCR, whose end writes it too), here or
/// in another instance (whose write reaches this catalog through the change feed and drops the reading just the same).
/// A structure parsed again on a read (<see cref="StoredStructure.ReadAsync"/>: missing or outdated) is made from the
/// same text by the same parser as the one kept here. Only a hand edit of the store goes unseen, until the next write
/// of the record or a restart.
/// </remarks>
public sealed class DocumentReadings : IDisposable
{
    private readonly IObjectStore store;
    private readonly MemoryCache? cache;

    public DocumentReadings(IObjectStore store, DocumentCatalog catalog, IOptions<SiteOptions> options)
    {
        this.store = store;
        var megabytes = options.Value.DocumentCacheMegabytes;
        if (megabytes <= 0) return; // kept nowhere: every page reads the store (the behaviour before the cache, for comparison)
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024 });
        catalog.Changed += (_, after) => cache.Remove(after.Id);
        catalog.Forgotten += id => cache.Remove(id);
    }

    /// <summary>The reading of <paramref name="record"/> (the catalog's current one), from memory when it is there.</summary>
    public async Task<DocumentReading> ReadAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        if (cache is not null && cache.TryGetValue(record.Id, out DocumentReading? kept) && ReferenceEquals(kept!.Record, record)) return kept;
        var text = await StoredText.ReadAsync(store, record.Id, cancellationToken);
        var reading = new DocumentReading(record, text, await StoredStructure.ReadAsync(store, record.Id, cancellationToken, text));
        // A reading larger than the whole budget is not kept (the cache refuses it), and answers this request alone.
        cache?.Set(record.Id, reading, new MemoryCacheEntryOptions { Size = reading.Bytes });
        return reading;
    }

    public void Dispose() => cache?.Dispose();
}
