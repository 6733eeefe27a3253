using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Applies the "ActualText" of marked-content spans to a page's letters, as the PDF specification (14.9.4) asks:
/// the span's text replaces the glyphs drawn inside it.
/// </summary>
/// <remarks>
/// LibreOffice draws a Vietnamese letter its font lacks as a base glyph plus a mark glyph ("u" + hook above) and
/// wraps the pair in a span whose ActualText is "ủ". The marks have no Unicode mapping, and some base glyphs are
/// mapped to another letter sharing the glyph ("ơ" drawn with the glyph mapped to "ở"), so without the spans the
/// text reads "cở sở", "Lủật", "tiế% t". Poppler honours ActualText; PdfPig exposes the spans but not the text.
/// </remarks>
internal static class PdfActualText
{
    public static IReadOnlyList<Letter> Apply(Page page, IReadOnlyList<Letter> letters)
    {
        IReadOnlyList<MarkedContentElement> spans;
        try
        {
            spans = page.GetMarkedContents();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return letters; // a broken structure costs the replacement, never the page
        }
        if (spans.Count == 0) return letters;

        var replaced = new Dictionary<Letter, Letter?>(ReferenceEqualityComparer.Instance);
        foreach (var span in spans) Collect(span, replaced);
        if (replaced.Count == 0) return letters;

        var result = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            if (!replaced.TryGetValue(letter, out var replacement)) result.Add(letter);
            else if (replacement is not null) result.Add(replacement);
        }
        return result;
    }

    // An outer span's text covers its inner spans too, so a span with text stops the descent.
    private static void Collect(MarkedContentElement element, Dictionary<Letter, Letter?> replaced)
    {
        var actual = element.ActualText?.Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(actual))
        {
            foreach (var child in element.Children) Collect(child, replaced);
            return;
        }
        var drawn = new List<Letter>();
        Gather(element, drawn);
        drawn.RemoveAll(replaced.ContainsKey);
        if (drawn.Count == 0) return;

        replaced[drawn[0]] = Replacement(drawn, actual);
        for (var i = 1; i < drawn.Count; i++) replaced[drawn[i]] = null;
    }

    private static void Gather(MarkedContentElement element, List<Letter> letters)
    {
        letters.AddRange(element.Letters);
        foreach (var child in element.Children) Gather(child, letters);
    }

    // One letter standing for the span. A single character keeps the first glyph's place: the mark glyphs of a
    // LibreOffice cluster sit on the next character's cell, and counting them would glue the next word on.
    private static Letter Replacement(List<Letter> drawn, string actual)
    {
        var first = drawn[0];
        if (actual.Length == 1 || drawn.Count == 1)
        {
            return new Letter(actual, first.BoundingBox, first.GlyphRectangleLoose, first.StartBaseLine, first.EndBaseLine,
                first.Width, first.FontSize, first.FontDetails, first.RenderingMode, first.StrokeColor, first.FillColor,
                first.PointSize, first.TextSequence);
        }
        var last = drawn[^1];
        var box = drawn.Skip(1).Aggregate(first.BoundingBox, (b, l) => Union(b, l.BoundingBox));
        var loose = drawn.Skip(1).Aggregate(first.GlyphRectangleLoose, (b, l) => Union(b, l.GlyphRectangleLoose));
        return new Letter(actual, box, loose, first.StartBaseLine, last.EndBaseLine, drawn.Sum(l => l.Width), first.FontSize,
            first.FontDetails, first.RenderingMode, first.StrokeColor, first.FillColor, first.PointSize, first.TextSequence);
    }

    private static PdfRectangle Union(PdfRectangle a, PdfRectangle b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
