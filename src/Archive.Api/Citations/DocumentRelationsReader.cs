using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// Reads a document's <see cref="DocumentRelations"/> from the citation graph: its citations grouped by the document
/// they name (archived or not), the documents citing it grouped by source, each placed under its weightiest relation
/// (<see cref="RelationLabels.Weight"/>) with every part cited.
/// </summary>
public sealed class DocumentRelationsReader(DocumentCatalog catalog, CitationGraph graph)
{
    public DocumentRelations? Of(string id)
    {
        if (catalog.Find(id) is not { } record) return null;
        return new DocumentRelations(DocumentLink.Of(record), record.Status, record.StatusSource, Cites(id), CitedBy(id));
    }

    private IReadOnlyList<RelationGroup> Cites(string id)
    {
        // Keyed by the archived target, else by what identifies the cited document; in the order the text first cites each.
        var targets = new List<(string Key, DocumentRecord? Target, List<Citation> Citations)>();
        foreach (var (citation, target) in graph.Outgoing(id))
        {
            if (citation.Self || citation.OwnTitle) continue;
            var key = target is not null ? "id:" + target.Id : CitationGraph.IdentityOf(citation);
            if (key is null) continue;
            var index = targets.FindIndex(t => t.Key == key);
            if (index < 0) targets.Add((key, target, [citation]));
            else targets[index].Citations.Add(citation);
        }
        return Group(targets.Select(t => (Strongest(t.Citations), Related(t.Target, t.Citations))), RelationLabels.Cites);
    }

    private IReadOnlyList<RelationGroup> CitedBy(string id)
    {
        var sources = graph.CitedBy(id)
            .GroupBy(c => c.Source.Id)
            .Select(g => (Source: g.First().Source, Citations: g.Select(c => c.Citation).OrderBy(c => c.Start).ToList()))
            .OrderBy(s => s.Source.IssuedOn ?? DateOnly.MaxValue).ThenBy(s => s.Source.Number, StringComparer.Ordinal).ThenBy(s => s.Source.Id, StringComparer.Ordinal);
        return Group(sources.Select(s =>
        {
            var link = DocumentLink.Of(s.Source);
            return (Strongest(s.Citations), new RelatedDocument(DocumentNames.Of(link), link, null, CitedParts.Describe(s.Citations), s.Source.Status, s.Source.StatusSource));
        }), RelationLabels.CitedBy);
    }

    private static RelatedDocument Related(DocumentRecord? target, List<Citation> citations)
    {
        var first = citations[0];
        var cited = new CitedAs(first.Kind, first.Symbol, first.Symbol is null ? first.Title : null,
            citations.Select(c => c.Date).FirstOrDefault(d => d is not null), citations.Select(c => c.Issuer).FirstOrDefault(i => i is not null));
        var parts = CitedParts.Describe(citations);
        if (target is null)
            return new RelatedDocument(DocumentNames.Of(cited.Kind, cited.Symbol, cited.Title), null, cited, parts, null, null);
        var link = DocumentLink.Of(target);
        var located = citations.FirstOrDefault(c => c.Article is not null);
        return new RelatedDocument(DocumentNames.Of(link), link, cited, parts, target.Status, target.StatusSource)
        {
            Anchor = located is null ? null : Archive.Indexer.Structure.StructureAnchors.ForLocators(located.Article, located.Clause, located.Point),
        };
    }

    private static CitationRelation Strongest(IEnumerable<Citation> citations) =>
        citations.Select(c => c.Relation).MaxBy(RelationLabels.Weight);

    private static IReadOnlyList<RelationGroup> Group(IEnumerable<(CitationRelation Relation, RelatedDocument Document)> related, Func<CitationRelation, string> label)
    {
        var all = related.ToList();
        return RelationLabels.Order
            .Select(relation => new RelationGroup(relation, label(relation), all.Where(r => r.Relation == relation).Select(r => r.Document).ToList()))
            .Where(g => g.Documents.Count > 0)
            .ToList();
    }
}
