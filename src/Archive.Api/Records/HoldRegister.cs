using System.Collections.Concurrent;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>The one writer of legal holds: the store keeps them (<see cref="RecordKeys.Hold"/>), memory answers "is this held?".</summary>
public sealed class HoldRegister(IObjectStore store, AuditTrail audit, OriginalLocks locks, DossierRegister dossiers, ILogger<HoldRegister> logger)
{
    private readonly ConcurrentDictionary<string, LegalHold> holds = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    public LegalHold? Find(string target, string id) => holds.GetValueOrDefault(RecordKeys.Hold(target, id));

    public IEnumerable<LegalHold> All => holds.Values;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await foreach (var hold in StoredJson.ReadAllAsync<LegalHold>(store, RecordKeys.HoldPrefix, logger, cancellationToken))
            holds[RecordKeys.Hold(hold.Target, hold.Id)] = hold;
    }

    /// <summary>Places the hold; null when one already stands (it is kept, with its own reason).</summary>
    public async Task<LegalHold?> PlaceAsync(string target, string id, string reason, AuditActor actor)
    {
        await gate.WaitAsync();
        try
        {
            var key = RecordKeys.Hold(target, id);
            if (holds.ContainsKey(key)) return null;
            var hold = new LegalHold(target, id, reason.Trim(), actor.User, DateTimeOffset.UtcNow);
            await StoredJson.WriteAsync(store, key, hold, CancellationToken.None);
            holds[key] = hold;
            await locks.MirrorHoldAsync(Documents(target, id), on: true, CancellationToken.None);
            await audit.AppendAsync(actor, AuditActions.HoldPlace, target == LegalHold.DocumentTarget ? id : null, $"{Describe(hold)} — lý do: {hold.Reason}");
            return hold;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Lifts the hold; null when there was none.</summary>
    public async Task<LegalHold?> ReleaseAsync(string target, string id, string reason, AuditActor actor)
    {
        await gate.WaitAsync();
        try
        {
            var key = RecordKeys.Hold(target, id);
            if (!holds.TryGetValue(key, out var hold)) return null;
            await store.DeleteAsync(key);
            holds.TryRemove(key, out _);
            // A document held both by itself and by its dossier keeps the store's hold until both are lifted.
            await locks.MirrorHoldAsync(Documents(target, id).Where(d => !HeldOtherwise(d, target)), on: false, CancellationToken.None);
            await audit.AppendAsync(actor, AuditActions.HoldRelease, target == LegalHold.DocumentTarget ? id : null,
                $"{Describe(hold)}, đặt bởi {hold.PlacedBy} vì: {hold.Reason} — lý do gỡ: {reason.Trim()}");
            return hold;
        }
        finally
        {
            gate.Release();
        }
    }

    private IEnumerable<string> Documents(string target, string id) =>
        target == LegalHold.DossierTarget ? dossiers.Find(id)?.DocumentIds ?? [] : [id];

    private bool HeldOtherwise(string documentId, string liftedTarget) => liftedTarget == LegalHold.DossierTarget
        ? Find(LegalHold.DocumentTarget, documentId) is not null
        : dossiers.DossierOf(documentId) is { } dossier && Find(LegalHold.DossierTarget, dossier.Id) is not null;

    private static string Describe(LegalHold hold) => hold.Target == LegalHold.DossierTarget ? $"hồ sơ {hold.Id}" : $"văn bản {hold.Id}";
}
