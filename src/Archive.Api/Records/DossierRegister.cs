using System.Collections.Concurrent;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// The one writer of dossiers: keeps them in <c>dossiers/{id}.json</c> (the store is the system of record)
/// and in memory for listing and for "which dossier holds this document". Every change goes through
/// <see cref="ChangeAsync"/> under one lock, because a document may belong to one dossier only and that is a
/// fact about all dossiers at once; there are few dossiers and their changes are rare.
/// </summary>
public sealed class DossierRegister(IObjectStore store, DocumentCatalog catalog, AuditTrail audit, ILogger<DossierRegister> logger)
{
    private readonly ConcurrentDictionary<string, Dossier> dossiers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    public Dossier? Find(string id) => dossiers.GetValueOrDefault(id);

    public IEnumerable<Dossier> All => dossiers.Values;

    /// <summary>The dossier that holds <paramref name="documentId"/>, or null for a loose document.</summary>
    public Dossier? DossierOf(string documentId) => dossiers.Values.FirstOrDefault(d => d.DocumentIds.Contains(documentId, StringComparer.Ordinal));

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await foreach (var dossier in StoredJson.ReadAllAsync<Dossier>(store, RecordKeys.DossierPrefix, logger, cancellationToken))
            dossiers[dossier.Id] = dossier;
        logger.LogInformation("Loaded {Count} dossiers from the store", dossiers.Count);
    }

    public Task<DossierResult> CreateAsync(DossierDraft draft, AuditActor actor) =>
        WriteAsync(actor, () =>
        {
            if (dossiers.Values.FirstOrDefault(d => d.Year == draft.Year && string.Equals(d.Code, draft.Code, StringComparison.OrdinalIgnoreCase)) is { } same)
                return new DossierResult(DossierOutcome.DuplicateCode, Other: same);
            var now = DateTimeOffset.UtcNow;
            var dossier = new Dossier
            {
                Id = RecordKeys.NewDossierId(), Code = draft.Code, Title = draft.Title, Year = draft.Year, Retention = draft.Retention,
                Unit = draft.Unit, Responsible = draft.Responsible, CreatedAt = now,
                History = [new DossierEvent(now, actor.User, AuditActions.DossierCreate)],
            };
            return new DossierResult(DossierOutcome.Done, dossier);
        }, d => (AuditActions.DossierCreate, null, $"{Describe(d)}, thời hạn bảo quản {d.Retention}"));

    public Task<DossierResult> AddDocumentAsync(string id, string documentId, AuditActor actor) =>
        ChangeAsync(id, actor, dossier =>
        {
            if (catalog.Find(documentId) is null) return new DossierResult(DossierOutcome.DocumentNotFound, dossier);
            if (DossierOf(documentId) is { } holder)
                return holder.Id == id ? new DossierResult(DossierOutcome.Done, dossier) : new DossierResult(DossierOutcome.InOtherDossier, dossier, holder);
            return Changed(dossier with { DocumentIds = [.. dossier.DocumentIds, documentId] }, actor, AuditActions.DossierAddDocument, documentId);
        }, d => (AuditActions.DossierAddDocument, documentId, $"vào {Describe(d)}"));

    public Task<DossierResult> RemoveDocumentAsync(string id, string documentId, AuditActor actor) =>
        ChangeAsync(id, actor, dossier => !dossier.DocumentIds.Contains(documentId, StringComparer.Ordinal)
            ? new DossierResult(DossierOutcome.NotInDossier, dossier)
            : Changed(dossier with { DocumentIds = dossier.DocumentIds.Where(d => d != documentId).ToList() }, actor, AuditActions.DossierRemoveDocument, documentId),
            d => (AuditActions.DossierRemoveDocument, documentId, $"khỏi {Describe(d)}"));

    public Task<DossierResult> CloseAsync(string id, string reason, AuditActor actor) =>
        ChangeAsync(id, actor, dossier =>
            Changed(dossier with { Status = DossierStatuses.Closed, ClosedAt = DateTimeOffset.UtcNow }, actor, AuditActions.DossierClose, reason: reason),
            d => (AuditActions.DossierClose, null, $"{Describe(d)}, {d.DocumentIds.Count} văn bản — lý do: {reason.Trim()}"));

    /// <summary>The only change a closed dossier accepts (admins only, with a reason, audited).</summary>
    public Task<DossierResult> ReopenAsync(string id, string reason, AuditActor actor) =>
        WriteAsync(actor, () => Find(id) switch
        {
            null => new DossierResult(DossierOutcome.NotFound),
            { IsClosed: false } open => new DossierResult(DossierOutcome.AlreadyOpen, open),
            var closed => Changed(closed with { Status = DossierStatuses.Open, ClosedAt = null }, actor, AuditActions.DossierReopen, reason: reason),
        }, d => (AuditActions.DossierReopen, null, $"{Describe(d)} — lý do: {reason.Trim()}"));

    /// <summary>
    /// A destroyed dossier leaves the register: its object (every version) is removed from the store. Only
    /// <see cref="DisposalRegister"/> calls this, after its documents are destroyed and its tombstone is written.
    /// </summary>
    public async Task<int> ForgetDestroyedAsync(string id, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var removed = await store.DestroyAsync(RecordKeys.Dossier(id), cancellationToken);
            dossiers.TryRemove(id, out _);
            return removed;
        }
        finally
        {
            gate.Release();
        }
    }

    public static string Describe(Dossier dossier) => $"hồ sơ {dossier.Code}/{dossier.Year} «{dossier.Title}» ({dossier.Id})";

    private static DossierResult Changed(Dossier dossier, AuditActor actor, string action, string? documentId = null, string? reason = null) =>
        new(DossierOutcome.Done, dossier with { History = [.. dossier.History, new DossierEvent(DateTimeOffset.UtcNow, actor.User, action, documentId, reason?.Trim())] });

    /// <summary>A change to an open dossier: a closed one answers <see cref="DossierOutcome.Closed"/> and stays as it is.</summary>
    private Task<DossierResult> ChangeAsync(string id, AuditActor actor, Func<Dossier, DossierResult> change, Func<Dossier, (string, string?, string)> audited) =>
        WriteAsync(actor, () => Find(id) switch
        {
            null => new DossierResult(DossierOutcome.NotFound),
            { IsClosed: true } closed => new DossierResult(DossierOutcome.Closed, closed),
            var open => change(open),
        }, audited);

    /// <summary>Decides under the lock; a changed dossier is written to the store, then published in memory, then audited.</summary>
    private async Task<DossierResult> WriteAsync(AuditActor actor, Func<DossierResult> decide, Func<Dossier, (string Action, string? DocumentId, string Details)> audited)
    {
        await gate.WaitAsync();
        try
        {
            var result = decide();
            if (result.Outcome != DossierOutcome.Done || result.Dossier is not { } dossier || ReferenceEquals(dossier, Find(dossier.Id)))
                return result;
            await StoredJson.WriteAsync(store, RecordKeys.Dossier(dossier.Id), dossier, CancellationToken.None);
            dossiers[dossier.Id] = dossier;
            var (action, documentId, details) = audited(dossier);
            await audit.AppendAsync(actor, action, documentId, details);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }
}
