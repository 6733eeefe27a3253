using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Archive.Indexer.Extraction;

/// <summary>
/// One PDF page as text in reading order: letters grouped into words by distance, words into lines and
/// blocks (Docstrum), blocks ordered top-down, left-right. Lines end with "\n", blocks with a blank line,
/// so the two columns of an official header come out as two blocks instead of interleaved lines.
/// Letters drawn in legacy Vietnamese fonts are decoded first (see <see cref="PdfLegacyLetters"/>).
/// </summary>
internal static class PdfPageText
{
    public static string Read(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(PdfLegacyLetters.Decode(page.Letters))
            .Select(InWritingOrder)
            .ToList();
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
        return string.Join("\n\n", ordered.Select(b => string.Join('\n', b.TextLines.Select(l => l.Text))));
    }

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
