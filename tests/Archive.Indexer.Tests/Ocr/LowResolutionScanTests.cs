using System.Diagnostics;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Metadata;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Indexer.Tests.Ocr;

/// <summary>
/// A circular written for the test, its place-and-date line in italics, scanned at 72 ppi: the resolution at which
/// tesseract's Vietnamese model turns the date's digits into look-alikes.
/// </summary>
public sealed class LowResolutionScanTests : IDisposable
{
    private const string Sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string SerifItalic = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf";
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-low-resolution-").FullName;

    public LowResolutionScanTests()
    {
        RequiredTool.Check("tesseract");
        RequiredTool.Check("pdftoppm");
        Assert.True(File.Exists(Sans) && File.Exists(SerifItalic), "DejaVu fonts are missing: run scripts/install-ocr-tools.sh (fonts-dejavu-core).");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_date_of_a_low_resolution_scan_is_read_with_its_digits_checked_by_a_second_reading()
    {
        var scan = Scan("Hà Nội, ngày 19 tháng 06 năm 2017");

        var text = await new ScannedDocumentOcr().RecognizeAsync(File.OpenRead(scan), ContentTypes.Pdf);

        var header = new DocumentHeaderReader().Read(text.Text);
        Assert.True(header.IssuedOn == new DateOnly(2017, 6, 19), text.Text);
        Assert.Equal(("Thông tư", "BỘ XÂY DỰNG", "14/2017/TT-BXD"), (header.Kind, header.Issuer, header.Number));
        Assert.False(text.HeaderNumberDoubtful, "the typed number reads the same both ways");
        Assert.Contains("Căn cứ Luật Xây dựng", text.Text);
    }

    // The page typeset, rendered at 72 ppi and put back as one full-page picture with no text layer.
    private string Scan(string dateLine)
    {
        var printed = new PdfDocumentBuilder();
        var sans = printed.AddTrueTypeFont(File.ReadAllBytes(Sans));
        var italic = printed.AddTrueTypeFont(File.ReadAllBytes(SerifItalic));
        var page = printed.AddPage(PageSize.A4);
        page.AddText("BỘ XÂY DỰNG", 12, new PdfPoint(70, 780), sans);
        page.AddText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, new PdfPoint(270, 780), sans);
        page.AddText("Độc lập - Tự do - Hạnh phúc", 12, new PdfPoint(310, 760), sans);
        page.AddText("Số: 14/2017/TT-BXD", 12, new PdfPoint(70, 730), sans);
        page.AddText(dateLine, 13, new PdfPoint(290, 730), italic);
        page.AddText("THÔNG TƯ", 14, new PdfPoint(260, 680), sans);
        page.AddText("Hướng dẫn xác định chi phí bảo trì công trình xây dựng", 12, new PdfPoint(120, 660), sans);
        page.AddText("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;", 12, new PdfPoint(70, 620), sans);
        var printedPath = Path.Combine(_folder, "ban-in.pdf");
        File.WriteAllBytes(printedPath, printed.Build());

        using (var render = Process.Start("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", "-gray", "-png", printedPath, Path.Combine(_folder, "anh")])!)
        {
            render.WaitForExit();
            Assert.Equal(0, render.ExitCode);
        }
        var picture = Directory.GetFiles(_folder, "anh*.png").Single();

        var scanned = new PdfDocumentBuilder();
        var sheet = scanned.AddPage(PageSize.A4);
        sheet.AddPng(File.ReadAllBytes(picture), new PdfRectangle(0, 0, sheet.PageSize.Width, sheet.PageSize.Height));
        var scanPath = Path.Combine(_folder, "ban-quet.pdf");
        File.WriteAllBytes(scanPath, scanned.Build());
        return scanPath;
    }
}
