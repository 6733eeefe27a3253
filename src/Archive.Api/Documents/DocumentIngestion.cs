using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.Monitoring;
using Archive.Indexer.Extraction;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// Upload → store → queue. The original and its record are durably in the store before anything else happens; the
/// text is read and indexed in the background (<see cref="Ingest.IngestQueue"/>), so an upload is answered at once and
/// a crash later loses nothing: the queue, kept in the store, resumes at the next start.
/// </summary>
public sealed class DocumentIngestion(
    IObjectStore store, DocumentCatalog catalog, DocumentProcessor processor, IOriginalLocks locks, ChangeFeed feed, ArchiveMetrics metrics)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> idLocks = new(StringComparer.Ordinal);

    /// <summary>
    /// Archives <paramref name="content"/> (a seekable stream). Returns the record and whether it is
    /// new; the same bytes uploaded again return the existing record. Null when the content is of a
    /// type the archive does not accept (nothing is stored then).
    /// </summary>
    public async Task<(DocumentRecord Record, bool Created)?> IngestAsync(
        Stream content, string fileName, UploadMetadata metadata, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        var id = StoreLayout.IdFor(sha256);
        // One file, one record: bytes that are already a version of a document (its first one under this id, or a later
        // one) answer that document.
        if ((catalog.Find(id) ?? catalog.HolderOf(sha256)) is { } existing)
        {
            metrics.Uploaded(created: false);
            return (existing, false);
        }

        content.Position = 0;
        var sniffed = ContentSniffer.Sniff(content);
        if (sniffed is null) return null;

        var idLock = idLocks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await idLock.WaitAsync(cancellationToken);
        try
        {
            if ((catalog.Find(id) ?? catalog.HolderOf(sha256)) is { } raced)
            {
                metrics.Uploaded(created: false);
                return (raced, false);
            }

            content.Position = 0;
            try
            {
                await store.PutAsync(StoreLayout.Original(id), content, sniffed.ContentType, cancellationToken);
            }
            catch (ObjectLockedException)
            {
                // Stored and locked before (by another instance, or an upload cut short): the same id is the same bytes.
            }
            var name = SafeFileName.Clean(fileName, sniffed.Extension);
            var record = new DocumentRecord
            {
                Id = id,
                Sha256 = sha256,
                FileName = name,
                ContentType = sniffed.ContentType,
                Size = content.Length,
                Title = Clean(metadata.Title) ?? Path.GetFileNameWithoutExtension(name),
                Kind = Clean(metadata.Kind),
                Number = Clean(metadata.Number),
                IssuedOn = metadata.IssuedOn,
                Issuer = Clean(metadata.Issuer),
                CreatedAt = DateTimeOffset.UtcNow,
                UploadedBy = metadata.UploadedBy,
                FieldSources = DocumentDescription.Provided(metadata),
            };
            var (stored, created) = await catalog.CreateAsync(record, cancellationToken);
            metrics.Uploaded(created);
            // A record found stored and still pending may be one an instance killed before it locked the original: locked
            // here too. One already read was locked by the instance that stored it, and its lock may since follow a dossier
            // this instance's register has not yet heard of: it is left alone (locking again would move its date).
            if (created || stored.TextStatus == TextStatuses.Pending) await locks.LockAsync(stored, CancellationToken.None);
            if (!created)
            {
                // Stored by an instance that stopped before answering or announcing it (killed): nobody else may know the
                // work is owed, so it is queued here too (the lease decides who runs it).
                if (stored.TextStatus == TextStatuses.Pending) await processor.EnqueueAsync(stored, CancellationToken.None);
                return (stored, false);
            }
            // From here on the upload is safe: the workers read it in the background (IngestWorkers), and the answer
            // says "pending" until they are done. Other instances over the store learn of it before the answer.
            await processor.EnqueueAsync(stored, CancellationToken.None);
            await feed.AnnounceAsync(CancellationToken.None);
            return (stored, true);
        }
        finally
        {
            idLock.Release();
        }
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
}
