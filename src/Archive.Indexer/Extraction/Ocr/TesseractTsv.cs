using System.Globalization;
using System.Text;

namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// Reads tesseract's TSV output: one row per page, block, paragraph, line and word, with the word confidence.
/// Lines are rebuilt from the word rows (words joined by a space), blocks separated by a blank line.
/// </summary>
internal static class TesseractTsv
{
    private const int WordLevel = 5;

    public static IReadOnlyList<OcrPageResult> Parse(string tsv)
    {
        var words = new List<(int Page, int Block, int Paragraph, int Line, double Confidence, string Text)>();
        foreach (var row in tsv.Split('\n').Skip(1)) // header: level page_num block_num par_num line_num word_num left top width height conf text
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || cells[0] != "5") continue;
            var text = cells[11].Trim();
            var confidence = double.Parse(cells[10], CultureInfo.InvariantCulture);
            if (text.Length == 0 || confidence < 0) continue;
            words.Add((Int(cells[1]), Int(cells[2]), Int(cells[3]), Int(cells[4]), confidence, text));
        }

        return words
            .GroupBy(w => w.Page)
            .Select(page =>
            {
                var text = new StringBuilder();
                int? block = null, paragraph = null, line = null;
                foreach (var w in page)
                {
                    if (block is not null && w.Block != block) text.Append("\n\n");
                    else if (line is not null && (w.Line != line || w.Paragraph != paragraph)) text.Append('\n');
                    else if (line is not null) text.Append(' ');
                    text.Append(w.Text);
                    (block, paragraph, line) = (w.Block, w.Paragraph, w.Line);
                }
                return new OcrPageResult(
                    page.Key,
                    text.ToString().Normalize(NormalizationForm.FormC),
                    page.Average(w => w.Confidence),
                    page.Count());
            })
            .ToList();
    }

    private static int Int(string cell) => int.Parse(cell, CultureInfo.InvariantCulture);
}
