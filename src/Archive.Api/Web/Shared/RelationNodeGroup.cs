using Archive.Indexer.Legal;

namespace Archive.Api.Web.Shared;

/// <summary>The documents of one relation as shown, with the class that colours the relation in the lists and the diagram.</summary>
public sealed record RelationNodeGroup(CitationRelation Relation, string Label, IReadOnlyList<RelationNode> Nodes)
{
    public string CssClass => "rel-" + Relation.ToString().ToLowerInvariant();
}
