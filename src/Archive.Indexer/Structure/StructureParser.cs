using System.Text.RegularExpressions;
using Archive.Indexer.Metadata;

namespace Archive.Indexer.Structure;

/// <summary>
/// Recovers a document's <see cref="DocumentStructure"/> from its extracted text, whatever made it (DOCX
/// paragraphs, pdftotext's hard line breaks and page furniture, OCR lines): header, title, legal bases, the
/// normative units (Phần, Chương, Mục, Điều, khoản, điểm) or a plan's numbered items (I., 1., 1.1., a)),
/// recipients, signature, appendices and footnotes, with paragraphs rejoined where a line break cut a sentence.
/// </summary>
/// <remarks>
/// A "1." opens a clause only inside an article and only when it is the next number (1 after none, 2 after 1),
/// and likewise for points, plan items and footnotes: a wrapped line that happens to start with "2023." stays text.
/// </remarks>
public sealed partial class StructureParser
{
    private readonly List<TextLine> lines;
    private readonly bool legal;
    private readonly ParagraphJoiner joiner;
    private readonly DocumentStructure result = new();
    private readonly List<StructureNode> stack = [];
    private StructureNode? headingOpen;
    private StructureNode? closing;
    private bool afterBody;
    private bool inFootnote;
    private StructureNode? lastTextNode;

    private StructureParser(string text)
    {
        lines = TextLine.Read(text);
        legal = lines.Count(l => UnitLine.Article().IsMatch(l.Text)) >= 2;
        joiner = new ParagraphJoiner(lines);
    }

