using Archive.Indexer.Structure;

namespace Archive.Api.Web.Shared;

/// <summary>
/// A long document's text cut into parts a page shows one at a time, so that what one request renders is bounded
/// whatever the document (a gazette volume or an OCR'd book of millions of characters would otherwise be rendered
/// whole on every visit). Parts follow the structure: whole units (chương, mục, điều, items) are kept together while
/// they fit <see cref="Budget"/>; a unit larger than that is opened and its sub-units are shown under a repeated
/// heading marked "(tiếp theo)"; a run of paragraphs with no units is cut between paragraphs (or lines). Every anchor
/// is rendered in exactly one part (<see cref="PartOf"/>), so "#dieu-500" can always be followed to its part.
/// A document within the budget is one part, shown as before.
/// </summary>
public sealed class DocumentParts
{
    /// <summary>Characters of text one part holds at most (about 200 KB of HTML).</summary>
    public const int Budget = 100_000;

    /// <summary>The page address's parameters: "?phan=3" shows part 3, "?den=dieu-500" the part that holds the anchor.</summary>
    public const string PartParameter = "phan", AnchorParameter = "den";

    private readonly Dictionary<string, int> partOfAnchor = new(StringComparer.Ordinal);

    private DocumentParts(IReadOnlyList<DocumentPart> parts)
    {
        Parts = parts;
        for (var i = 0; i < parts.Count; i++)
            foreach (var anchor in parts[i].Anchors) partOfAnchor.TryAdd(anchor, i + 1);
    }

    /// <summary>The parts in reading order; part numbers count from 1.</summary>
    public IReadOnlyList<DocumentPart> Parts { get; }

    public int Count => Parts.Count;

    /// <summary>The part (from 1) that shows <paramref name="anchor"/>, or the one showing its nearest enclosing part
    /// ("dieu-5-khoan-2" falls back on "dieu-5"); null when the document has no such anchor.</summary>
    public int? PartOf(string? anchor)
    {
        // Anchors are short ("chuong-2-muc-1-dieu-15-khoan-3"); a longer value typed into an address names none, and
        // walking it back a dash at a time would cost its length squared.
        if (anchor is null || anchor.Length > MaxAnchorLength) return null;
        for (var name = anchor; !string.IsNullOrEmpty(name); name = name.LastIndexOf('-') is > 0 and var cut ? name[..cut] : null)
            if (partOfAnchor.TryGetValue(name, out var part)) return part;
        return null;
    }

    private const int MaxAnchorLength = 200;

    public static DocumentParts Of(DocumentStructure? structure, string? text, int budget = Budget)
    {
        if (structure is null || structure.Parts.Count == 0) return OfText(text ?? "", budget);
        var pieces = new List<Piece>();
        foreach (var node in structure.Parts) Cut(node, [], budget, pieces);
        var parts = new List<List<Piece>>();
        var size = 0;
        foreach (var piece in pieces)
        {
            if (parts.Count == 0 || (size > 0 && size + piece.Size > budget))
            {
                parts.Add([]);
                size = 0;
            }
            parts[^1].Add(piece);
            size += piece.Size;
        }
        if (parts.Count <= 1) return new DocumentParts([new DocumentPart(structure.Parts, null, Anchors(structure.Parts))]);
        return new DocumentParts(parts.Select(p => Build(p)).ToList());
    }

    private static DocumentParts OfText(string text, int budget)
    {
        var parts = new List<DocumentPart>();
        for (var start = 0; start < text.Length || parts.Count == 0;)
        {
            var end = Math.Min(text.Length, start + budget);
            if (end < text.Length && text.LastIndexOf('\n', end - 1, end - start) is var newline and > 0 && newline > start) end = newline + 1;
            else if (end < text.Length && char.IsLowSurrogate(text[end])) end--; // never between the halves of one character
            parts.Add(new DocumentPart([], text[start..end], []));
            start = end;
        }
        return new DocumentParts(parts);
    }

    /// <summary>One unit kept whole, or the own paragraphs (some of them) of a unit too large to keep whole.</summary>
    private sealed record Piece(IReadOnlyList<StructureNode> Ancestors, StructureNode Node, bool Whole, int From, int To, int Size);

    private static void Cut(StructureNode node, IReadOnlyList<StructureNode> ancestors, int budget, List<Piece> pieces)
    {
        var size = SizeOf(node);
        if (size <= budget)
        {
            pieces.Add(new Piece(ancestors, node, true, 0, node.Paragraphs.Count, size));
            return;
        }
        var from = 0;
        var own = Own(node);
        do
        {
            var to = from;
            var chunk = from == 0 ? own : 0;
            while (to < node.Paragraphs.Count && (to == from || chunk + node.Paragraphs[to].Length <= budget)) chunk += node.Paragraphs[to++].Length;
            pieces.Add(new Piece(ancestors, node, false, from, to, chunk));
            from = to;
        }
        while (from < node.Paragraphs.Count);
        var below = ancestors.Append(node).ToList();
        foreach (var child in node.Children) Cut(child, below, budget, pieces);
    }

    private static int Own(StructureNode node) => node.Label.Length + (node.Heading?.Length ?? 0) + 1;

    private static int SizeOf(StructureNode node)
    {
        var size = 0;
        foreach (var n in node.DescendantsAndSelf()) size += Own(n) + n.Paragraphs.Sum(p => p.Length + 1);
        return size;
    }

    /// <summary>The part's own tree: the pieces under copies of their ancestors (a heading repeated "(tiếp theo)" when the
    /// ancestor began in an earlier part).</summary>
    private static DocumentPart Build(List<Piece> pieces)
    {
        var roots = new List<StructureNode>();
        var copies = new Dictionary<StructureNode, StructureNode>(ReferenceEqualityComparer.Instance);
        foreach (var piece in pieces)
        {
            StructureNode? parent = null;
            foreach (var ancestor in piece.Ancestors)
            {
                if (!copies.TryGetValue(ancestor, out var copy))
                {
                    copy = Copy(ancestor, [], anchored: false);
                    copy.Heading = ancestor.Heading is null ? "(tiếp theo)" : ancestor.Heading + " (tiếp theo)";
                    (parent?.Children ?? roots).Add(copy);
                    copies[ancestor] = copy;
                }
                parent = copy;
            }
            var node = piece.Whole ? piece.Node : Copy(piece.Node, piece.Node.Paragraphs.GetRange(piece.From, piece.To - piece.From), anchored: piece.From == 0);
            if (!piece.Whole) copies[piece.Node] = node;
            (parent?.Children ?? roots).Add(node);
        }
        return new DocumentPart(roots, null, Anchors(roots));
    }

    private static StructureNode Copy(StructureNode node, List<string> paragraphs, bool anchored) => new()
    {
        Kind = node.Kind,
        Number = node.Number,
        Label = node.Label,
        Heading = node.Heading,
        Anchor = anchored ? node.Anchor : null,
        Level = node.Level,
        Start = node.Start,
        Page = node.Page,
        Paragraphs = paragraphs,
    };

    private static List<string> Anchors(IEnumerable<StructureNode> roots) =>
        roots.SelectMany(r => r.DescendantsAndSelf()).Select(n => n.Anchor).OfType<string>().ToList();
}
