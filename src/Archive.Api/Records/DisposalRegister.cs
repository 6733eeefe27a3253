using System.Collections.Concurrent;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// The one writer of disposal proposals and tombstones (the store keeps them under <c>disposal/</c>, memory
/// answers lists). A proposal names what is due and why; <see cref="DisposalExecution"/> carries it out once a
/// different admin approves it. Needs the store only, never the index, so it loads with the other records.
/// </summary>
public sealed class DisposalRegister(IObjectStore store, DisposalDue due, AuditTrail audit, ILogger<DisposalRegister> logger)
{
    private readonly ConcurrentDictionary<string, DisposalProposal> proposals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DisposalTombstone> tombstones = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    public DisposalProposal? Find(string id) => proposals.GetValueOrDefault(id);

    public IEnumerable<DisposalProposal> All => proposals.Values;

    public IEnumerable<DisposalTombstone> Tombstones => tombstones.Values;

    public DisposalTombstone? TombstoneOf(string target, string id) => tombstones.GetValueOrDefault(RecordKeys.Tombstone(target, id));

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await foreach (var proposal in StoredJson.ReadAllAsync<DisposalProposal>(store, RecordKeys.ProposalPrefix, logger, cancellationToken))
            proposals[proposal.Id] = proposal;
        await foreach (var tombstone in StoredJson.ReadAllAsync<DisposalTombstone>(store, RecordKeys.TombstonePrefix, logger, cancellationToken))
            tombstones[RecordKeys.Tombstone(tombstone.Target, tombstone.Id)] = tombstone;
    }

    /// <summary>Runs <paramref name="work"/> alone: proposals are made and carried out one at a time.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<DisposalResult> ProposeAsync(IReadOnlyList<string> dossierIds, IReadOnlyList<string> documentIds, string reason,
        AuditActor actor, DateOnly today, CancellationToken cancellationToken) =>
        ExclusiveAsync(async () =>
        {
            var obstacles = (await due.ObstaclesAsync(dossierIds, documentIds, today, cancellationToken)).ToList();
            foreach (var pending in proposals.Values.Where(p => p.Status != DisposalProposal.CarriedOut))
                foreach (var id in pending.DossierIds.Intersect(dossierIds).Concat(pending.DocumentIds.Intersect(documentIds)))
                    obstacles.Add($"'{id}' đã nằm trong đề nghị hủy {pending.Id} của {pending.ProposedBy}, chưa thực hiện xong.");
            if (obstacles.Count > 0) return new DisposalResult(DisposalOutcome.Refused, Obstacles: obstacles);

            var proposal = new DisposalProposal
            {
                Id = RecordKeys.NewProposalId(), DossierIds = dossierIds, DocumentIds = documentIds, Reason = reason.Trim(),
                ProposedBy = actor.User, ProposedAt = DateTimeOffset.UtcNow,
            };
            await SaveAsync(proposal, cancellationToken);
            await audit.AppendAsync(actor, AuditActions.DisposalPropose, null,
                $"Đề nghị hủy {proposal.Id}: {dossierIds.Count} hồ sơ, {documentIds.Count} văn bản lẻ — lý do: {proposal.Reason}", CancellationToken.None);
            return new DisposalResult(DisposalOutcome.Done, proposal);
        }, cancellationToken);

    public async Task KeepAsync(DisposalTombstone tombstone, CancellationToken cancellationToken)
    {
        var key = RecordKeys.Tombstone(tombstone.Target, tombstone.Id);
        await StoredJson.WriteAsync(store, key, tombstone, cancellationToken);
        tombstones[key] = tombstone;
    }

    public async Task SaveAsync(DisposalProposal proposal, CancellationToken cancellationToken)
    {
        await StoredJson.WriteAsync(store, RecordKeys.Proposal(proposal.Id), proposal, cancellationToken);
        proposals[proposal.Id] = proposal;
    }
}
