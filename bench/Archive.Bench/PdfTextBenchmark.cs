using System.Diagnostics;
using System.Text;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Pdf;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Bench;

/// <summary>
/// The archive's PDF text against poppler's pdftotext on the same files, in the same run: the share of words that
/// are Vietnamese syllables (<see cref="TextJudge"/>, for ours, pdftotext and pdftotext -layout), pages per second
/// (ours = the whole text-layer reading: PdfPig's covered areas, pdftotext, the judge, PdfPig's reading where needed),
/// which reading each page kept, and with --ocr the seconds per page of OCR for the pages that need it.
/// Args: [folder or PDF files…] [--ocr] [--runs N]; default folder ../shared/data/real-files.
/// </summary>
public sealed class PdfTextBenchmark : IBenchmark
{
    public string Name => "pdf-text";

    public string Description => "PDF text: syllable share and pages/s, ours vs pdftotext; --ocr adds OCR s/page [folder|files…] [--ocr] [--runs N]";

    public async Task RunAsync(string[] args)
    {
        var ocr = args.Contains("--ocr");
        var runsAt = Array.IndexOf(args, "--runs");
        var runs = runsAt >= 0 && runsAt + 1 < args.Length && int.TryParse(args[runsAt + 1], out var r) ? r : 3;
        var inputs = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (runsAt < 0 || i != runsAt + 1)).ToList();
        if (inputs.Count == 0) inputs.Add(DefaultFolder());
        var files = inputs
            .SelectMany(i => Directory.Exists(i) ? Directory.GetFiles(i, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[i])
            .ToList();

        var extractor = new PdfTextExtractor();
        Console.WriteLine($"median of {runs} runs after one warm-up; pdftotext includes its process start; syllable share = Vietnamese syllables / words checked");
        Console.WriteLine($"{"file",-44} {"pages",5} {"ours ms",8} {"p/s",6} {"pdftotext ms",12} {"p/s",6} {"speed",6} {"ours",6} {"pdftotext",9} {"-layout",7}  pages kept");
        double oursTotal = 0, popplerTotal = 0;
        int pagesTotal = 0;
        var cleaner = 0;
        var scans = new List<(string File, PdfAssessment Assessment)>();
        foreach (var file in files)
        {
            var text = await extractor.ExtractFileAsync(file);
            var pages = text.PageCount ?? 0;
            var ours = await MedianAsync(runs, () => extractor.ExtractFileAsync(file));
            var popplerText = await Pdftotext.RunAsync(file);
            var layoutText = await Pdftotext.RunAsync(file, layout: true);
            var poppler = await MedianAsync(runs, () => Pdftotext.RunAsync(file));
            var oursShare = TextJudge.Judge(text.Text).SyllableShare;
            var popplerShare = TextJudge.Judge(popplerText).SyllableShare;
            if (oursShare >= popplerShare) cleaner++;
            oursTotal += ours;
            popplerTotal += poppler;
            pagesTotal += pages;
            var kept = string.Join(", ", (text.PageSources ?? []).GroupBy(s => $"{s.Source}/{s.Reason}").Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine(
                $"{Short(file),-44} {pages,5} {ours,8:F0} {pages / (ours / 1000),6:F1} {poppler,12:F0} {pages / (poppler / 1000),6:F1} " +
                $"{poppler / ours,6:F2} {oursShare,6:P1} {popplerShare,9:P1} {TextJudge.Judge(layoutText).SyllableShare,7:P1}  {text.Status} {kept}");
            if (ocr)
            {
                var ocrAssessment = await new PdfPageAssessor().AssessAsync(file);
                if (ocrAssessment.NeedsOcr) scans.Add((file, ocrAssessment));
            }
        }
        Console.WriteLine(
            $"{"total",-44} {pagesTotal,5} {oursTotal,8:F0} {pagesTotal / (oursTotal / 1000),6:F1} {popplerTotal,12:F0} " +
            $"{pagesTotal / (popplerTotal / 1000),6:F1} {popplerTotal / oursTotal,6:F2}   ours at least as clean as pdftotext on {cleaner}/{files.Count} files");
        if (ocr) await OcrAsync(scans);
    }

    private static async Task OcrAsync(List<(string File, PdfAssessment Assessment)> scans)
    {
        var recognizer = new ScannedDocumentOcr();
        Console.WriteLine();
        Console.WriteLine($"{"OCR (300 dpi, 1 tesseract thread)",-44} {"pages",5} {"s/page",7} {"conf",5} {"syllables",9}");
        double seconds = 0;
        var pages = 0;
        foreach (var (file, assessment) in scans)
        {
            var results = new List<OcrPageResult>();
            var watch = Stopwatch.StartNew();
            foreach (var page in assessment.PagesToRecognize) results.Add(await recognizer.RecognizePdfPageAsync(file, page));
            var elapsed = watch.Elapsed.TotalSeconds;
            var merged = recognizer.Merge(assessment, results);
            var words = results.Sum(p => p.WordCount);
            var confidence = words == 0 ? 0 : results.Sum(p => p.Confidence * p.WordCount) / words;
            var share = TextJudge.Judge(string.Join('\n', results.Select(p => p.Text))).SyllableShare;
            Console.WriteLine($"{Short(file),-44} {results.Count,5} {elapsed / Math.Max(1, results.Count),7:F2} {confidence,5:F0} {share,9:P1}  {merged.Status}");
            seconds += elapsed;
            pages += results.Count;
        }
        Console.WriteLine($"{"total",-44} {pages,5} {seconds / Math.Max(1, pages),7:F2}");
    }

    private static async Task<double> MedianAsync(int runs, Func<Task> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[runs / 2];
    }

    private static string Short(string file)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileNameWithoutExtension(file);
        return name.Length <= 44 ? name : name[..41] + "...";
    }

    private static string DefaultFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "real-files");
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return "/work/shared/data/real-files";
    }
}
