namespace Archive.Indexer.Structure;

/// <summary>
/// Gives every part its page fragment (<see cref="StructureAnchors"/>): an article "dieu-15", its clauses
/// "dieu-15-khoan-1", their points "dieu-15-khoan-1-diem-a", plan items by their path ("muc-ii-1"). The first
/// part to claim a name keeps it; a later one (an attached regulation numbering its articles again) is named
/// under its appendix ("phu-luc-1-dieu-5"), then numbered, so names never collide and never depend on anything
/// but the text.
/// </summary>
internal static class StructureAnchorNamer
{
    public static void Name(DocumentStructure structure)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var appendices = 0;
        foreach (var part in structure.Parts)
        {
            string? appendix = null;
            if (part.Kind == StructureKind.Appendix)
            {
                appendices++;
                appendix = "phu-luc-" + (part.Number is { } n ? StructureAnchors.Slug(n) : appendices.ToString());
            }
            Name(part, new Context(null, null, null, appendix), taken);
        }
    }

    private sealed record Context(string? Article, string? Clause, string? Path, string? Appendix, string? Roman = null, string? Chapter = null);

    private static void Name(StructureNode node, Context context, HashSet<string> taken)
    {
        var number = node.Number ?? "";
        string? anchor;
        switch (node.Kind)
        {
            case StructureKind.Article:
                context = context with { Article = number, Clause = null };
                anchor = StructureAnchors.Article(number);
                break;
            case StructureKind.Clause when context.Article is { } article:
                context = context with { Clause = number };
                anchor = StructureAnchors.Clause(article, number);
                break;
            case StructureKind.Point when context.Article is { } article:
                anchor = context.Clause is { } clause
                    ? StructureAnchors.Point(article, clause, number)
                    : $"{StructureAnchors.Article(article)}-diem-{StructureAnchors.Slug(number)}";
                break;
            case StructureKind.Point:
                anchor = $"{context.Path ?? "muc"}-{StructureAnchors.Slug(number)}";
                break;
            case StructureKind.Item:
                // "1.1" carries its parent's number already: an item's name is its Roman part and its own number.
                anchor = node.Level == 1 ? "muc-" + StructureAnchors.Slug(number) : $"{context.Roman ?? "muc"}-{StructureAnchors.Slug(number)}";
                context = node.Level == 1 ? context with { Roman = anchor, Path = anchor } : context with { Path = anchor };
                break;
            case StructureKind.Chapter:
                anchor = "chuong-" + StructureAnchors.Slug(number);
                context = context with { Chapter = anchor };
                break;
            case StructureKind.Section:
                anchor = (context.Chapter is { } chapter ? chapter + "-" : "") + "muc-" + StructureAnchors.Slug(number);
                break;
            case StructureKind.Part:
                anchor = "phan-" + StructureAnchors.Slug(number);
                break;
            case StructureKind.Appendix:
                anchor = context.Appendix;
                break;
            case StructureKind.Preamble:
                anchor = "can-cu";
                break;
            case StructureKind.Body:
                // Not "noi-dung": the page's <main> has that id.
                anchor = "noi-dung-van-ban";
                break;
            case StructureKind.Recipients:
                anchor = "noi-nhan";
                break;
            case StructureKind.Signature:
                anchor = "chu-ky";
                break;
            default:
                anchor = null;
                break;
        }
        if (anchor is not null)
        {
            if (taken.Contains(anchor) && context.Appendix is { } prefix && !anchor.StartsWith(prefix, StringComparison.Ordinal))
                anchor = $"{prefix}-{anchor}";
            var unique = anchor;
            for (var i = 2; !taken.Add(unique); i++) unique = $"{anchor}-{i}";
            node.Anchor = unique;
        }
        foreach (var child in node.Children) Name(child, context, taken);
    }
}
