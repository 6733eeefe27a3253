using Archive.Indexer.Extraction.LegacyEncodings;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Decodes the letters a PDF draws in legacy Vietnamese fonts (".VnTime", "ABCDEF+.VnTimeH,Bold",
/// "VNI-Times"), whose text layer holds the Latin-1 characters of the font's bytes. Works on letters in
/// drawing order, before they are grouped into words: a VNI letter is two glyphs (base, then mark), which
/// become one letter covering both boxes so that word grouping sees no gap.
/// </summary>
internal static class PdfLegacyLetters
{
    public static IReadOnlyList<Letter> Decode(IReadOnlyList<Letter> letters)
    {
        var fonts = new Dictionary<string, LegacyFont>(StringComparer.Ordinal);
        LegacyFont FontOf(Letter letter)
        {
            var name = letter.FontName ?? "";
            if (!fonts.TryGetValue(name, out var font)) fonts[name] = font = LegacyEncodingDetector.FromFontName(name);
            return font;
        }

        if (!letters.Any(l => FontOf(l).IsLegacy)) return letters;
        var decoded = new List<Letter>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var font = FontOf(letter);
            if (!font.IsLegacy)
            {
                decoded.Add(letter);
                continue;
            }
            if (i + 1 < letters.Count && letters[i + 1].FontName == letter.FontName
                && font.Combine(letter.Value, letters[i + 1].Value) is { } pair)
            {
                decoded.Add(Merged(letter, letters[++i], pair));
                continue;
            }
            var value = font.Decode(letter.Value);
            decoded.Add(value == letter.Value ? letter : WithValue(letter, value));
        }
        return decoded;
    }

    private static Letter WithValue(Letter l, string value) =>
        new(value, l.BoundingBox, l.GlyphRectangleLoose, l.StartBaseLine, l.EndBaseLine, l.Width, l.FontSize,
            l.FontDetails, l.RenderingMode, l.StrokeColor, l.FillColor, l.PointSize, l.TextSequence);

    private static Letter Merged(Letter first, Letter second, string value) =>
        new(value, Union(first.BoundingBox, second.BoundingBox), Union(first.GlyphRectangleLoose, second.GlyphRectangleLoose),
            first.StartBaseLine, second.EndBaseLine, first.Width + second.Width, first.FontSize,
            first.FontDetails, first.RenderingMode, first.StrokeColor, first.FillColor, first.PointSize, first.TextSequence);

    private static PdfRectangle Union(PdfRectangle a, PdfRectangle b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
