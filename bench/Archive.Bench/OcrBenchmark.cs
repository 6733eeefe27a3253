using System.Diagnostics;
using System.Text;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Office;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Bench;

/// <summary>
/// OCR throughput (A4 pages of the sample plan typeset in DejaVu Sans 11 pt, rendered at 300 dpi, one tesseract
/// thread) and LibreOffice conversion of the sample plan written as RTF. Needs scripts/install-ocr-tools.sh.
/// </summary>
public sealed class OcrBenchmark : IBenchmark
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public string Name => "ocr";

    public string Description => "pages/s of render + tesseract (300 dpi A4, 1 thread) and LibreOffice RTF→DOCX MB/s [pages] [conversions]";

    public async Task RunAsync(string[] args)
    {
        var pageCount = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 4;
        var conversions = args.Length > 1 && int.TryParse(args[1], out var c) ? c : 3;
        var sample = File.ReadAllLines(FindSample()).Where(l => l.Trim().Length > 0).ToList();
        var folder = Directory.CreateTempSubdirectory("archive-bench-ocr-").FullName;
        try
        {
            await Ocr(sample, pageCount, folder);
            await Conversion(sample, conversions, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task Ocr(List<string> sample, int pageCount, string folder)
    {
        var pdf = Path.Combine(folder, "plan.pdf");
        await File.WriteAllBytesAsync(pdf, Typeset(sample, pageCount));
        var rasterizer = new PageRasterizer();
        var tesseract = new TesseractOcr();
        TimeSpan render = TimeSpan.Zero, recognize = TimeSpan.Zero;
        long words = 0;
        double confidence = 0;
        for (var page = 1; page <= pageCount; page++)
        {
            var watch = Stopwatch.StartNew();
            using var image = await rasterizer.RenderAsync(pdf, page);
            render += watch.Elapsed;
            watch.Restart();
            var result = await tesseract.RecognizeAsync(image.ImagePath);
            recognize += watch.Elapsed;
            words += result.WordCount;
            confidence += result.Confidence;
        }
        Console.WriteLine($"ocr: {pageCount} A4 pages at 300 dpi, {words / pageCount} words/page, mean confidence {confidence / pageCount:F1}");
        Console.WriteLine($"  render (pdftoppm)       {render.TotalSeconds / pageCount,6:F2} s/page  {pageCount / render.TotalSeconds,6:F2} pages/s");
        Console.WriteLine($"  recognize (tesseract)   {recognize.TotalSeconds / pageCount,6:F2} s/page  {pageCount / recognize.TotalSeconds,6:F2} pages/s");
        Console.WriteLine($"  both, one core          {(render + recognize).TotalSeconds / pageCount,6:F2} s/page  {pageCount / (render + recognize).TotalSeconds,6:F2} pages/s");
    }

    private static async Task Conversion(List<string> sample, int conversions, string folder)
    {
        var rtf = Encoding.ASCII.GetBytes(Rtf(sample));
        using var converter = new OfficeDocumentConverter();
        var watch = Stopwatch.StartNew();
        await converter.ConvertToDocxAsync(new MemoryStream(rtf), ".rtf"); // creates the profile
        var first = watch.Elapsed;
        watch.Restart();
        for (var i = 0; i < conversions; i++) await converter.ConvertToDocxAsync(new MemoryStream(rtf), ".rtf");
        var each = watch.Elapsed / conversions;
        Console.WriteLine($"libreoffice: RTF of the sample plan, {rtf.Length / 1e6:F3} MB");
        Console.WriteLine($"  first conversion (new profile) {first.TotalSeconds,6:F2} s");
        Console.WriteLine($"  next conversions              {each.TotalSeconds,6:F2} s each  {rtf.Length / 1e6 / each.TotalSeconds,6:F3} MB/s");
    }

    // The sample plan's lines, wrapped at ~95 characters, 60 lines per page, repeated to fill the pages.
    private static byte[] Typeset(List<string> sample, int pageCount)
    {
        var lines = sample.SelectMany(Wrap).ToList();
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var next = 0;
        for (var n = 0; n < pageCount; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var row = 0; row < 60; row++) page.AddText(lines[next++ % lines.Count], 9, new PdfPoint(40, 800 - row * 12.8), font);
        }
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length + word.Length > 95) { yield return current.ToString(); current.Clear(); }
            current.Append(current.Length > 0 ? " " : "").Append(word);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    private static string Rtf(List<string> sample)
    {
        var rtf = new StringBuilder(@"{\rtf1\ansi\deff0{\fonttbl{\f0 DejaVu Serif;}}\f0\fs24 ");
        foreach (var line in sample)
        {
            foreach (var ch in line.Normalize(NormalizationForm.FormC))
            {
                if (ch is '\\' or '{' or '}') rtf.Append('\\').Append(ch);
                else if (ch < 128) rtf.Append(ch);
                else rtf.Append(@"\u").Append((short)ch).Append('?');
            }
            rtf.Append(@"\par ");
        }
        return rtf.Append('}').ToString();
    }

    private static string FindSample()
    {
        foreach (var candidate in new[] { "/work/shared/samples/ke-hoach-dan-chu-co-so-dinh-lap-2025.txt", "samples/ke-hoach-dan-chu-co-so-dinh-lap-2025.txt" })
            if (File.Exists(candidate)) return candidate;
        throw new FileNotFoundException("sample plan not found; pass the samples folder as working directory");
    }
}
