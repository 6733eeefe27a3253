using Archive.Api.Audit;
using Archive.Api.Documents;

namespace Archive.Api.Publishing;

/// <summary>
/// Puts a document on the public site or takes it off: the record in the store changes first (the
/// system of record), then the index follows, then the audit trail says who, when and why.
/// </summary>
public sealed class DocumentPublishing(
    DocumentCatalog catalog, PublicAddressBook addresses, DocumentProcessor processor, AuditTrail audit, ChangeFeed feed)
{
    private readonly SemaphoreSlim changeLock = new(1, 1);

    public Task<DocumentRecord?> PublishAsync(string id, string reason, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, Visibilities.Published, AuditActions.Publish, reason, actor, cancellationToken);

    public Task<DocumentRecord?> UnpublishAsync(string id, string reason, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, Visibilities.Internal, AuditActions.Unpublish, reason, actor, cancellationToken);

    private async Task<DocumentRecord?> ChangeAsync(
        string id, string visibility, string action, string reason, AuditActor actor, CancellationToken cancellationToken)
    {
        await changeLock.WaitAsync(cancellationToken);
        try
        {
            // The change is a function of the newest record: an extraction or OCR progress written meanwhile is kept.
            var changed = await catalog.UpdateAsync(id, record => record with
            {
                Visibility = visibility,
                PublishedAt = visibility == Visibilities.Published ? record.PublishedAt ?? DateTimeOffset.UtcNow : null,
                // Given once: a document published again keeps the address people have linked to.
                PublicAddress = record.PublicAddress
                    ?? (visibility == Visibilities.Published ? PublicAddresses.Choose(record, addresses) : null),
            }, CancellationToken.None);
            if (changed is null) return null;
            await processor.ReindexAsync(id, CancellationToken.None);
            await audit.AppendAsync(actor, action, id, reason.Trim(), CancellationToken.None);
            // Other instances learn of it before the answer: a document taken off the site must leave theirs too.
            await feed.AnnounceAsync(CancellationToken.None);
            return changed;
        }
        finally
        {
            changeLock.Release();
        }
    }
}
