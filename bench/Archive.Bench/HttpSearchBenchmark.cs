using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Bench.Relevance;
using Archive.Indexer.Analysis;
using Archive.Indexer.Index;

namespace Archive.Bench;

/// <summary>
/// Search as people get it: the real service (a child process on a fresh local folder) receives the legal corpus's
/// 668 documents as the real-data check uploads them, then the 399 questions are asked over HTTP one after another on
/// one kept-alive connection, with and without diacritics; it reports the ranking (as <see cref="RelevanceBenchmark"/>
/// judges it, from the hits' file names and passage labels), p50/p99 of the answers and the service's processor time
/// per question, beside StandardAnalyzer asked in process in the same run.
/// </summary>
/// <remarks>Arguments: <c>[--service FOLDER]</c> (another build of Archive.Api) <c>[--passes N]</c> (the questions asked N times, the figures of the last pass)
/// <c>[--folder DIR]</c> (the service's working folder, kept: the corpus is uploaded into it once, and a later run on it starts the
/// service on what is stored there, so that the questions can be asked again without the uploads) <c>[--merge N]</c> (with
/// <c>--folder</c>: the kept index is merged to at most N segments before the service starts, to weigh what its segment count costs) <c>[--env KEY=VALUE]</c> (repeatable: the service's environment, e.g. <c>DOTNET_gcServer=0</c>).</remarks>
public sealed class HttpSearchBenchmark : IBenchmark
{
    public string Name => "http-search";

    public string Description => "the real service over HTTP with keep-alive: uploads the legal corpus, asks the 399 questions; MRR, p50/p99, service cpu ms a question, beside StandardAnalyzer in process [--service FOLDER] [--passes N] [--folder DIR to keep/reuse] [--merge N: its index merged to N segments first] [--env KEY=VALUE: the service's environment, repeatable]";

    public async Task RunAsync(string[] args)
    {
        var passes = int.Parse(BenchArguments.Option(args, "--passes") ?? "1", CultureInfo.InvariantCulture);
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(null));
        var byFile = corpus.Documents.ToDictionary(d => ArchiveSystem.FileNameStem(d.Id) + ".txt", d => d.Id, StringComparer.Ordinal);
        var kept = BenchArguments.Option(args, "--folder");
        var folder = kept is null ? Directory.CreateTempSubdirectory("archive-http-search-bench-").FullName : Directory.CreateDirectory(kept).FullName;
        var uploaded = Path.Combine(folder, "corpus-uploaded");
        if (BenchArguments.Option(args, "--merge") is { } merge && File.Exists(uploaded)) MergeKeptIndex(folder, int.Parse(merge, CultureInfo.InvariantCulture));
        try
        {
            var environment = BenchArguments.Environment(args);
            foreach (var (key, value) in environment) Console.WriteLine($"service environment: {key}={value}");
            using var service = await ServiceProcess.StartAsync(folder, environment,
                Path.GetFullPath(BenchArguments.Option(args, "--service") ?? AppContext.BaseDirectory));
            var uploads = corpus.Documents
                .Select(d => new UploadsBenchmark.CorpusDocument(ArchiveSystem.FileNameStem(d.Id) + ".txt", Encoding.UTF8.GetBytes(LegalCorpus.UploadedText(d))))
                .ToList();
            var watch = Stopwatch.StartNew();
            if (File.Exists(uploaded))
            {
                await UploadsBenchmark.WaitProcessedAsync(service.Client, uploads.Count);
                Console.WriteLine($"the service started on the {uploads.Count} documents kept in {folder} and was ready in {watch.Elapsed.TotalSeconds:F1} s; load average {RelevanceBenchmark.LoadAverage()}");
            }
            else
            {
                await UploadsBenchmark.UploadAllAsync(service.Client, uploads, 1);
                await UploadsBenchmark.WaitProcessedAsync(service.Client, uploads.Count);
                await File.WriteAllTextAsync(uploaded, DateTimeOffset.UtcNow.ToString("O"));
                Console.WriteLine($"{uploads.Count} documents uploaded and processed in {watch.Elapsed.TotalSeconds:F1} s; load average {RelevanceBenchmark.LoadAverage()}");
            }

            Console.WriteLine(RelevanceBenchmark.Header);
            foreach (var accents in new[] { true, false })
            {
                var (outcomes, cpu) = await AskAsync(corpus, accents, passes, typed => ServiceSearchAsync(service.Client, typed, byFile), () => service.ProcessorTime);
                Console.WriteLine(RelevanceBenchmark.Row("archive over HTTP", accents, outcomes, cpu));
            }
            var (residentNow, residentPeak) = service.ResidentMb;
            Console.WriteLine($"service resident memory: {residentNow:F0} MB after the questions, {residentPeak:F0} MB at most");
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
            if (kept is null) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The service's index in <paramref name="folder"/> (where a service started there keeps it), merged while no service runs.</summary>
    private static void MergeKeptIndex(string folder, int segments)
    {
        using var index = new DocumentIndex(new IndexOptions { Path = Path.Combine(folder, new IndexOptions().Path) }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
        var before = index.UseSearcher(s => s.IndexReader.Leaves.Count);
        var watch = Stopwatch.StartNew();
        index.Merge(segments);
        Console.WriteLine($"the kept index merged from {before} to {index.UseSearcher(s => s.IndexReader.Leaves.Count)} segments in {watch.Elapsed.TotalSeconds:F1} s");
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
