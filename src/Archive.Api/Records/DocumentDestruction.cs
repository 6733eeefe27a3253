using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// The one way a document leaves the archive: every object under its folder (original, text, structure,
/// renditions, page pictures, OCR pages, citations, the record itself, and a processing entry if one is left; in a
/// versioned S3 bucket every version) is
/// destroyed, then its index entry and what memory knows of it. A document under a legal hold (its own or its
/// dossier's) is refused here, whatever asked for the deletion, so no other path can destroy a held document.
/// </summary>
public sealed class DocumentDestruction(IObjectStore store, DocumentCatalog catalog, DocumentIndexing indexing, CitationGraph citations,
    HoldRegister holds, DossierRegister dossiers)
{
    /// <summary>The hold that keeps the document: on itself, or on the dossier that holds it; null when none.</summary>
    public LegalHold? HoldOn(string documentId) =>
        holds.Find(LegalHold.DocumentTarget, documentId)
        ?? (dossiers.DossierOf(documentId) is { } dossier ? holds.Find(LegalHold.DossierTarget, dossier.Id) : null);

    /// <summary>Destroys the document; returns how many objects (versions) the store removed.</summary>
    /// <exception cref="InvalidOperationException">A legal hold keeps the document.</exception>
    public async Task<int> DestroyAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!StoreLayout.IsWellFormedId(documentId)) throw new ArgumentException($"'{documentId}' is not a document id", nameof(documentId));
        if (HoldOn(documentId) is { } hold)
            throw new InvalidOperationException($"Document {documentId} is under a legal hold ({hold.Reason}) and may not be deleted.");
        var removed = 0;
        await catalog.RemoveAsync(documentId, async ct =>
        {
            removed = await store.DestroyAsync(StoreLayout.Document(documentId), ct);
            // A processing entry or a queued job left for it would bring the pipeline back to a document that is gone.
            removed += await store.DestroyAsync(StoreLayout.Processing(documentId), ct);
            foreach (var kind in new[] { Ingest.IngestJob.Read, Ingest.IngestJob.Recognize })
                removed += await store.DestroyAsync(StoreLayout.Job(kind, documentId), ct);
        }, cancellationToken);
        indexing.Index.Delete(documentId);
        indexing.Index.Commit();
        citations.Forget(documentId);
        return removed;
    }
}
