using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Bench.Relevance;

namespace Archive.Bench;

/// <summary>
/// Search as people get it: the real service (a child process on a fresh local folder) receives the legal corpus's
/// 668 documents as the real-data check uploads them, then the 399 questions are asked over HTTP one after another on
/// one kept-alive connection, with and without diacritics; it reports the ranking (as <see cref="RelevanceBenchmark"/>
/// judges it, from the hits' file names and passage labels), p50/p99 of the answers and the service's processor time
/// per question, beside StandardAnalyzer asked in process in the same run.
/// </summary>
/// <remarks>Arguments: <c>[--service FOLDER]</c> (another build of Archive.Api) <c>[--passes N]</c> (the questions asked N times, the figures of the last pass).</remarks>
public sealed class HttpSearchBenchmark : IBenchmark
{
    public string Name => "http-search";

    public string Description => "the real service over HTTP with keep-alive: uploads the legal corpus, asks the 399 questions; MRR, p50/p99, service cpu ms a question, beside StandardAnalyzer in process [--service FOLDER] [--passes N]";

    public async Task RunAsync(string[] args)
    {
        var passes = int.Parse(BenchArguments.Option(args, "--passes") ?? "1", CultureInfo.InvariantCulture);
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(null));
        var byFile = corpus.Documents.ToDictionary(d => ArchiveSystem.FileNameStem(d.Id) + ".txt", d => d.Id, StringComparer.Ordinal);
        var folder = Directory.CreateTempSubdirectory("archive-http-search-bench-").FullName;
        try
        {
            using var service = await ServiceProcess.StartAsync(folder, new Dictionary<string, string>(),
                Path.GetFullPath(BenchArguments.Option(args, "--service") ?? AppContext.BaseDirectory));
            var uploads = corpus.Documents
                .Select(d => new UploadsBenchmark.CorpusDocument(ArchiveSystem.FileNameStem(d.Id) + ".txt", Encoding.UTF8.GetBytes(LegalCorpus.UploadedText(d))))
                .ToList();
            var watch = Stopwatch.StartNew();
            await UploadsBenchmark.UploadAllAsync(service.Client, uploads, 1);
            await UploadsBenchmark.WaitProcessedAsync(service.Client, uploads.Count);
            Console.WriteLine($"{uploads.Count} documents uploaded and processed in {watch.Elapsed.TotalSeconds:F1} s; load average {RelevanceBenchmark.LoadAverage()}");

            Console.WriteLine(RelevanceBenchmark.Header);
            foreach (var accents in new[] { true, false })
            {
                var (outcomes, cpu) = await AskAsync(corpus, accents, passes, typed => ServiceSearchAsync(service.Client, typed, byFile), () => service.ProcessorTime);
                Console.WriteLine(RelevanceBenchmark.Row("archive over HTTP", accents, outcomes, cpu));
            }
            using var standard = new StandardBaseline(corpus, folding: false);
            foreach (var accents in new[] { true, false })
            {
                var (outcomes, cpu) = await AskAsync(corpus, accents, passes, typed => Task.FromResult(standard.Search(typed)),
                    () => Process.GetCurrentProcess().TotalProcessorTime);
                Console.WriteLine(RelevanceBenchmark.Row("StandardAnalyzer in process", accents, outcomes, cpu));
            }
            Console.WriteLine($"load average {RelevanceBenchmark.LoadAverage()}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The outcomes of the last pass, and the processor time (of <paramref name="cpu"/>'s process) per question, the least of the passes.</summary>
    private static async Task<(List<RelevanceFigures.Outcome> Outcomes, double CpuMs)> AskAsync(LegalCorpus corpus, bool accents, int passes,
        Func<string, Task<IReadOnlyList<RankedDocument>>> search, Func<TimeSpan> cpu)
    {
        var questions = corpus.Questions.Select(q => (Question: q, Typed: accents ? q.Query : LegalCorpus.WithoutDiacritics(q.Query))).ToList();
        foreach (var (_, typed) in questions.Take(20)) await search(typed); // warm-up
        var outcomes = new List<RelevanceFigures.Outcome>(questions.Count);
        var least = double.MaxValue;
        for (var pass = 0; pass < Math.Max(1, passes); pass++)
        {
            outcomes.Clear();
            var before = cpu();
            foreach (var (question, typed) in questions)
            {
                var start = Stopwatch.GetTimestamp();
                var hits = await search(typed);
                outcomes.Add(RelevanceFigures.Judge(question, hits, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            }
            least = Math.Min(least, (cpu() - before).TotalMilliseconds / questions.Count);
        }
        return (outcomes, least);
    }

    /// <summary>The service's 10 first hits, as corpus documents (by the file name they were uploaded under) and passage labels.</summary>
    private static async Task<IReadOnlyList<RankedDocument>> ServiceSearchAsync(HttpClient client, string typed, IReadOnlyDictionary<string, string> byFile)
    {
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?pageSize=10&q=" + Uri.EscapeDataString(typed)));
        return answer.RootElement.GetProperty("hits").EnumerateArray()
            .Select(hit => new RankedDocument(
                byFile.GetValueOrDefault(hit.GetProperty("fileName").GetString() ?? "", ""),
                hit.TryGetProperty("passage", out var passage) && passage.ValueKind == JsonValueKind.Object && passage.TryGetProperty("label", out var label)
                    ? label.GetString() : null))
            .ToList();
    }
}
