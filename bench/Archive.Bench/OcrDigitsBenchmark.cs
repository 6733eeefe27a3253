using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Indexer.Extraction.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Bench;

/// <summary>
/// How well tesseract's Vietnamese and English models read the digits of header date lines on low-resolution scans,
/// the measure behind the second reading of a scanned header (Metadata.HeaderDateDigits): 30 random
/// "Hà Nội, ngày D tháng M năm Y" lines typeset in an italic serif, rendered at 72 and 96 ppi, put back as a
/// full-page picture, rendered at 300 dpi as the OCR does, and recognized one line a row (--psm 4) by each model.
/// Counts the days and months read right. Args: [--seed N] (default 1).
/// </summary>
public sealed partial class OcrDigitsBenchmark : IBenchmark
{
    private static readonly string[] Fonts =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf",
    ];

    // Both models' spellings of the date words ("ngày", "ngay", "nedy"; "tháng", "thang"; "năm", "nam", "ndm").
    [GeneratedRegex(@"n\S{2,3}\s+(?<d>\S{1,3})\s+t\S{3,5}\s+(?<m>\S{1,3})\s+n\S{1,3}\s+\S{4,5}", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    public string Name => "ocr-digits";

    public string Description => "OCR of date digits on 72/96 ppi italic scans: Vietnamese vs English tesseract model [--seed N]";

    public async Task RunAsync(string[] args)
    {
        var seed = int.TryParse(BenchArguments.Option(args, "--seed"), out var s) ? s : 1;
        var folder = Directory.CreateTempSubdirectory("archive-ocr-digits-").FullName;
        try
        {
            Console.WriteLine($"{"font",-32} {"ppi",4} {"vie right",10} {"eng right",10}  (days and months of 30 lines)");
            foreach (var font in Fonts)
            {
                var dates = Dates(new Random(seed));
                foreach (var ppi in (int[])[72, 96])
                {
                    var page = await ScanAsync(folder, font, ppi, dates);
                    var vie = Right(await RecognizeAsync(page, "vie"), dates);
                    var eng = Right(await RecognizeAsync(page, "eng"), dates);
                    Console.WriteLine($"{Path.GetFileNameWithoutExtension(font),-32} {ppi,4} {vie,6}/{2 * dates.Count,-3} {eng,6}/{2 * dates.Count,-3}");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<(string Day, string Month, int Year)> Dates(Random random) =>
        Enumerable.Range(0, 30).Select(_ =>
        {
            var day = random.Next(1, 29);
            var month = random.Next(1, 13);
            // Clerks write single digits with or without a leading zero.
            var d = day < 10 && random.Next(2) == 0 ? $"0{day}" : $"{day}";
            var m = month < 10 && random.Next(2) == 0 ? $"0{month}" : $"{month}";
            return (d, m, random.Next(2000, 2027));
        }).ToList();

    private static async Task<string> ScanAsync(string folder, string font, int ppi, List<(string Day, string Month, int Year)> dates)
    {
        var name = $"{Path.GetFileNameWithoutExtension(font)}-{ppi}";
        var printed = new PdfDocumentBuilder();
        var added = printed.AddTrueTypeFont(File.ReadAllBytes(font));
        var page = printed.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var (day, month, year) in dates)
        {
            page.AddText($"Hà Nội, ngày {day} tháng {month} năm {year}", 13, new PdfPoint(60, y), added);
            y -= 25;
        }
        var printedPath = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(printedPath, printed.Build());
        await RunAsync("pdftoppm", ["-r", ppi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", printedPath, Path.Combine(folder, name + "-picture")]);

        var scanned = new PdfDocumentBuilder();
        var sheet = scanned.AddPage(PageSize.A4);
        sheet.AddPng(await File.ReadAllBytesAsync(Directory.GetFiles(folder, name + "-picture*.png").Single()), new PdfRectangle(0, 0, sheet.PageSize.Width, sheet.PageSize.Height));
        var scanPath = Path.Combine(folder, name + "-scan.pdf");
        await File.WriteAllBytesAsync(scanPath, scanned.Build());
        await RunAsync("pdftoppm", ["-r", "300", "-gray", "-png", scanPath, Path.Combine(folder, name + "-300")]);
        return Directory.GetFiles(folder, name + "-300*.png").Single();
    }

    private static async Task<string> RecognizeAsync(string image, string language)
    {
        var result = await new TesseractOcr(new OcrOptions { Language = language, PageSegmentationMode = 4 }).RecognizeAsync(image);
        return result.Text;
    }

    // Lines in order: the i-th date line read against the i-th date written.
    private static int Right(string text, List<(string Day, string Month, int Year)> dates)
    {
        var read = text.Split('\n').Select(l => DateLine().Match(l)).Where(m => m.Success).ToList();
        if (read.Count != dates.Count) Console.WriteLine($"  ({read.Count} of {dates.Count} lines found as dates)");
        return read.Zip(dates).Sum(p => (Same(p.First.Groups["d"].Value, p.Second.Day) ? 1 : 0) + (Same(p.First.Groups["m"].Value, p.Second.Month) ? 1 : 0));
    }

    private static bool Same(string read, string written) => read.All(char.IsAsciiDigit) && read.Length > 0 && int.Parse(read) == int.Parse(written);

    private static async Task RunAsync(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {await process.StandardError.ReadToEndAsync()}");
    }
}
