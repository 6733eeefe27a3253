using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Extraction;

/// <summary>
/// The text of one part of a Word file (body, header, footer, footnotes), read element by element with
/// <see cref="OpenXmlReader"/> so that a 300-page document is never held as a DOM.
/// Paragraphs become lines; table cells are joined by " | " and rows by lines.
/// </summary>
internal static class WordPartText
{
    public const string CellSeparator = " | ";

    public static string Read(OpenXmlPart part)
    {
        var text = new StringBuilder();
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

                if (type == typeof(Text)) text.Append(reader.GetText());
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
                else if (type == typeof(TableCell)) { TrimEndSpaces(text); openCells--; }
                else if (type == typeof(TableRow)) { cellsInRow.TryPop(out _); text.Append('\n'); }
            }
        }
        return CollapseBlankLines(text.ToString());
    }

    private static void TrimEndSpaces(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ') text.Length--;
    }

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
