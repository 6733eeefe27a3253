namespace Archive.Indexer.Structure;

/// <summary>
/// One part of a document (<see cref="StructureKind"/>): its number as written ("15", "II", "1.2", "a"), its label
/// for people ("Điều 15", "Khoản 1"), its heading, the paragraphs it holds directly (lines rejoined where a PDF or
/// OCR cut them) and its sub-parts. <see cref="Anchor"/> is the stable fragment of the document page
/// ("dieu-15", "dieu-15-khoan-1"); it depends on the text alone, so re-indexing gives the same addresses.
/// </summary>
public sealed class StructureNode
{
    public required StructureKind Kind { get; init; }
    public string? Number { get; init; }
    public string Label { get; init; } = "";
    public string? Heading { get; set; }
    public string? Anchor { get; set; }

    /// <summary>Depth of an <see cref="StructureKind.Item"/> (I. = 1, 1. = 2, 1.1. = 3, 1.1.1. = 4); 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>Offset of the part's first line in the extracted text.</summary>
    public int Start { get; init; }

    /// <summary>The PDF page (from 1, counted by form feeds) the part starts on; null for unpaged texts.</summary>
    public int? Page { get; init; }

    public List<string> Paragraphs { get; init; } = [];
    public List<StructureNode> Children { get; init; } = [];

    /// <summary>This part and every part below it, in reading order.</summary>
    public IEnumerable<StructureNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var node in child.DescendantsAndSelf()) yield return node;
    }

    /// <summary>The part's words, its sub-parts' included, as one text (for passages and snippets).</summary>
    public string FullText()
    {
        var lines = new List<string>();
        foreach (var node in DescendantsAndSelf())
        {
            var head = node.Kind is StructureKind.Clause or StructureKind.Point ? null : node.Heading;
            if (node.Kind is StructureKind.Article or StructureKind.Chapter or StructureKind.Part or StructureKind.Section)
                lines.Add(head is null ? node.Label : $"{node.Label}. {head}");
            else if (head is not null) lines.Add(head);
            lines.AddRange(node.Paragraphs);
        }
        return string.Join("\n", lines);
    }
}
