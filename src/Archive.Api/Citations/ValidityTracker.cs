using Archive.Api.Documents;

namespace Archive.Api.Citations;

/// <summary>
/// Keeps each record's validity (<see cref="DocumentRecord.Status"/>, see <see cref="LegalValidity"/>) in step with
/// what other archived documents say of it, in whichever order they arrive: after a document's citations are known,
/// its own status is re-read (an earlier upload may already replace it) and so is the status of every document it
/// amends, replaces or repeals. A correction of a number, kind, date or title can change what the citations of that
/// number or title resolve to, so it re-reads those documents' validity; every start re-reads all of it, which repairs
/// records written before a rule changed.
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
    /// <paramref name="record"/> with the validity its citations and the archive's other documents give it now: folded
    /// into a record write already being made (the pipeline's outcome), so that <see cref="RefreshAfterAsync"/> finds it
    /// right and does not write the record once more.
    /// </summary>
    public DocumentRecord WithOwnValidity(DocumentRecord record)
    {
        var (status, source) = LegalValidity.Of(record, graph.StatedValidity(record.Id));
        return record.Status == status && record.StatusSource == source ? record : record with { Status = status, StatusSource = source };
    }

    /// <summary>
    /// After a metadata correction: the fields citations are resolved by (number, kind, date, title) may link a
    /// citation to this record, or away from it, or change whether it has a validity at all; only the documents
    /// sharing a number or title with the record before or after, or named by its own citations, can be touched
    /// (<see cref="CitationGraph.AffectedByChange"/>). An issuer alone changes nothing.
    /// </summary>
    public async Task RefreshAfterCorrectionAsync(DocumentRecord before, DocumentRecord after, CancellationToken cancellationToken)
    {
        if (before.Number == after.Number && before.Kind == after.Kind && before.IssuedOn == after.IssuedOn && before.Title == after.Title) return;
        foreach (var id in graph.AffectedByChange(before, after))
            await RefreshAsync(id, graph.StatedValidity(id), cancellationToken);
    }

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
