using Archive.Api.Documents;

namespace Archive.Api.Citations;

/// <summary>
/// Keeps each record's validity (<see cref="DocumentRecord.Status"/>, see <see cref="LegalValidity"/>) in step with
/// what other archived documents say of it, in whichever order they arrive: after a document's citations are known,
/// its own status is re-read (an earlier upload may already replace it) and so is the status of every document it
/// amends, replaces or repeals. A correction of a number, kind, date or title can change what any citation resolves
/// to, so it re-reads every record's validity; so does every start, which repairs records written before a rule changed.
/// </summary>
public sealed class ValidityTracker(DocumentCatalog catalog, CitationGraph graph, ILogger<ValidityTracker> logger)
{
    public async Task RefreshAfterAsync(string id, CancellationToken cancellationToken)
    {
        await RefreshAsync(id, graph.StatedValidity(id), cancellationToken);
        var affected = graph.Outgoing(id)
            .Where(c => c.Target is not null && ValidityStatement.Speaks(c.Citation.Relation))
            .Select(c => c.Target!.Id)
            .Where(target => target != id)
            .Distinct();
        foreach (var target in affected) await RefreshAsync(target, graph.StatedValidity(target), cancellationToken);
    }

    /// <summary>
    /// After a metadata correction: the fields citations are resolved by (number, kind, date, title) may link a
    /// citation to this record, or away from it, or change whether it has a validity at all. An issuer alone changes nothing.
    /// </summary>
    public Task RefreshAfterCorrectionAsync(DocumentRecord before, DocumentRecord after, CancellationToken cancellationToken) =>
        before.Number == after.Number && before.Kind == after.Kind && before.IssuedOn == after.IssuedOn && before.Title == after.Title
            ? Task.CompletedTask
            : RefreshAllAsync(cancellationToken);

    /// <summary>Re-reads every record's validity in one pass; saves those that changed and returns their ids.</summary>
    public async Task<IReadOnlyList<string>> RefreshAllAsync(CancellationToken cancellationToken)
    {
        var stated = graph.StatedValidity();
        var changed = new List<string>();
        foreach (var id in catalog.All.Select(r => r.Id).ToList())
            if (await RefreshAsync(id, stated.GetValueOrDefault(id), cancellationToken)) changed.Add(id);
        if (changed.Count > 0) logger.LogInformation("Validity re-read: {Count} documents changed", changed.Count);
        return changed;
    }

    private async Task<bool> RefreshAsync(string id, ValidityStatement? stated, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return false;
        var (status, source) = LegalValidity.Of(record, stated);
        if (record.Status == status && record.StatusSource == source) return false;
        // Applied to the newest record (one writer): a publication or extraction written meanwhile is kept.
        await catalog.UpdateAsync(id, current =>
        {
            var (now, from) = LegalValidity.Of(current, stated);
            return current with { Status = now, StatusSource = from, ChangedAt = DateTimeOffset.UtcNow };
        }, cancellationToken);
        return true;
    }
}
