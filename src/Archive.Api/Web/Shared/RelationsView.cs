using Archive.Api.Citations;
using Archive.Indexer.Legal;

namespace Archive.Api.Web.Shared;

/// <summary>
/// A document's relations as a page shows them, in lists and in the diagram (lược đồ): the document in the middle,
/// what it cites on one side, what cites it on the other. Each area decides which documents are links, and the
/// public site which ones it names at all (<paramref name="Cites"/> and <paramref name="CitedBy"/> hold only those).
/// </summary>
public sealed record RelationsView(RelationNode Center, IReadOnlyList<RelationNodeGroup> Cites, IReadOnlyList<RelationNodeGroup> CitedBy)
{
    public bool IsEmpty => Cites.Count == 0 && CitedBy.Count == 0;

    /// <param name="node">How each related document is shown in its relation; null leaves it out.</param>
    public static RelationsView For(DocumentRelations relations, RelationNode center, Func<RelatedDocument, CitationRelation, RelationNode?> node)
    {
        IReadOnlyList<RelationNodeGroup> Groups(IEnumerable<RelationGroup> groups) => groups
            .Select(g => new RelationNodeGroup(g.Relation, g.Label, g.Documents.Select(d => node(d, g.Relation)).OfType<RelationNode>().ToList()))
            .Where(g => g.Nodes.Count > 0)
            .ToList();
        return new RelationsView(center, Groups(relations.Cites), Groups(relations.CitedBy));
    }

    /// <summary>The document itself, in the middle of the diagram: never a link to itself.</summary>
    public static RelationNode CenterOf(DocumentRelations relations, Func<string, string?> url, Func<DocumentLink, string>? reference = null) =>
        RelationNode.Archived(relations.Document, null, relations.Status, relations.StatusSource, url, reference) with { Url = null };

    /// <summary>The staff pages: every archived document is a link to its staff page; missing ones say so.</summary>
    public static RelationsView ForStaff(DocumentRelations relations)
    {
        static string? Url(string id) => $"/quan-ly/van-ban/{id}";
        return For(relations, CenterOf(relations, Url), (related, _) => RelationNode.Of(related, Url, "chưa có trong kho"));
    }
}
