using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Extraction;

/// <summary>
/// The text of one part of a Word file (body, header, footer, footnotes), read element by element with
/// <see cref="OpenXmlReader"/> so that a 300-page document is never held as a DOM.
/// Paragraphs become lines; table cells are joined by " | " and rows by lines. Runs in a legacy
/// Vietnamese font (their own w:rFonts, else their character style's, paragraph style's or the document
/// default) are decoded to Unicode, so a TCVN3 heading next to a Unicode paragraph both come out right.
/// </summary>
internal static class WordPartText
{
    public const string CellSeparator = " | ";

    public static string Read(OpenXmlPart part, WordFonts fonts, TextBudget budget)
    {
        var text = new DecodingTextBuilder(budget);
        string? paragraphFont = fonts.ParagraphDefault, runStyleFont = null, runFont = null;
        var inRunProperties = false;
        var cellsInRow = new Stack<int>(); // one counter per open table row; tables nest
        var openCells = 0;

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (reader.IsStartElement)
            {
                // Text boxes are stored twice, as DrawingML and as a VML fallback: read the first only.
                if (type == typeof(AlternateContentFallback)) { reader.Skip(); continue; }
                // The run's formatting before a tracked change: its old w:rFonts must not count.
                if (type == typeof(RunPropertiesChange)) { reader.Skip(); continue; }

                if (type == typeof(Text)) text.Append(reader.GetText(), fonts.Legacy(runFont ?? runStyleFont ?? paragraphFont));
                // TCVN3 types ư as 0xAD, the soft hyphen, which LibreOffice writes as this element.
                else if (type == typeof(SoftHyphen)) text.Append("\u00AD", fonts.Legacy(runFont ?? runStyleFont ?? paragraphFont));
                else if (type == typeof(Paragraph)) paragraphFont = fonts.ParagraphDefault;
                else if (type == typeof(ParagraphStyleId)) paragraphFont = fonts.OfStyle(Value(reader)) ?? fonts.DocumentDefault;
                else if (type == typeof(Run)) (runFont, runStyleFont) = (null, null);
                else if (type == typeof(RunProperties)) inRunProperties = true;
                else if (type == typeof(RunStyle)) runStyleFont = fonts.OfStyle(Value(reader));
                else if (type == typeof(RunFonts) && inRunProperties) runFont = WordFonts.NameIn(reader.Attributes) ?? runFont;
                else if (type == typeof(TabChar)) text.Append('\t');
                else if (type == typeof(Break) || type == typeof(CarriageReturn)) text.Append('\n');
                else if (type == typeof(NoBreakHyphen)) text.Append('-');
                else if (type == typeof(TableRow)) cellsInRow.Push(0);
                else if (type == typeof(TableCell))
                {
                    if (cellsInRow.Count > 0 && cellsInRow.Peek() > 0) text.Append(CellSeparator);
                    if (cellsInRow.Count > 0) cellsInRow.Push(cellsInRow.Pop() + 1);
                    openCells++;
                }
            }
            else if (reader.IsEndElement)
            {
                if (type == typeof(Paragraph)) text.Append(openCells > 0 ? ' ' : '\n');
                else if (type == typeof(RunProperties)) inRunProperties = false;
                else if (type == typeof(TableCell)) { text.TrimEnd(' '); openCells--; }
                else if (type == typeof(TableRow)) { cellsInRow.TryPop(out _); text.Append('\n'); }
            }
        }
        return CollapseBlankLines(text.ToString());
    }

    private static string? Value(OpenXmlReader reader) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == "val").Value;

    // Empty paragraphs are Word's way of adding vertical space; more than one blank line says nothing.
    private static string CollapseBlankLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd());
        var result = new StringBuilder();
        var blanks = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blanks++; continue; }
            if (result.Length > 0) result.Append(blanks > 0 ? "\n\n" : "\n");
            result.Append(line);
            blanks = 0;
        }
        return result.ToString();
    }
}
