using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// Originals kept from ordinary deletes and overwrites where the store can (<see cref="IObjectLocks"/>): each version's
/// original is locked when stored, until the document's disposal date (its dossier's, or its kind's line in the
/// schedule; no end while kept "vĩnh viễn" or while no period is decided); closing a dossier moves its documents'
/// dates; a legal hold is mirrored to every version's original and lifted with it. An approved disposal still
/// destroys them (<see cref="IObjectStore.DestroyAsync"/>).
/// </summary>
/// <remarks>
/// The lock is a second line: the archive's own refusals (held, permanent, not due, closed dossier) come first, and a
/// lock that fails (the store briefly away) is logged, not made the upload's failure.
/// </remarks>
public sealed class OriginalLocks(IObjectStore store, DossierRegister dossiers, RetentionSchedule schedule, DocumentCatalog catalog,
    ILogger<OriginalLocks> logger) : IOriginalLocks
{
    public Task LockAsync(DocumentRecord record, CancellationToken cancellationToken) =>
        LockAsync(record, [StoreLayout.OriginalOf(record)], cancellationToken);

    /// <summary>Every version's original of the documents, until their (new) disposal date: after a dossier is closed or reopened.</summary>
    public async Task RelockAsync(IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        foreach (var id in documentIds)
            if (catalog.Find(id) is { } record) await LockAsync(record, Originals(record), cancellationToken);
    }

    /// <summary>Mirrors a legal hold placed on (or lifted from) the documents to every version of their originals.</summary>
    public async Task MirrorHoldAsync(IEnumerable<string> documentIds, bool on, CancellationToken cancellationToken)
    {
        if (store is not IObjectLocks locks) return;
        foreach (var id in documentIds)
        {
            if (catalog.Find(id) is not { } record) continue;
            foreach (var key in Originals(record))
            {
                try
                {
                    await locks.SetLegalHoldAsync(key, on, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The legal hold of {Key} could not be {Change} in the store", key, on ? "placed" : "lifted");
                }
            }
        }
    }

    private async Task LockAsync(DocumentRecord record, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        if (store is not IObjectLocks locks) return;
        try
        {
            var retention = DocumentRetention.For(record, dossiers.DossierOf(record.Id), await schedule.CurrentAsync(cancellationToken));
            DateTimeOffset? until = retention.DisposalDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
            foreach (var key in keys) await locks.LockAsync(key, until, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The original of document {Id} could not be locked in the store", record.Id);
        }
    }

    private static IEnumerable<string> Originals(DocumentRecord record) =>
        DocumentVersions.Of(record).Select(v => StoreLayout.Original(record.Id, v.Version));
}
