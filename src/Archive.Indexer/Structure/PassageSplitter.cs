namespace Archive.Indexer.Structure;

/// <summary>
/// Cuts a document's text into the passages people cite, as a view of its <see cref="DocumentStructure"/>: the
/// articles ("Điều 5. Quyền của công dân") the <see cref="StructureParser"/> found, else the numbered items of a
/// plan or report ("I.", "1.", "1.1."), else runs of paragraphs. Each passage carries the anchor the document page
/// gives the same part, so a search hit lands where the page put it. Text before the first unit becomes an
/// opening passage ("Phần mở đầu"), where the legal bases (căn cứ) usually sit.
/// </summary>
/// <remarks>
/// A passage's words are the text from its unit's first line to the next unit's, not the structure's rejoined
/// paragraphs: what the index searches and the snippet shows stays the document's own text, footnotes and all.
/// </remarks>
public static class PassageSplitter
{
    /// <summary>Passages longer than this are cut at paragraph ends, so one huge section cannot hide a better one.</summary>
    public const int MaxPassageChars = 6000;

    private const int ParagraphRunChars = 1500;
    private const string OpeningLabel = "Phần mở đầu";

    /// <param name="text">The document text, PDF pages separated by form feeds.</param>
    /// <param name="paged">True for paged formats (PDF): passages then carry their page number.</param>
    public static IReadOnlyList<Passage> Split(string text, bool paged = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        text = text.IsNormalized() ? text : text.Normalize();
        return Split(text, StructureParser.Parse(text), paged);
    }

    /// <summary>The passages of <paramref name="text"/> along <paramref name="structure"/>, parsed from that same text.</summary>
    public static IReadOnlyList<Passage> Split(string text, DocumentStructure structure, bool paged = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var pageStarts = paged ? PageStarts(text) : [];
        var units = Units(structure);
        if (units.Count < 2) return ParagraphRuns(text, pageStarts);

        var passages = new List<Passage>();
        var first = UnitStart(text, units[0].Node.Start);
        if (first > 0) Add(passages, text, 0, first, OpeningLabel, "", null, pageStarts);
        for (var i = 0; i < units.Count; i++)
        {
            var start = UnitStart(text, units[i].Node.Start);
            var end = i + 1 < units.Count ? UnitStart(text, units[i + 1].Node.Start) : text.Length;
            Add(passages, text, start, end, units[i].Label, units[i].Node.Heading ?? "", units[i].Node.Anchor, pageStarts);
        }
        return passages;
    }

    /// <summary>
    /// The structure's articles when it has at least two, else its plan items, labelled by their path ("II.1") so
    /// two "1." under different parts stay apart.
    /// </summary>
    private static List<(StructureNode Node, string Label)> Units(DocumentStructure structure)
    {
        var articles = structure.Articles().Select(n => (n, n.Label)).ToList();
        if (articles.Count >= 2) return articles;
        var items = new List<(StructureNode, string)>();
        foreach (var part in structure.Parts) Items(part, null, items);
        return items;
    }

    private static void Items(StructureNode node, string? roman, List<(StructureNode, string)> items)
    {
        if (node.Kind == StructureKind.Item)
        {
            var number = node.Number ?? node.Label;
            if (node.Level == 1) roman = number;
            items.Add((node, node.Level == 1 || roman is null ? number : $"{roman}.{number}"));
        }
        foreach (var child in node.Children) Items(child, roman, items);
    }

    /// <summary>A unit's line begins at <paramref name="lineStart"/>; its passage begins at its first word, past a form feed or indent.</summary>
    private static int UnitStart(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t' or '\f' or '\r') i++;
        return i;
    }

    private static IReadOnlyList<Passage> ParagraphRuns(string text, List<int> pageStarts)
    {
        var passages = new List<Passage>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + ParagraphRunChars);
            if (end < text.Length)
            {
                var paragraphEnd = text.IndexOf("\n\n", end, StringComparison.Ordinal);
                var lineEnd = text.IndexOf('\n', end);
                end = paragraphEnd >= 0 && paragraphEnd - end < ParagraphRunChars ? paragraphEnd
                    : lineEnd >= 0 ? lineEnd : text.Length;
            }
            var piece = text[start..end];
            if (!string.IsNullOrWhiteSpace(piece))
                passages.Add(new Passage($"Đoạn {passages.Count + 1}", FirstLine(piece), piece.Trim(), start, PageAt(pageStarts, start)));
            start = end;
        }
        return passages;
    }

    private static void Add(List<Passage> passages, string text, int start, int end, string label, string heading, string? anchor, List<int> pageStarts)
    {
        for (var from = start; from < end;)
        {
            var to = end;
            if (to - from > MaxPassageChars)
            {
                var cut = text.LastIndexOf('\n', from + MaxPassageChars, MaxPassageChars / 2);
                to = cut > from ? cut : from + MaxPassageChars;
            }
            var body = text[from..to].Trim();
            if (body.Length > 0) passages.Add(new Passage(label, heading, body, from, PageAt(pageStarts, from), anchor));
            from = to;
        }
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.TrimStart();
        var newline = trimmed.IndexOf('\n');
        var line = newline < 0 ? trimmed : trimmed[..newline];
        return line.Length <= 120 ? line.Trim() : line[..120].Trim() + "…";
    }

    private static List<int> PageStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\f'); i >= 0; i = text.IndexOf('\f', i + 1)) starts.Add(i + 1);
        return starts;
    }

    private static int? PageAt(List<int> pageStarts, int offset)
    {
        if (pageStarts.Count == 0) return null;
        var index = pageStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
