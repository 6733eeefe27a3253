using Archive.Indexer.Structure;

namespace Archive.Api.Web.Shared;

/// <summary>
/// One part of a long document's page (<see cref="DocumentParts"/>): the units it shows (<paramref name="Nodes"/>), or
/// a stretch of <paramref name="Text"/> for a text without units, and the anchors it holds.
/// </summary>
public sealed record DocumentPart(IReadOnlyList<StructureNode> Nodes, string? Text, IReadOnlyList<string> Anchors)
{
    /// <summary>"Điều 1 – Điều 85": the first and last numbered units the part begins (null for a text without units).</summary>
    public string? Span
    {
        get
        {
            var units = Nodes.SelectMany(n => n.DescendantsAndSelf())
                .Where(n => n.Anchor is not null && n.Kind is StructureKind.Part or StructureKind.Chapter or StructureKind.Section
                    or StructureKind.Article or StructureKind.Appendix or StructureKind.Item)
                .Select(n => n.Label).Where(l => l.Length > 0).ToList();
            return units.Count switch
            {
                0 => null,
                1 => units[0],
                _ => $"{units[0]} – {units[^1]}",
            };
        }
    }
}
