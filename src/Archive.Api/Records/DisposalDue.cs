using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>
/// What may be proposed for destruction on a given day: dossiers whose disposal date has come, and loose
/// documents whose kind's period has run out. A document in a dossier goes with its dossier; "vĩnh viễn"
/// never comes due; a document without a line in the schedule is never listed (nobody decided its period).
/// Held items are listed, marked, so that nobody wonders where they went.
/// </summary>
public sealed class DisposalDue(DossierRegister dossiers, DocumentCatalog catalog, HoldRegister holds, RetentionSchedule schedule)
{
    public async Task<IReadOnlyList<DueItem>> ListAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rules = await schedule.CurrentAsync(cancellationToken);
        var items = new List<DueItem>();
        foreach (var dossier in dossiers.All)
        {
            if (dossier.DisposalDate is not { } date || date > today) continue;
            var hold = holds.Find(LegalHold.DossierTarget, dossier.Id)
                ?? dossier.DocumentIds.Select(d => holds.Find(LegalHold.DocumentTarget, d)).FirstOrDefault(h => h is not null);
            items.Add(new DueItem(LegalHold.DossierTarget, dossier.Id, dossier.Title, dossier.Code, dossier.Retention, date,
                dossier.DocumentIds.Count, hold is not null, hold?.Reason));
        }
        // Filed documents follow their dossier: one set of them, not a walk through every dossier per document.
        var filed = dossiers.All.SelectMany(d => d.DocumentIds).ToHashSet(StringComparer.Ordinal);
        foreach (var document in catalog.All)
        {
            if (filed.Contains(document.Id)) continue;
            var retention = DocumentRetention.For(document, null, rules);
            if (retention is not { Retention: { } period, DisposalDate: { } date } || date > today) continue;
            var hold = holds.Find(LegalHold.DocumentTarget, document.Id);
            items.Add(new DueItem(LegalHold.DocumentTarget, document.Id, document.Title, document.Number, period, date, 1, hold is not null, hold?.Reason));
        }
        return items.OrderBy(i => i.DisposalDate).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }
}
