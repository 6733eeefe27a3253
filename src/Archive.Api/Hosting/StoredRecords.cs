using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Records;
using Archive.Storage;

namespace Archive.Api.Hosting;

/// <summary>
/// Loads what the service keeps in memory from the store: the document records, the citations (from the catalog
/// snapshot, when it is usable: <see cref="CatalogSnapshot"/>), and the records registers (dossiers,
/// legal holds, disposal proposals and tombstones), so that the service and the operator commands see the same.
/// Needs the store only, never the index, so operator commands can load it beside a running service.
/// </summary>
public sealed class StoredRecords(IObjectStore store, DocumentCatalog catalog, CitationGraph citations, CatalogSnapshot snapshot,
    DossierRegister dossiers, HoldRegister holds, DisposalRegister disposals)
{
    /// <summary>Whether memory holds the whole catalog (<see cref="LoadAsync"/> finished): only then is a snapshot of it worth writing.</summary>
    public bool Loaded { get; private set; }

    /// <summary>Makes sure the store is usable, loads every record; returns the documents whose citations were never stored.</summary>
    public async Task<IReadOnlySet<string>> LoadAsync(CancellationToken cancellationToken)
    {
        if (Monitoring.MeasuredObjectStore.Underlying(store) is MinioObjectStore minio) await minio.EnsureBucketAsync(cancellationToken);
        var restored = await snapshot.TryRestoreAsync(cancellationToken);
        if (!restored) await catalog.LoadAsync(cancellationToken);
        await dossiers.LoadAsync(cancellationToken);
        await holds.LoadAsync(cancellationToken);
        await disposals.LoadAsync(cancellationToken);
        var withoutCitations = restored
            ? catalog.All.Where(r => !citations.Has(r.Id)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal)
            : (await citations.LoadAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        Loaded = true;
        return withoutCitations;
    }
}
