using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Excel workbooks (.xlsx): the forms, reports and lists offices keep in cells. Sheet by sheet in the workbook's
/// order, each sheet's name on a line of its own, then its rows top to bottom with their cells left to right
/// (separated by tabs), so a form reads as it is filled in. Text in TCVN3 (.VnTime) or VNI fonts is decoded to
/// Unicode by the cell's font, or a rich-text run's own font, as in Word files. Subject to
/// <see cref="PackageBudget"/> like every ZIP package, and to <see cref="TextBudget"/> like every document.
/// </summary>
public sealed class XlsxTextExtractor : ITextExtractor
{
    public bool CanExtract(string contentType) => ContentTypes.Matches(contentType, ContentTypes.Xlsx);

    /// <summary>As <see cref="Extract"/>: read in memory, nothing to wait for.</summary>
    public Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default) => Task.FromResult(Extract(content));

    public ExtractedText Extract(Stream content) =>
        PackageBudget.ReadOpenXml(content, (stream, settings) => SpreadsheetDocument.Open(stream, isEditable: false, settings), Read,
            ExtractionMessages.XlsxCorrupt);

    private static ExtractedText Read(SpreadsheetDocument document)
    {
        if (document.WorkbookPart is not { Workbook.Sheets: { } sheets } workbook) return ExtractedText.Failure(ExtractionMessages.XlsxCorrupt);

        var fonts = new CellFonts(workbook.WorkbookStylesPart?.Stylesheet);
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToList() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            var rows = new List<string>();
            var rowsLength = 0L; // kept as rows are added: summing all rows at every row was quadratic in the sheet
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().Select(c => CellText(c, shared, fonts)).Where(t => t.Length > 0).ToList();
                if (cells.Count > 0)
                {
                    rows.Add(string.Join('\t', cells));
                    rowsLength += rows[^1].Length;
                }
                if (TextBudget.Refuse(text.Length + rowsLength) is { } tooLong) return tooLong;
            }
            if (rows.Count == 0) continue;
            if (text.Length > 0) text.Append("\n\n");
            text.Append(sheet.Name?.Value ?? "").Append('\n').AppendJoin('\n', rows);
        }
        return ExtractedText.FromPages([text.ToString().Normalize(NormalizationForm.FormC)], null, ExtractionMessages.XlsxEmpty);
    }

    private static string CellText(Cell cell, List<SharedStringItem> shared, CellFonts fonts)
    {
        var font = fonts.Of(cell.StyleIndex?.Value ?? 0);
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Count
                ? RichText(shared[index], font, fonts).Trim() : "";
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString is { } inline ? RichText(inline, font, fonts).Trim() : "";
        // Numbers, booleans, formula results: as stored; a formula's own text is not content.
        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.String ? font.Decode(value).Trim() : value.Trim();
    }

    /// <summary>Plain text in the cell's font, or runs each in their own font when the text is rich.</summary>
    private static string RichText(DocumentFormat.OpenXml.OpenXmlElement item, LegacyFont cellFont, CellFonts fonts)
    {
        var runs = item.Elements<Run>().ToList();
        if (runs.Count == 0) return cellFont.Decode(item.GetFirstChild<Text>()?.Text ?? "");
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var runFont = run.RunProperties?.GetFirstChild<RunFont>()?.Val?.Value is { } name ? fonts.Legacy(name) : cellFont;
            text.Append(runFont.Decode(run.Text?.Text ?? ""));
        }
        return text.ToString();
    }

    /// <summary>Each cell format's font (styles: cellXfs → fonts), read once; what its name says of the encoding.</summary>
    private sealed class CellFonts
    {
        private readonly List<string?> formatFonts = [];
        private readonly Dictionary<string, LegacyFont> legacy = new(StringComparer.OrdinalIgnoreCase);

        public CellFonts(Stylesheet? styles)
        {
            var fontNames = styles?.Fonts?.Elements<Font>().Select(f => f.FontName?.Val?.Value).ToList() ?? [];
            foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                var fontId = (int)(format.FontId?.Value ?? 0);
                formatFonts.Add(fontId < fontNames.Count ? fontNames[fontId] : null);
            }
        }

        public LegacyFont Of(uint styleIndex) => styleIndex < formatFonts.Count ? Legacy(formatFonts[(int)styleIndex]) : default;

        public LegacyFont Legacy(string? fontName)
        {
            if (fontName is null) return default;
            if (!legacy.TryGetValue(fontName, out var font)) legacy[fontName] = font = LegacyEncodingDetector.FromFontName(fontName);
            return font;
        }
    }
}
