using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// One PDF page as text in reading order, by PdfPig: letters grouped into words by distance, words into lines and
/// blocks (Docstrum), blocks ordered top-down, left-right. Lines end with "\n", blocks with a blank line,
/// so the two columns of an official header come out as two blocks instead of interleaved lines.
/// Spans' ActualText is applied first (see <see cref="PdfActualText"/>), then letters drawn in legacy Vietnamese
/// fonts are decoded (see <see cref="PdfLegacyLetters"/>).
/// </summary>
internal static class PdfPageText
{
    /// <summary>One block of text and how far from the page's top it begins, as a share of the page height (0–1).</summary>
    public sealed record Block(double Top, string Text);

    // One thread per page: a server reads many documents at once, and PdfPig's default of all cores made the layout
    // analysis of a 30-page PDF twice as slow on a busy 2-core machine (same words and blocks either way).
    private static readonly NearestNeighbourWordExtractor Words =
        new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

    private static readonly DocstrumBoundingBoxes Blocks =
        new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    public static string Read(Page page) => string.Join("\n\n", ReadBlocks(page).Select(b => b.Text));

    /// <summary>
    /// The page's words in drawing order, one space between them: enough to judge how Vietnamese PdfPig's reading is
    /// at a fraction of the layout analysis' cost.
    /// </summary>
    public static string ReadWords(IReadOnlyList<Letter> letters) =>
        string.Join(' ', DefaultWordExtractor.Instance.GetWords(letters).Select(w => InWritingOrder(w).Text));

    public static IReadOnlyList<Block> ReadBlocks(Page page) => ReadBlocks(page, Letters(page));

    /// <param name="letters">The page's <see cref="Letters"/>, when already worked out.</param>
    public static IReadOnlyList<Block> ReadBlocks(Page page, IReadOnlyList<Letter> letters)
    {
        var words = Words.GetWords(letters)
            .Select(InWritingOrder)
            .ToList();
        var blocks = Blocks.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
        var height = page.Height > 0 ? page.Height : 1;
        return ordered
            .Select(b => new Block(
                Math.Clamp((height - b.BoundingBox.Top) / height, 0, 1),
                string.Join('\n', b.TextLines.Select(l => l.Text))))
            .ToList();
    }

    /// <summary>The page's letters with ActualText applied and legacy fonts decoded: what both readings start from.</summary>
    public static IReadOnlyList<Letter> Letters(Page page) => PdfLegacyLetters.Decode(PdfActualText.Apply(page, page.Letters));

    // The word extractor returns a word's letters in clustering order, and LibreOffice draws glyphs taken
    // from a fallback font (often the Vietnamese vowels) after the rest of the line, so neither order can be
    // trusted: "ỦY" came out as "YỦ", "HUYỆN" as "HUYNỆ". Order the letters along the baseline instead
    // (projected on the word's direction, so rotated text works too); ties keep the drawing order.
    private static Word InWritingOrder(Word word)
    {
        var letters = word.Letters;
        double dx = 0, dy = 0;
        foreach (var l in letters)
        {
            dx += l.EndBaseLine.X - l.StartBaseLine.X;
            dy += l.EndBaseLine.Y - l.StartBaseLine.Y;
        }
        if (dx == 0 && dy == 0) return word;
        return new Word(letters.OrderBy(l => l.StartBaseLine.X * dx + l.StartBaseLine.Y * dy).ToList());
    }
}
