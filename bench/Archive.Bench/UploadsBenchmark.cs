using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Bench;

/// <summary>
/// Upload throughput end to end: the real service (Archive.Api.dll, a child process on a local folder store) receives
/// the legal corpus's documents as text files (title and text, ~20 KB) from 1 or more clients, each uploading one after
/// another; it reports the time to answer and the time until every document is processed (read, described, linked,
/// indexed), per document, and where the service spent the time, from its own /metrics: each ingest step, each store
/// operation by key area, the queue wait, the index reopens.
/// </summary>
/// <remarks>
/// Arguments: <c>[--clients 1] [--count 658] [--workers N] [--service FOLDER] [--env KEY=VALUE]</c> (repeatable: the service's environment) (FOLDER: another build of Archive.Api,
/// e.g. main's, for a baseline in the same run). A short warm-up (10 other documents) runs first and is not counted.
/// The machine's other load counts in the times; the service's processor time per document (from /proc) much less.
/// </remarks>
public sealed partial class UploadsBenchmark : IBenchmark
{
    public string Name => "uploads";

    public string Description => "upload throughput of ~20 KB text documents against the real service (answer and processed), 1 or N clients, with where the time goes";

    public async Task RunAsync(string[] args)
    {
        var clients = int.Parse(BenchArguments.Option(args, "--clients") ?? "1", CultureInfo.InvariantCulture);
        var documents = ReadCorpus(BenchArguments.Option(args, "--data") ?? BenchArguments.FindData());
        var count = int.Parse(BenchArguments.Option(args, "--count") ?? (documents.Count - 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (count > documents.Count - 10) throw new ArgumentException($"--count at most {documents.Count - 10} (the corpus has {documents.Count}, 10 warm up)");
        var environment = BenchArguments.Environment(args);
        foreach (var (key, value) in environment) Console.WriteLine($"service environment: {key}={value}");
        if (BenchArguments.Option(args, "--workers") is { } workers) environment["Ingest__Workers"] = workers;

        var folder = Directory.CreateTempSubdirectory("archive-uploads-bench-").FullName;
        try
        {
            using var service = await ServiceProcess.StartAsync(folder, environment, Path.GetFullPath(BenchArguments.Option(args, "--service") ?? AppContext.BaseDirectory));
            await UploadAllAsync(service.Client, documents.TakeLast(10).ToList(), 1);
            await WaitProcessedAsync(service.Client, 10);

            var before = await MetricsAsync(service.Client);
            var cpuBefore = service.ProcessorTime;
            var chosen = documents.Take(count).ToList();
            var watch = Stopwatch.StartNew();
            var answers = await UploadAllAsync(service.Client, chosen, clients);
            var answered = watch.Elapsed;
            await WaitProcessedAsync(service.Client, 10 + count);
            var processed = watch.Elapsed;
            var after = await MetricsAsync(service.Client);
            var cpu = service.ProcessorTime - cpuBefore;

            answers.Sort();
            var bytes = chosen.Sum(d => (long)d.Content.Length);
            Console.WriteLine(FormattableString.Invariant(
                $"{count} text documents (mean {bytes / 1024.0 / count:F1} KB) from {clients} client(s), {service.Workers} worker(s):"));
            Console.WriteLine(FormattableString.Invariant(
                $"  answered after {answered.TotalSeconds:F1} s (answer p50 {answers[answers.Count / 2]:F0} ms, p99 {answers[(int)(answers.Count * .99)]:F0} ms)"));
            Console.WriteLine(FormattableString.Invariant(
                $"  all processed after {processed.TotalSeconds:F1} s: {processed.TotalMilliseconds / count:F1} ms per document end to end, {count / processed.TotalSeconds:F1} documents/s"));
            Console.WriteLine(FormattableString.Invariant(
                $"  service processor time {cpu.TotalMilliseconds / count:F1} ms per document ({cpu.TotalSeconds / processed.TotalSeconds:F2} cores busy on average)"));
            Console.WriteLine("  where the time goes (per document, summed over concurrent work; from /metrics):");
            foreach (var line in Breakdown(before, after, count)) Console.WriteLine("    " + line);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal sealed record CorpusDocument(string Name, byte[] Content);

    private static List<CorpusDocument> ReadCorpus(string data) =>
        Directory.GetFiles(Path.Combine(data, "legal-corpus"), "legal_docs*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select((d, i) => new CorpusDocument($"van-ban-{i:D4}.txt",
                Encoding.UTF8.GetBytes((d.GetProperty("title").GetString() ?? "") + "\n\n" + d.GetProperty("text").GetString())))
            .ToList();

    /// <summary>Each client uploads its share one after another; the answer times in milliseconds.</summary>
    internal static async Task<List<double>> UploadAllAsync(HttpClient client, IReadOnlyList<CorpusDocument> documents, int clients)
    {
        var times = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; i < documents.Count; i += clients)
            {
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(documents[i].Content);
                file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
                form.Add(file, "file", documents[i].Name);
                var started = Stopwatch.GetTimestamp();
                using var answer = await client.PostAsync("/api/documents", form);
                var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (answer.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"{documents[i].Name}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                lock (times) times.Add(took);
            }
        })));
        return times;
    }

    /// <summary>Polls the document list (not each document: a document view is audited) until none is pending.</summary>
    internal static async Task WaitProcessedAsync(HttpClient client, int expected)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(30))
        {
            var done = 0;
            var total = 0;
            for (var page = 1; ; page++)
            {
                using var list = JsonDocument.Parse(await client.GetStringAsync($"/api/documents?pageSize=100&page={page}"));
                var items = list.RootElement.GetProperty("items");
                total = list.RootElement.GetProperty("total").GetInt32();
                done += items.EnumerateArray().Count(d => d.GetProperty("textStatus").GetString() != "pending");
                if (page * 100 >= total) break;
            }
            if (total >= expected && done == total) return;
            await Task.Delay(200);
        }
        throw new TimeoutException("The documents were not processed within 30 minutes.");
    }

    [GeneratedRegex("""^(?<name>archive_(?:store_duration|ingest_step_duration|queue_wait|index_reopen_duration)_seconds)_(?<what>sum|count)(?:\{(?<labels>[^}]*)\})?\s+(?<value>\S+)""", RegexOptions.Multiline)]
    private static partial Regex MetricLine();

    /// <summary>Sums and counts of the service's duration histograms, by series (name and labels).</summary>
    private static async Task<Dictionary<(string Series, string What), double>> MetricsAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/metrics");
        var values = new Dictionary<(string, string), double>();
        foreach (Match m in MetricLine().Matches(text))
        {
            var labels = string.Join(" ", m.Groups["labels"].Value.Split(',')
                .Where(l => l.Length > 0 && !l.StartsWith("otel_", StringComparison.Ordinal))
                .Select(l => l.Split('=')[1].Trim('"')));
            var series = m.Groups["name"].Value.Replace("archive_", "").Replace("_duration_seconds", "").Replace("_seconds", "") + " " + labels;
            values[(series, m.Groups["what"].Value)] = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
        }
        return values;
    }

    private static IEnumerable<string> Breakdown(Dictionary<(string Series, string What), double> before, Dictionary<(string Series, string What), double> after, int documents)
    {
        double Delta((string, string) key) => after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
        return after.Keys.Where(k => k.What == "sum").Select(k => k.Series).Distinct()
            .Select(series => (Series: series, Sum: Delta((series, "sum")), Count: Delta((series, "count"))))
            .Where(s => s.Count > 0)
            .OrderBy(s => s.Series.Split(' ')[0], StringComparer.Ordinal).ThenByDescending(s => s.Sum)
            .Select(s => FormattableString.Invariant(
                $"{s.Series,-40} {s.Sum * 1000 / documents,8:F2} ms/doc  ({s.Count / documents,5:F2} calls/doc, {s.Sum * 1000 / s.Count,7:F2} ms/call)"));
    }
}
