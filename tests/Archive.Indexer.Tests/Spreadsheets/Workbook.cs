using Archive.Indexer.Extraction.LegacyEncodings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Archive.Indexer.Tests.Spreadsheets;

/// <summary>
/// An Excel workbook built by the test with the Open XML SDK: named sheets of rows, each cell text in a font
/// (a VNI or TCVN3 font gets the legacy bytes, as old forms were typed), numbers as numbers.
/// </summary>
public static class Workbook
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object>> Rows, string Font = "Times New Roman");

    public static byte[] Build(params Sheet[] sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var fonts = sheets.Select(s => s.Font).Distinct().ToList();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(fonts.Select(f => new Font(new FontSize { Val = 12 }, new FontName { Val = f }))) { Count = (uint)fonts.Count },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(fonts.Select((_, i) => new CellFormat { FontId = (uint)i, ApplyFont = true })) { Count = (uint)fonts.Count });
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var style = (uint)fonts.IndexOf(sheet.Font);
                var encoding = LegacyEncodingDetector.FromFontName(sheet.Font).Encoding;
                uint r = 1;
                foreach (var row in sheet.Rows)
                {
                    var cells = new Row { RowIndex = r };
                    var column = 0;
                    foreach (var value in row)
                    {
                        var reference = $"{(char)('A' + column++)}{r}";
                        cells.Append(value switch
                        {
                            int or double or decimal => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(Convert.ToDouble(value)) },
                            _ => new Cell
                            {
                                CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
                                InlineString = new InlineString(new Text(Legacy(value.ToString()!, encoding))),
                            },
                        });
                    }
                    data.Append(cells);
                    r++;
                }
                part.Worksheet = new Worksheet(data);
                sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return memory.ToArray();
    }

    /// <summary>
    /// The workbook saved by LibreOffice Calc in an older format ("xls": Excel 97, "ods"), fonts and bytes kept,
    /// as the old forms offices keep were saved.
    /// </summary>
    public static async Task<byte[]> SaveAsAsync(byte[] xlsx, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("archive-workbook-").FullName;
        try
        {
            var input = Path.Combine(folder, "form.xlsx");
            await File.WriteAllBytesAsync(input, xlsx);
            var filter = extension == "xls" ? "xls:MS Excel 97" : extension;
            var start = new System.Diagnostics.ProcessStartInfo("soffice",
                ["--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", filter, "--outdir", folder, input])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            await process.WaitForExitAsync();
            var output = Path.Combine(folder, "form." + extension);
            Assert.True(File.Exists(output), $"soffice (libreoffice-calc-nogui, scripts/install-ocr-tools.sh) could not save a .{extension}");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Legacy(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Vni => LegacyEncoder.ToVni(text),
        LegacyEncoding.Tcvn3 => LegacyEncoder.ToTcvn3(text),
        _ => text,
    };
}
