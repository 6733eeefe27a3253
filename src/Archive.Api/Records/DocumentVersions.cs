using System.Security.Cryptography;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Ingest;
using Archive.Indexer.Extraction;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// New versions of a document (the amended hương ước, a better scan). Each version keeps its own original under its
/// own key (<see cref="StoreLayout.Original(string, int)"/>: none is ever overwritten), its hash, size, name, uploader
/// and time in the record (<see cref="DocumentRecord.FormerVersions"/>), the text it had
/// (<see cref="StoreLayout.VersionText"/>) and its audit entry. The new version becomes the current one and goes
/// through the same ingest queue as an upload, so it is what is searched and published once read.
/// </summary>
/// <remarks>
/// Refused while the document is still being read (a run of the pipeline on the old version would write its text over
/// the new one), in a closed dossier, once destroyed, when the bytes are the current version's, and when another
/// document holds them (its original or one of its versions: one file is one record).
/// </remarks>
public sealed class DocumentVersions(
    IObjectStore store, DocumentCatalog catalog, DocumentProcessor processor, IngestQueue queue, DossierRegister dossiers,
    DisposalRegister disposal, OriginalLocks locks, DocumentDestruction destruction, AuditTrail audit, ChangeFeed feed,
    ILogger<DocumentVersions> logger)
{
    private static readonly TimeSpan JobEndWait = TimeSpan.FromSeconds(10);

    /// <summary>How long an upload may take between claiming a version and recording it before its claim may be taken over.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(30);

    /// <summary>Every version of the document, newest first; null when there is no such document.</summary>
    public static IReadOnlyList<DocumentVersion> Of(DocumentRecord record) =>
        [DocumentVersion.CurrentOf(record), .. record.FormerVersions.OrderByDescending(v => v.Version)];

    /// <summary>Archives <paramref name="content"/> (a seekable stream) as the next version of document <paramref name="id"/>.</summary>
    public async Task<VersionResult> AddAsync(string id, Stream content, string fileName, AuditActor actor, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } found)
            return disposal.TombstoneOf(LegalHold.DocumentTarget, id) is { } tombstone
                ? new(VersionOutcome.Destroyed, Tombstone: tombstone)
                : new(VersionOutcome.NotFound);
        if (dossiers.DossierOf(id) is { IsClosed: true } || found.TextStatus == TextStatuses.Pending) return Refusal(found)!;

        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        if (ContentSniffer.Sniff(content) is not { } sniffed) return new(VersionOutcome.UnsupportedType);

        // The job that read the document may still be finishing its last steps after its record says "ok"; a new version
        // queued meanwhile would be taken for that job and never read. Past the wait, Refusal says "still processing".
        try
        {
            await queue.EndedAsync(id, cancellationToken).WaitAsync(JobEndWait, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
        if (catalog.Find(id) is not { } current) return new(VersionOutcome.NotFound);
        if (Refusal(current) is { } refused) return refused;
        if (current.Sha256 == sha256) return new(VersionOutcome.Identical, current);
        // One file, one record: the same bytes uploaded as a new document answer the document that holds them, so as a
        // version of another document they are refused, naming the document that holds them.
        if (catalog.HolderOf(sha256, except: id) is { } holder) return new(VersionOutcome.HeldByOther, current, Other: holder);

        var next = current.Version + 1;
        var claim = new VersionClaim(sha256, DateTimeOffset.UtcNow);
        // Another upload (here or in another instance over the same store) is writing this version's original.
        if (!await ClaimAsync(id, next, claim, cancellationToken)) return new(VersionOutcome.Busy, current);
        try
        {
            // Another instance may have recorded this version (and let its claim go) before this one's catalog heard of
            // it: the record as the store has it now decides, before any original is written.
            var inStore = await catalog.ReloadAsync(id, cancellationToken);
            if (inStore is null) return new(VersionOutcome.NotFound);
            if (inStore.Version != current.Version) return new(VersionOutcome.Busy, inStore);
            content.Position = 0;
            await store.PutAsync(StoreLayout.Original(id, next), content, sniffed.ContentType, cancellationToken);
            await KeepTextAsync(current, cancellationToken);
            await ForgetDerivedAsync(id, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            var name = SafeFileName.Clean(fileName, sniffed.Extension);
            var stored = await catalog.UpdateAsync(id, r => r.Version != current.Version ? null : r with
            {
                Version = next,
                Sha256 = sha256,
                FileName = name,
                ContentType = sniffed.ContentType,
                Size = content.Length,
                VersionUploadedAt = now,
                UploadedBy = actor.User,
                FormerVersions = [.. r.FormerVersions, DocumentVersion.CurrentOf(r)],
                TextStatus = TextStatuses.Pending,
                TextError = null,
                PageCount = null,
                Pages = null,
                Ocr = null,
                TextSource = null,
                TextConversions = [],
                TextWarnings = [],
            }, cancellationToken);
            // The record changed meanwhile (a claim taken over after ClaimLifetime): its record stands, this upload is refused.
            if (stored is null || stored.Version != next || stored.Sha256 != sha256) return new(VersionOutcome.Busy, stored);
            await locks.LockAsync(stored, cancellationToken);
            // A hold placed before this version came covers it too.
            if (destruction.HoldOn(id) is not null) await locks.MirrorHoldAsync([id], on: true, cancellationToken);
            await audit.AppendAsync(actor, AuditActions.VersionUpload, id,
                $"Phiên bản {next}: {name} (SHA-256 {sha256[..16]}…), thay phiên bản {current.Version}: {current.FileName}", cancellationToken);
            await processor.EnqueueAsync(stored, CancellationToken.None);
            // Other instances learn of the new version before the answer (ChangeFeed.AnnounceAsync).
            await feed.AnnounceAsync(CancellationToken.None);
            return new(VersionOutcome.Done, stored);
        }
        finally
        {
            await ReleaseAsync(id, next, claim);
        }
    }

    /// <summary>
    /// Takes version <paramref name="version"/> of the document for this upload: a create-only write, so of two uploads
    /// only one stores that version's original. A claim older than <see cref="ClaimLifetime"/> (its upload stopped
    /// before recording the version) is taken over with a conditional write, so at most one upload takes it over.
    /// </summary>
    private async Task<bool> ClaimAsync(string id, int version, VersionClaim claim, CancellationToken cancellationToken)
    {
        var key = StoreLayout.VersionClaim(id, version);
        if (await StoredJson.PutIfAsync(store, key, claim, null, cancellationToken) is not null) return true;
        if (await StoredJson.ReadVersionedAsync<VersionClaim>(store, key, cancellationToken) is not { } held)
            return await StoredJson.PutIfAsync(store, key, claim, null, cancellationToken) is not null;
        if (claim.TakenAt - held.Value.TakenAt < ClaimLifetime) return false;
        return await StoredJson.PutIfAsync(store, key, claim, held.Version, cancellationToken) is not null;
    }

    /// <summary>
    /// Removes this upload's claim once the version is recorded or the upload gave up; a claim taken over is left. A later
    /// upload may then claim the same number from a catalog that has not heard of the version yet: it reads the record
    /// again after claiming and is refused.
    /// </summary>
    private async Task ReleaseAsync(string id, int version, VersionClaim claim)
    {
        var key = StoreLayout.VersionClaim(id, version);
        try
        {
            if (await StoredJson.ReadAsync<VersionClaim>(store, key, CancellationToken.None) == claim)
                await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception e) when (e is StoreOutageException or IOException)
        {
            // The upload's answer stands; a claim left behind frees itself after ClaimLifetime.
            logger.LogWarning(e, "The claim on version {Version} of {Id} could not be removed", version, id);
        }
    }

    private VersionResult? Refusal(DocumentRecord record)
    {
        if (dossiers.DossierOf(record.Id) is { IsClosed: true } closed) return new(VersionOutcome.InClosedDossier, record, Dossier: closed);
        if (record.TextStatus == TextStatuses.Pending || queue.Has(record.Id)) return new(VersionOutcome.Processing, record);
        return null;
    }

    /// <summary>The text the replaced version had stays with it, as it was read.</summary>
    private async Task KeepTextAsync(DocumentRecord current, CancellationToken cancellationToken)
    {
        await using var text = await store.OpenReadAsync(StoreLayout.Text(current.Id), cancellationToken);
        if (text is null) return;
        using var copy = new MemoryStream();
        await text.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        await store.PutAsync(StoreLayout.VersionText(current.Id, current.Version), copy, "text/plain; charset=utf-8", cancellationToken);
    }

    /// <summary>
    /// What was made from the replaced original (the rendition, page pictures, recognized pages) must not be shown
    /// for, or resumed into, the new one; it is made again from the new original when asked for.
    /// </summary>
    private async Task ForgetDerivedAsync(string id, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(StoreLayout.Rendition(id), cancellationToken);
        foreach (var prefix in new[] { StoreLayout.PagePictures(id), StoreLayout.OcrPages(id) })
        {
            var keys = new List<string>();
            await foreach (var key in store.ListAsync(prefix, cancellationToken)) keys.Add(key);
            foreach (var key in keys) await store.DeleteAsync(key, cancellationToken);
        }
    }
}
