using System.Diagnostics;
using System.Net;
using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Bench;

/// <summary>
/// Pages per second of <see cref="PdfTextExtractor"/> against poppler's pdftotext (run as a process, as a
/// server would), on the test fixtures and on a ~50-page plan typeset by LibreOffice into a temp folder.
/// "agree" is the share of pdftotext's words that PdfTextExtractor also produced (its per-page choice of poppler or PdfPig, see pdf-text): a rough check that speed was
/// not bought with lost text. Args: [fixtures folder] [sample plan .txt].
/// </summary>
public sealed class ExtractionBenchmark : IBenchmark
{
    private const int Runs = 5;
    private const int SampleRepeats = 6;

    public string Name => "extraction";

    public string Description => "PDF text extraction pages/s: PdfTextExtractor vs pdftotext, on the fixtures and a long LibreOffice plan";

    public async Task RunAsync(string[] args)
    {
        var fixtures = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "tests/Archive.Indexer.Tests/Fixtures");
        var sample = args.Length > 1 ? args[1] : "/work/shared/samples/ke-hoach-dan-chu-co-so-dinh-lap-2025.txt";
        var temp = Directory.CreateTempSubdirectory("archive-bench-extraction-");
        try
        {
            var files = new List<string> { "ke-hoach-dejavu-serif.pdf", "ke-hoach-liberation-serif.pdf", "scanned-no-text.pdf" }
                .Select(f => Path.Combine(fixtures, f))
                .ToList();
            files.Add(await TypesetLongPlanAsync(sample, temp.FullName));

            Console.WriteLine($"median of {Runs} runs after one warm-up; pdftotext includes process start");
            Console.WriteLine($"{"file",-32} {"pages",5} {"ours ms",10} {"pages/s",8} {"pdftotext ms",13} {"pages/s",8} {"agree",6}");
            double pigTotal = 0, popplerTotal = 0;
            var pagesTotal = 0;
            foreach (var file in files)
            {
                var bytes = await File.ReadAllBytesAsync(file);
                var extracted = await new PdfTextExtractor().ExtractAsync(new MemoryStream(bytes));
                var pages = extracted.PageCount ?? 0;
                var pig = Median(() => new PdfTextExtractor().ExtractAsync(new MemoryStream(bytes)).GetAwaiter().GetResult());
                var popplerText = await Pdftotext.RunAsync(file);
                var poppler = Median(() => Pdftotext.RunAsync(file).GetAwaiter().GetResult());
                pigTotal += pig;
                popplerTotal += poppler;
                pagesTotal += pages;
                Console.WriteLine(
                    $"{Path.GetFileName(file),-32} {pages,5} {pig,10:F1} {pages / (pig / 1000),8:F1} {poppler,13:F1} " +
                    $"{pages / (poppler / 1000),8:F1} {Agreement(popplerText, extracted.Text),6:P0}");
            }
            Console.WriteLine(
                $"{"total",-32} {pagesTotal,5} {pigTotal,10:F1} {pagesTotal / (pigTotal / 1000),8:F1} {popplerTotal,13:F1} " +
                $"{pagesTotal / (popplerTotal / 1000),8:F1}");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static double Median(Action run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[Runs / 2];
    }

    // Share of pdftotext's words (as a multiset) that our text also holds.
    private static double Agreement(string reference, string candidate)
    {
        static IEnumerable<string> Words(string text) =>
            text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        var available = Words(candidate).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var words = Words(reference).ToList();
        if (words.Count == 0) return 1;
        var found = 0;
        foreach (var word in words)
        {
            if (available.TryGetValue(word, out var left) && left > 0)
            {
                available[word] = left - 1;
                found++;
            }
        }
        return (double)found / words.Count;
    }

    // The sample plan (lines broken mid-sentence, as they came out of its PDF) rejoined into paragraphs,
    // repeated, and typeset with LibreOffice into a long PDF.
    private static async Task<string> TypesetLongPlanAsync(string samplePath, string folder)
    {
        var paragraphs = (await File.ReadAllTextAsync(samplePath))
            .Split(["\n \n", "\n\n"], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => WebUtility.HtmlEncode(p.Trim()))
            .Where(p => p.Length > 0)
            .ToList();
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:'Liberation Serif';font-size:13pt}</style></head><body>");
        for (var i = 0; i < SampleRepeats; i++)
        {
            foreach (var p in paragraphs) html.Append("<p>").Append(p).Append("</p>");
        }
        html.Append("</body></html>");
        var source = Path.Combine(folder, "ke-hoach-dai.html");
        await File.WriteAllTextAsync(source, html.ToString());

        var start = new ProcessStartInfo("soffice",
            ["--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", folder, source])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return Path.ChangeExtension(source, ".pdf");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