    public static DocumentStructure Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DocumentStructure.Empty;
        var parser = new StructureParser(text.IsNormalized() ? text : text.Normalize());
        parser.Run();
        StructureAnchorNamer.Name(parser.result);
        return parser.result;
    }

    private void Run()
    {
        var next = ReadHeaderAndTitle();
        var hasUnits = legal || lines.Skip(next).Count(l => UnitLine.Roman().IsMatch(l.Text) || UnitLine.Numbered().IsMatch(l.Text)) >= 2;
        // Before the first unit: the legal bases; in a text without units (minutes, letters), all of it.
        StructureNode? opening = null;
        for (var i = next; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TryFootnote(line)) continue;
            if (TryAppendix(line) || TryClosing(line) || TryUnit(line)) continue;
            if (ContinuesHeading(line)) continue;
            if (stack.Count == 0 && closing is null)
            {
                if (opening is null)
                {
                    opening = new StructureNode { Kind = hasUnits ? StructureKind.Preamble : StructureKind.Body, Label = hasUnits ? "Căn cứ" : "Nội dung", Start = line.Start, Page = line.Page };
                    result.Parts.Add(opening);
                }
                AddText(opening, line);
                continue;
            }
            AddText(closing ?? stack[^1], line);
        }
    }

    /// <summary>Header lines above the kind line, then the kind and the trích yếu; returns the first body line.</summary>
    private int ReadHeaderAndTitle()
    {
        var kindAt = -1;
        for (var i = 0; i < Math.Min(lines.Count, 40); i++)
        {
            if (UnitLine.Article().IsMatch(lines[i].Text) || UnitLine.Chapter().IsMatch(lines[i].Text)) break;
            if (KindLine.Read(lines[i].Text) is not null) { kindAt = i; break; }
        }
        if (kindAt < 0) return 0;
        if (kindAt > 0)
        {
            var header = new StructureNode { Kind = StructureKind.Header, Label = "Phần đầu", Start = lines[0].Start, Page = lines[0].Page };
            foreach (var line in lines.Take(kindAt)) header.Paragraphs.AddRange(line.Cells());
            result.Parts.Add(header);
        }
        var kind = lines[kindAt];
        var title = new StructureNode { Kind = StructureKind.Title, Label = kind.Text, Start = kind.Start, Page = kind.Page };
        var i2 = kindAt + 1;
        string? summary = null;
        for (; i2 < lines.Count && i2 <= kindAt + 6; i2++)
        {
            var t = lines[i2].Text;
            if (IsRule(t)) continue;
            if (IsUnitStart(t) || Authority().IsMatch(t) || t.StartsWith("Căn cứ", StringComparison.Ordinal)) break;
            if (summary is null) { summary = t; continue; }
            if (PreambleStart().IsMatch(t) || ParagraphJoiner.EndsSentence(summary)) break;
            var capitals = MetadataText.IsCapitals(summary) && MetadataText.IsCapitals(t);
            var wrapped = lines[i2].StartsLower || capitals || (t.StartsWith('(') && t.EndsWith(')')) || joiner.WasWrapped(lines[i2 - 1].Text.Length);
            if (!wrapped) break;
            summary += " " + t;
        }
        title.Heading = summary;
        result.Parts.Add(title);
        return i2;
    }

    private bool TryFootnote(TextLine line)
    {
        if (!joiner.HardWrapped) return false;
        if (UnitLine.Footnote().Match(line.Text) is { Success: true } m && int.Parse(m.Groups["n"].Value) == result.Footnotes.Count + 1
            && lastTextNode is not null)
        {
            result.Footnotes.Add(line.Text);
            inFootnote = true;
            return true;
        }
        if (!inFootnote) return false;
        var last = result.Footnotes[^1];
        if (IsUnitStart(line.Text) || UnitLine.Recipients().IsMatch(line.Text) || (ParagraphJoiner.EndsSentence(last) && !line.StartsBullet))
        {
            inFootnote = false;
            return false;
        }
        result.Footnotes[^1] = last + " " + line.Text;
        return true;
    }

    private bool TryClosing(TextLine line)
    {
        var t = line.Text;
        var opens = UnitLine.Recipients().IsMatch(t) || UnitLine.SigningFor().IsMatch(t) || (stack.Count > 0 && !afterBody && UnitLine.IsSignerTitle(t));
        if (closing is null && !opens) return false;
        if (!afterBody || closing is null)
        {
            stack.Clear();
            afterBody = true;
            recipients = signature = null;
        }
        headingOpen = null;
        foreach (var cell in line.Cells())
        {
            var opening = UnitLine.Recipients().Match(cell);
            if (opening.Success)
            {
                var node = ClosingNode(StructureKind.Recipients, line);
                if (opening.Groups["h"].Value.Trim() is { Length: > 0 } rest) node.Paragraphs.Add(rest);
            }
            else if (cell[0] is '-' or '+' or '–' or '•' || (closing?.Kind == StructureKind.Recipients && char.IsLower(cell[0])))
            {
                var node = ClosingNode(StructureKind.Recipients, line);
                if (char.IsLower(cell[0]) && node.Paragraphs.Count > 0) node.Paragraphs[^1] += " " + cell;
                else node.Paragraphs.Add(cell);
            }
            else
            {
                ClosingNode(StructureKind.Signature, line).Paragraphs.Add(cell);
            }
        }
        return true;
    }

    private StructureNode? recipients;
    private StructureNode? signature;

    private StructureNode ClosingNode(StructureKind kind, TextLine line)
    {
        ref var node = ref kind == StructureKind.Recipients ? ref recipients : ref signature;
        if (node is null)
        {
            node = new StructureNode { Kind = kind, Label = kind == StructureKind.Recipients ? "Nơi nhận" : "Chữ ký", Start = line.Start, Page = line.Page };
            result.Parts.Add(node);
        }
        closing = node;
        return node;
    }

    private bool TryAppendix(TextLine line)
    {
        var t = line.Text;
        var m = UnitLine.Appendix().Match(t);
        // "Phụ lục III" alone on its line, or "PHỤ LỤC …" in capitals: a sentence starting "Phụ lục III để …" is text.
        var isAppendix = m.Success && t.Length <= 120
            && (t.StartsWith("PHỤ LỤC", StringComparison.Ordinal) || (afterBody && (m.Groups["h"].Length == 0 || MetadataText.IsCapitals(m.Groups["h"].Value))));
        var attached = afterBody && !m.Success && (KindLine.Read(t) is not null || (closing is not null && AttachedKind().IsMatch(t)));
        if (!isAppendix && !attached) return false;
        var number = isAppendix && m.Groups["n"].Success ? m.Groups["n"].Value.Replace("số ", "") : null;
        var node = new StructureNode
        {
            Kind = StructureKind.Appendix,
            Number = number,
            Label = number is null ? (isAppendix ? "Phụ lục" : t) : $"Phụ lục {number}",
            Heading = isAppendix ? NullIfEmpty(m.Groups["h"].Value) : null,
            Start = line.Start,
            Page = line.Page,
        };
        result.Parts.Add(node);
        stack.Clear();
        stack.Add(node);
        closing = recipients = signature = null;
        headingOpen = node;
        return true;
    }

    private bool TryUnit(TextLine line)
    {
        if (closing is not null) return false;
        var t = line.Text;
        return legal ? TryLegalUnit(line, t) : TryPlanUnit(line, t);
    }

    private bool TryLegalUnit(TextLine line, string t)
    {
        Match m;
        if ((m = UnitLine.Part().Match(t)).Success && (t.StartsWith("PHẦN", StringComparison.Ordinal) || m.Groups["h"].Value.Length == 0 || IsCapitalsText(m.Groups["h"].Value)))
            return Open(line, StructureKind.Part, m, "Phần " + m.Groups["n"].Value, 1);
        if ((m = UnitLine.Chapter().Match(t)).Success)
            return Open(line, StructureKind.Chapter, m, "Chương " + m.Groups["n"].Value, 2);
        if ((m = UnitLine.Section().Match(t)).Success && stack.Any(n => n.Kind == StructureKind.Chapter))
            return Open(line, StructureKind.Section, m, "Mục " + m.Groups["n"].Value, 3);
        if ((m = UnitLine.Article().Match(t)).Success)
            return Open(line, StructureKind.Article, m, "Điều " + m.Groups["n"].Value, 4);
        var article = stack.LastOrDefault(n => n.Kind == StructureKind.Article);
        if (article is null) return false;
        if ((m = UnitLine.Numbered().Match(t)).Success && int.Parse(m.Groups["n"].Value) == Count(article, StructureKind.Clause) + 1)
            return OpenText(line, StructureKind.Clause, m, "Khoản " + m.Groups["n"].Value, 5);
        if ((m = UnitLine.Point().Match(t)).Success)
        {
            var parent = stack[^1].Kind is StructureKind.Clause or StructureKind.Article ? stack[^1] : stack.Count > 1 ? stack[^2] : stack[^1];
            if (IsNextPoint(parent, m.Groups["n"].Value))
                return OpenText(line, StructureKind.Point, m, "Điểm " + m.Groups["n"].Value, 6);
        }
        return false;
    }

    private bool TryPlanUnit(TextLine line, string t)
    {
        Match m;
        if ((m = UnitLine.Roman().Match(t)).Success && UnitLine.RomanValue(m.Groups["n"].Value) == Count(Container(1), StructureKind.Item, 1) + 1)
            return Open(line, StructureKind.Item, m, m.Groups["n"].Value, 1, level: 1);
        if ((m = UnitLine.SubNumbered().Match(t)).Success)
        {
            var parts = m.Groups["n"].Value.Split('.');
            var level = parts.Length + 1;
            var parent = stack.LastOrDefault(n => n.Kind == StructureKind.Item && n.Level == level - 1);
            if (parent is not null && parent.Number == string.Join('.', parts[..^1])
                && int.Parse(parts[^1]) == Count(parent, StructureKind.Item, level) + 1)
                return Open(line, StructureKind.Item, m, m.Groups["n"].Value, level, level);
        }
        if ((m = UnitLine.Numbered().Match(t)).Success && int.Parse(m.Groups["n"].Value) == Count(Container(2), StructureKind.Item, 2) + 1)
            return Open(line, StructureKind.Item, m, m.Groups["n"].Value, 2, level: 2);
        if ((m = UnitLine.Point().Match(t)).Success && stack.Count > 0)
        {
            var parent = stack[^1].Kind == StructureKind.Point ? (stack.Count > 1 ? stack[^2] : stack[^1]) : stack[^1];
            if (IsNextPoint(parent, m.Groups["n"].Value))
                return OpenText(line, StructureKind.Point, m, "Điểm " + m.Groups["n"].Value, 6);
        }
        return false;
    }

    /// <summary>The node whose children a plan item of <paramref name="level"/> would join (null: the document).</summary>
    private StructureNode? Container(int level) =>
        stack.LastOrDefault(n => n.Kind == StructureKind.Appendix || (n.Kind == StructureKind.Item && n.Level < level));

    private int Count(StructureNode? parent, StructureKind kind, int level = 0) =>
        (parent?.Children ?? result.Parts.Where(p => result.Parts.IndexOf(p) > result.Parts.FindLastIndex(q => q.Kind == StructureKind.Appendix)).ToList())
        .Count(c => c.Kind == kind && (level == 0 || c.Level == level));

    private static bool IsNextPoint(StructureNode parent, string letter)
    {
        var count = parent.Children.Count(c => c.Kind == StructureKind.Point);
        return count < UnitLine.PointLetters.Length && UnitLine.PointLetters[count].ToString() == letter;
    }

    /// <summary>A titled unit: the rest of the line is its heading, and the heading may go on over the next lines.</summary>
    private bool Open(TextLine line, StructureKind kind, Match m, string label, int rank, int level = 0)
    {
        var node = new StructureNode
        {
            Kind = kind, Number = m.Groups["n"].Value, Label = label, Level = level,
            Heading = NullIfEmpty(m.Groups["h"].Value), Start = line.Start, Page = line.Page,
        };
        Push(node, rank);
        headingOpen = node;
        joiner.Remember(line);
        return true;
    }

    /// <summary>A clause or point: the rest of the line is its first paragraph.</summary>
    private bool OpenText(TextLine line, StructureKind kind, Match m, string label, int rank)
    {
        var node = new StructureNode { Kind = kind, Number = m.Groups["n"].Value, Label = label, Start = line.Start, Page = line.Page };
        node.Paragraphs.Add(m.Groups["h"].Value.Trim());
        Push(node, rank);
        headingOpen = null;
        lastTextNode = node;
        joiner.Remember(line);
        return true;
    }

    private readonly Dictionary<StructureNode, int> ranks = new(ReferenceEqualityComparer.Instance);

    private void Push(StructureNode node, int rank)
    {
        ranks[node] = rank;
        while (stack.Count > 0 && stack[^1].Kind != StructureKind.Appendix && ranks.GetValueOrDefault(stack[^1]) >= rank) stack.RemoveAt(stack.Count - 1);
        if (stack.Count == 0) result.Parts.Add(node);
        else stack[^1].Children.Add(node);
        stack.Add(node);
        inFootnote = false;
    }

    private bool ContinuesHeading(TextLine line)
    {
        var node = headingOpen;
        if (node is null) return false;
        var heading = node.Heading;
        var t = line.Text;
        bool continues;
        if (heading is null) continues = MetadataText.IsCapitals(t) || (node.Kind == StructureKind.Appendix && t.Length <= 120);
        else if (node.Kind == StructureKind.Appendix && t.StartsWith('(')) continues = true;
        else if (ParagraphJoiner.EndsSentence(heading)) continues = false;
        else continues = line.StartsLower || (MetadataText.IsCapitals(heading) && MetadataText.IsCapitals(t)) || joiner.PreviousReachedWidth;
        if (!continues)
        {
            headingOpen = null;
            return false;
        }
        node.Heading = heading is null ? t : heading + " " + t;
        joiner.Remember(line);
        if (node.Kind == StructureKind.Appendix && t.EndsWith(')')) headingOpen = null;
        return true;
    }

    private void AddText(StructureNode node, TextLine line)
    {
        headingOpen = null;
        if (ReferenceEquals(node, lastTextNode) && node.Paragraphs.Count > 0 && joiner.Joins(node.Paragraphs[^1], line))
            node.Paragraphs[^1] += " " + line.Text;
        else
            node.Paragraphs.Add(line.Text);
        lastTextNode = node;
        joiner.Remember(line);
    }

    private static bool IsUnitStart(string t) =>
        UnitLine.Article().IsMatch(t) || UnitLine.Chapter().IsMatch(t) || UnitLine.Roman().IsMatch(t) || UnitLine.Numbered().IsMatch(t)
        || UnitLine.SubNumbered().IsMatch(t) || UnitLine.Point().IsMatch(t);

    private static bool IsRule(string t) => t.All(c => c is '-' or '_' or '=' or '*' or '.' or '–' or ' ');

    private static bool IsCapitalsText(string t) => MetadataText.IsCapitals(t);

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Texts issued only attached to another (a circular's inspection procedure, a list): not kinds of their own, so
    // KindLine does not know them, but right after a signature their title in capitals opens the attached text (inside an appendix, "DANH MỤC …" is its heading).
    [GeneratedRegex(@"^(QUY TRÌNH|QUY CHUẨN|DANH MỤC)(\s|$)")]
    private static partial Regex AttachedKind();

    [GeneratedRegex(@"^(Căn cứ|Theo đề nghị|Xét |Thực hiện |Để |Trên cơ sở|Kính gửi|Hôm nay|Thời gian|Vào hồi)")]
    private static partial Regex PreambleStart();

    [GeneratedRegex(@"^(CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|QUỐC HỘI|ỦY BAN|UỶ BAN|HỘI ĐỒNG|GIÁM ĐỐC|BAN THƯỜNG VỤ|TỔNG)")]
    private static partial Regex Authority();
}
