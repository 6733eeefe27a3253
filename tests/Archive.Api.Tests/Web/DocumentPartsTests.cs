using Archive.Api.Web.Shared;
using Archive.Indexer.Structure;

namespace Archive.Api.Tests.Web;

/// <summary>How a long text is cut into a page's parts: bounded, in order, every anchor in exactly one part.</summary>
public sealed class DocumentPartsTests
{
    private const int Budget = 2_000;

    [Fact]
    public void A_short_document_is_one_part()
    {
        var structure = StructureParser.Parse("NGHỊ ĐỊNH\nVề nhà văn hóa\nĐiều 1. Phạm vi\nNội dung ngắn.\nĐiều 2. Hiệu lực\nNội dung ngắn.\n");
        Assert.Equal(1, DocumentParts.Of(structure, null, Budget).Count);
    }

    [Fact]
    public void A_chapter_larger_than_the_budget_is_opened_and_each_article_lands_in_one_bounded_part()
    {
        var text = "NGHỊ ĐỊNH\nVề nhà văn hóa\nChương I\nQUY ĐỊNH CHUNG\n" + string.Concat(Enumerable.Range(1, 60).Select(n =>
            $"Điều {n}. Việc thứ {n}\n1. Thôn lập sổ theo dõi việc thứ {n} và niêm yết công khai tại bảng tin trong ba mươi ngày liền.\n"));
        var parts = DocumentParts.Of(StructureParser.Parse(text), text, Budget);

        Assert.True(parts.Count > 2);
        var anchors = parts.Parts.SelectMany(p => p.Anchors).Where(a => a.StartsWith("dieu-") && !a.Contains("khoan")).ToList();
        Assert.Equal(Enumerable.Range(1, 60).Select(n => $"dieu-{n}"), anchors);
        Assert.All(parts.Parts, p => Assert.True(p.Nodes.Sum(n => n.FullText().Length) <= Budget + 200));
        // The chapter's heading begins the first part only; later parts repeat it as a continuation without its anchor.
        Assert.Equal(1, parts.PartOf("chuong-i"));
        Assert.Contains("(tiếp theo)", parts.Parts[1].Nodes.SelectMany(n => n.DescendantsAndSelf()).First(n => n.Kind == StructureKind.Chapter).Heading);
        Assert.Equal(parts.PartOf("dieu-60"), parts.PartOf("dieu-60-khoan-1"));
        Assert.Equal(parts.Count, parts.PartOf("dieu-60"));
        Assert.Null(parts.PartOf("dieu-61"));
    }

    [Fact]
    public void A_part_is_named_by_the_chapters_it_begins_and_the_range_of_its_articles()
    {
        var text = "LUẬT\nVề nhà văn hóa\n" + string.Concat(new[] { "I", "II", "III" }.Select((chapter, c) => $"Chương {chapter}\nNHÓM VIỆC {chapter}\n"
            + string.Concat(Enumerable.Range(c * 20 + 1, 20).Select(n => $"Điều {n}. Việc thứ {n}\n1. Thôn lập sổ theo dõi việc thứ {n} và niêm yết công khai.\n"))));
        var parts = DocumentParts.Of(StructureParser.Parse(text), text, 3_000);

        Assert.Equal("Chương I: Điều 1 – Điều 20", parts.Parts[0].Span);
        Assert.Equal("Chương II: Điều 21 – Điều 40", parts.Parts[1].Span);
        Assert.Equal("Chương III: Điều 41 – Điều 60", parts.Parts[^1].Span);
        // A part that goes on with a chapter begun earlier names its articles only.
        var opened = DocumentParts.Of(StructureParser.Parse(text), text, 1_000);
        Assert.Contains(opened.Parts, p => p.Span is { } span && span.StartsWith("Điều ", StringComparison.Ordinal) && span.Contains(" – Điều "));
    }

    [Fact]
    public void A_text_without_units_is_cut_between_lines_and_loses_nothing()
    {
        var text = string.Concat(Enumerable.Range(1, 300).Select(n => $"Dòng thứ {n} của biên bản họp thôn.\n"));
        var parts = DocumentParts.Of(DocumentStructure.Empty, text, Budget);

        Assert.True(parts.Count > 2);
        Assert.Equal(text, string.Concat(parts.Parts.Select(p => p.Text)));
        Assert.All(parts.Parts, p => Assert.True(p.Text!.Length <= Budget && p.Text.EndsWith('\n')));
    }

    [Fact]
    public void One_article_longer_than_the_budget_is_cut_between_its_paragraphs()
    {
        var text = "QUYẾT ĐỊNH\nVề nhà văn hóa\nĐiều 1. Một điều rất dài\n" + string.Concat(Enumerable.Range(1, 200).Select(n => $"Đoạn thứ {n} của điều này, viết cho phép thử.\n"))
            + "Điều 2. Hiệu lực\nQuyết định có hiệu lực từ ngày ký.\n";
        var parts = DocumentParts.Of(StructureParser.Parse(text), text, Budget);

        Assert.True(parts.Count > 2);
        // The title is a part of its own when the article's first paragraphs fill the next one.
        Assert.True(parts.PartOf("dieu-1") <= 2);
        Assert.True(parts.Count - parts.PartOf("dieu-1") >= 2, "the article spans several parts");
        Assert.Equal(parts.Count, parts.PartOf("dieu-2"));
        Assert.All(parts.Parts, p => Assert.True(p.Nodes.Sum(n => n.FullText().Length) <= Budget + 200));
    }

    [Fact]
    public void A_text_with_no_line_break_is_never_cut_between_the_halves_of_one_character_and_an_overlong_anchor_names_no_part()
    {
        // A character outside the basic plane (two UTF-16 halves) falls exactly on the budget's edge.
        var text = new string('a', Budget - 1) + "𝐀" + new string('b', Budget);
        var parts = DocumentParts.Of(null, text, Budget);

        Assert.Equal(text, string.Concat(parts.Parts.Select(p => p.Text)));
        Assert.All(parts.Parts, p => Assert.False(char.IsHighSurrogate(p.Text![^1])));
        Assert.Null(parts.PartOf(string.Concat(Enumerable.Repeat("dieu-", 2_000))));
    }
}
