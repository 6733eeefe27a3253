using System.Globalization;
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
    /// <summary>The schedule in force, for judging loose documents.</summary>
    public Task<RetentionScheduleState> ScheduleAsync(CancellationToken cancellationToken) => schedule.CurrentAsync(cancellationToken);

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

    /// <summary>
    /// Why these may not be destroyed on <paramref name="today"/>, one Vietnamese line each (empty when all may):
    /// not due yet, kept "vĩnh viễn", no period decided, filed in a dossier (it goes with its dossier), or held.
    /// Asked when a proposal is made and again when it is approved: a hold may have come in between.
    /// </summary>
    public async Task<IReadOnlyList<string>> ObstaclesAsync(IEnumerable<string> dossierIds, IEnumerable<string> documentIds, DateOnly today,
        CancellationToken cancellationToken)
    {
        var rules = await schedule.CurrentAsync(cancellationToken);
        var obstacles = new List<string>();
        foreach (var id in dossierIds)
        {
            if (dossiers.Find(id) is not { } dossier)
            {
                obstacles.Add($"Không có hồ sơ '{id}'.");
                continue;
            }
            var name = DossierProblems.Capitalized(DossierRegister.Describe(dossier));
            if (Judge(name, dossier.Retention, dossier.DisposalDate, today) is { } problem) obstacles.Add(problem);
            var hold = holds.Find(LegalHold.DossierTarget, dossier.Id)
                ?? dossier.DocumentIds.Select(d => holds.Find(LegalHold.DocumentTarget, d)).FirstOrDefault(h => h is not null);
            if (hold is not null) obstacles.Add($"{name} đang bị phong tỏa: {hold.Reason}.");
        }
        foreach (var id in documentIds)
        {
            if (catalog.Find(id) is not { } document)
            {
                obstacles.Add($"Không có văn bản '{id}'.");
                continue;
            }
            var name = $"Văn bản '{document.Title}' ({id})";
            if (dossiers.DossierOf(id) is { } holder)
            {
                obstacles.Add($"{name} thuộc {DossierRegister.Describe(holder)}: văn bản trong hồ sơ chỉ được hủy cùng hồ sơ.");
                continue;
            }
            var retention = DocumentRetention.For(document, null, rules);
            if (retention.Retention is not { } period) obstacles.Add($"{name}: {retention.Basis}");
            else if (Judge(name, period, retention.DisposalDate, today) is { } problem) obstacles.Add(problem);
            if (holds.Find(LegalHold.DocumentTarget, id) is { } hold) obstacles.Add($"{name} đang bị phong tỏa: {hold.Reason}.");
        }
        return obstacles;
    }

    private static string? Judge(string name, RetentionPeriod retention, DateOnly? disposalDate, DateOnly today) =>
        retention.IsPermanent ? $"{name} được bảo quản vĩnh viễn: không bao giờ được hủy."
        : disposalDate > today ? $"{name} chưa hết thời hạn bảo quản ({retention}): chỉ được hủy từ ngày {disposalDate.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}."
        : null;
}
