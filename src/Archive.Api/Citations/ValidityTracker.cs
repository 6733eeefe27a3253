using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// Keeps each record's validity (<see cref="DocumentRecord.Status"/>) in step with what other archived
/// documents say of it, in whichever order they arrive: after a document's citations are known, its
/// own status is re-read (an earlier upload may already replace it) and so is the status of every
/// document it amends, replaces or repeals.
/// </summary>
public sealed class ValidityTracker(DocumentCatalog catalog, CitationGraph graph)
{
    public async Task RefreshAfterAsync(string id, CancellationToken cancellationToken)
    {
        await RefreshAsync(id, cancellationToken);
        var affected = graph.Outgoing(id)
            .Where(c => c.Target is not null && c.Citation.Relation is CitationRelation.Amends or CitationRelation.Replaces or CitationRelation.Repeals)
            .Select(c => c.Target!.Id)
            .Where(target => target != id)
            .Distinct();
        foreach (var target in affected) await RefreshAsync(target, cancellationToken);
    }

    private async Task RefreshAsync(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return;
        var (status, source) = graph.Validity(id);
        if (record.Status == status && record.StatusSource == source) return;
        await catalog.SaveAsync(record with { Status = status, StatusSource = source, ChangedAt = DateTimeOffset.UtcNow }, cancellationToken);
    }
}
