using Archive.Api.Audit;
using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>
/// Disposal that cannot be done by accident: a proposal (<see cref="DisposalRegister"/>) is carried out only when a
/// different admin approves it with a reason, and only after checking again that nothing in it is held, permanent
/// or not yet due. Each document goes through <see cref="DocumentDestruction"/> (the one deletion path, which
/// refuses held documents); each destroyed document and dossier leaves a <see cref="DisposalTombstone"/>; every
/// step is audited.
/// </summary>
public sealed class DisposalExecution(DisposalRegister register, DossierRegister dossiers, DocumentCatalog catalog, DisposalDue due,
    DocumentDestruction destruction, AuditTrail audit)
{
    /// <summary>
    /// Approves and carries out: refused to the proposer, and when anything still in it may not be destroyed. A run
    /// cut short (the store failed half way) is finished by approving again; what is already destroyed is skipped.
    /// </summary>
    public Task<DisposalResult> ApproveAsync(string id, string reason, AuditActor actor, DateOnly today, CancellationToken cancellationToken) =>
        register.ExclusiveAsync(async () =>
        {
            if (register.Find(id) is not { } proposal) return new DisposalResult(DisposalOutcome.NotFound);
            if (proposal.Status == DisposalProposal.CarriedOut) return new DisposalResult(DisposalOutcome.AlreadyCarriedOut, proposal);
            if (string.Equals(proposal.ProposedBy, actor.User, StringComparison.Ordinal)) return new DisposalResult(DisposalOutcome.SameAdmin, proposal);

            var dossierIds = proposal.DossierIds.Where(d => register.TombstoneOf(LegalHold.DossierTarget, d) is null).ToList();
            var documentIds = proposal.DocumentIds.Where(d => register.TombstoneOf(LegalHold.DocumentTarget, d) is null).ToList();
            var obstacles = await due.ObstaclesAsync(dossierIds, documentIds, today, cancellationToken);
            if (obstacles.Count > 0) return new DisposalResult(DisposalOutcome.Refused, proposal, obstacles);

            proposal = proposal with
            {
                Status = DisposalProposal.CarryingOut, ApprovedBy = actor.User, ApprovalReason = reason.Trim(), ApprovedAt = DateTimeOffset.UtcNow,
            };
            await register.SaveAsync(proposal, cancellationToken);
            await audit.AppendAsync(actor, AuditActions.DisposalApprove, null,
                $"Duyệt đề nghị hủy {proposal.Id} của {proposal.ProposedBy} — lý do: {proposal.ApprovalReason}", CancellationToken.None);

            foreach (var dossierId in dossierIds)
                await DestroyDossierAsync(dossiers.Find(dossierId)!, proposal, actor, cancellationToken);
            foreach (var documentId in documentIds)
                await DestroyDocumentAsync(catalog.Find(documentId)!, null, proposal, actor, cancellationToken);

            proposal = proposal with { Status = DisposalProposal.CarriedOut, CarriedOutAt = DateTimeOffset.UtcNow };
            await register.SaveAsync(proposal, cancellationToken);
            return new DisposalResult(DisposalOutcome.Done, proposal);
        }, cancellationToken);

    private async Task DestroyDossierAsync(Dossier dossier, DisposalProposal proposal, AuditActor actor, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var documentId in dossier.DocumentIds)
            if (catalog.Find(documentId) is { } document)
                removed += await DestroyDocumentAsync(document, dossier, proposal, actor, cancellationToken);
        var tombstone = Tombstone(LegalHold.DossierTarget, dossier.Id, dossier.Title, proposal) with
        {
            Code = dossier.Code, Year = dossier.Year, DocumentIds = dossier.DocumentIds, Retention = dossier.Retention.ToString(),
            DisposalDate = dossier.DisposalDate, ObjectsDestroyed = removed,
        };
        await register.KeepAsync(tombstone, cancellationToken);
        removed += await dossiers.ForgetDestroyedAsync(dossier.Id, cancellationToken);
        await audit.AppendAsync(actor, AuditActions.DisposalDestroy, null,
            $"Đã hủy {DossierRegister.Describe(dossier)}, {dossier.DocumentIds.Count} văn bản, theo đề nghị {proposal.Id} của {proposal.ProposedBy}", CancellationToken.None);
    }

    private async Task<int> DestroyDocumentAsync(DocumentRecord document, Dossier? dossier, DisposalProposal proposal, AuditActor actor,
        CancellationToken cancellationToken)
    {
        // A filed document follows its dossier; a loose one its kind's line, as the due list judged it.
        var own = dossier is null ? DocumentRetention.For(document, null, await due.ScheduleAsync(cancellationToken)) : null;
        var removed = await destruction.DestroyAsync(document.Id, cancellationToken);
        await register.KeepAsync(Tombstone(LegalHold.DocumentTarget, document.Id, document.Title, proposal) with
        {
            Code = document.Number, Kind = document.Kind, IssuedOn = document.IssuedOn, FileName = document.FileName, Sha256 = document.Sha256,
            Size = document.Size, FormerVersions = document.FormerVersions, DossierId = dossier?.Id,
            Retention = dossier?.Retention.ToString() ?? own?.Retention?.ToString() ?? "", DisposalDate = dossier?.DisposalDate ?? own?.DisposalDate,
            ObjectsDestroyed = removed,
        }, cancellationToken);
        await audit.AppendAsync(actor, AuditActions.DisposalDestroy, document.Id,
            $"Đã hủy văn bản «{document.Title}» (SHA-256 {document.Sha256}, {removed} đối tượng trong kho) theo đề nghị {proposal.Id} của {proposal.ProposedBy}",
            CancellationToken.None);
        return removed;
    }

    private static DisposalTombstone Tombstone(string target, string id, string title, DisposalProposal proposal) => new()
    {
        Target = target, Id = id, Title = title, Retention = "", ObjectsDestroyed = 0, ProposalId = proposal.Id, ProposedBy = proposal.ProposedBy,
        ApprovedBy = proposal.ApprovedBy!, ProposalReason = proposal.Reason, ApprovalReason = proposal.ApprovalReason!, DestroyedAt = DateTimeOffset.UtcNow,
    };
}
