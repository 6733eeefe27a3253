using Archive.Indexer.Structure;

namespace Archive.Api.Web.Shared;

/// <summary>
/// One part of a long document's page (<see cref="DocumentParts"/>): the units it shows (<paramref name="Nodes"/>), or
/// a stretch of <paramref name="Text"/> for a text without units, and the anchors it holds.
/// </summary>
public sealed record DocumentPart(IReadOnlyList<StructureNode> Nodes, string? Text, IReadOnlyList<string> Anchors)
{
    /// <summary>
    /// "Chương II: Điều 111 – Điều 220": the largest units that begin in the part (Phần, else Chương, else Mục) and the
    /// first and last articles (or appendices, plan items) it begins; "Điều 221 – Điều 300" for a part that continues a
    /// chapter begun earlier. Null for a text without units.
    /// </summary>
    public string? Span
    {
        get
        {
            var begun = Nodes.SelectMany(n => n.DescendantsAndSelf()).Where(n => n.Anchor is not null && n.Label.Length > 0).ToList();
            var heads = begun.Where(n => n.Kind is StructureKind.Part or StructureKind.Chapter or StructureKind.Section).ToList();
            var top = heads.Count == 0 ? null : (StructureKind?)heads.Min(n => n.Kind);
            var headRange = Range(heads.Where(n => n.Kind == top).Select(n => n.Label).ToList());
            var unitRange = Range(begun.Where(n => n.Kind is StructureKind.Article or StructureKind.Appendix or StructureKind.Item).Select(n => n.Label).ToList());
            return headRange is null ? unitRange : unitRange is null ? headRange : $"{headRange}: {unitRange}";
        }
    }

    private static string? Range(List<string> labels) => labels.Count switch
    {
        0 => null,
        1 => labels[0],
        _ => $"{labels[0]} – {labels[^1]}",
    };
}
