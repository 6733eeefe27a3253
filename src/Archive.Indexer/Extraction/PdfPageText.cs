using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Archive.Indexer.Extraction;

/// <summary>
/// One PDF page as text in reading order: letters grouped into words by distance, words into lines and
/// blocks (Docstrum), blocks ordered top-down, left-right. Lines end with "\n", blocks with a blank line,
/// so the two columns of an official header come out as two blocks instead of interleaved lines.
/// </summary>
internal static class PdfPageText
{
    public static string Read(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
        return string.Join("\n\n", ordered.Select(b => string.Join('\n', b.TextLines.Select(l => l.Text))));
    }
}
