using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Bench.Relevance;
using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Metadata;
using Archive.Indexer.Search;

namespace Archive.Bench;

/// <summary>
/// Search at archive scale on text that reads like the real thing: N documents generated from the real legal corpus
/// (each takes a real document's opening and title, then 1–8 articles drawn from any document, renumbered, and a
/// new number), indexed through the service's schema, then asked the 399 real questions with and without diacritics,
/// the new numbers, and filtered searches. Prints build time, index size, query p50/p99 per kind and the process's
/// resident memory (now and at its peak).
/// </summary>
public sealed partial class SearchScaleBenchmark : IBenchmark
{
    private static readonly string[] Codes = ["NĐ-CP", "TT-BTC", "TT-BTP", "QĐ-TTg", "QĐ-UBND", "NQ-HĐND", "KH-UBND", "QH15", "CT-UBND", "TB-UBND"];

    public string Name => "search-scale";

    public string Description => "N documents generated from the real corpus's articles, then real questions: p50/p99 per kind, RSS [N=100000] [--index DIR to keep/reuse] [--merge N: the index merged to N segments first] [--common-at-most N: the first pass's cap, SearchTuning.CommonScoredAtMost] [--fidelity: the top 10 against the exact first pass] [--hits FILE: each question's total and first page written, to compare builds] [--mapped-mb N: Index:MappedMB]";

    public Task RunAsync(string[] args)
    {
        var keep = BenchArguments.Option(args, "--index");
        int? mergeTo = BenchArguments.Option(args, "--merge") is { } merge ? int.Parse(merge, System.Globalization.CultureInfo.InvariantCulture) : null;
        var tuning = BenchArguments.Option(args, "--common-at-most") is { } cap
            ? SearchTuning.Default with { CommonScoredAtMost = int.Parse(cap, System.Globalization.CultureInfo.InvariantCulture) }
            : SearchTuning.Default;
        var fidelity = args.Contains("--fidelity");
        var hitsFile = BenchArguments.Option(args, "--hits");
        var mappedMb = BenchArguments.Option(args, "--mapped-mb") is { } mapped ? int.Parse(mapped, System.Globalization.CultureInfo.InvariantCulture) : new IndexOptions().MappedMB;
        // N is the one argument that is no option's value.
        var count = args.Where((arg, i) => i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))
            .Select(arg => int.TryParse(arg, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null) ?? 100_000;
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(null));
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "archive-bench-scale", Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new DocumentIndex(new IndexOptions { Path = folder, CommitIntervalSeconds = 60, MappedMB = mappedMb }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
            var sources = Sources(corpus);
            var articles = sources.SelectMany(s => s.Articles).ToList();
            Console.WriteLine($"{sources.Count} real documents, {articles.Count} real articles to draw from");
            if (index.IsNew) Build(index, sources, articles, count);
            else Console.WriteLine($"index reused from {folder}");
            if (mergeTo is { } most)
            {
                var merging = Stopwatch.StartNew();
                index.Merge(most);
                Console.WriteLine($"merged to at most {most} segments in {merging.Elapsed.TotalSeconds:F0} s");
            }
            var segments = index.UseSearcher(s => s.IndexReader.Leaves.Count);
            var documents = index.UseSearcher(s => s.IndexReader.NumDocs);
            Console.WriteLine($"index: {documents} entries, {segments} segments, {Directory.EnumerateFiles(index.Folder).Sum(f => new FileInfo(f).Length) / 1e6:F0} MB");

            var search = new DocumentSearch(index, tuning);
            Console.WriteLine($"first pass: common words scored for at most {tuning.CommonScoredAtMost} documents beyond the candidates");
            var random = new Random(7);
            var requests = new List<(string Kind, SearchRequest Request)>();
            foreach (var q in corpus.Questions)
            {
                requests.Add(("accented question", new SearchRequest { Query = q.Query }));
                requests.Add(("question, no accents", new SearchRequest { Query = LegalCorpus.WithoutDiacritics(q.Query) }));
            }
            for (var i = 0; i < 200; i++)
                requests.Add(("symbol", new SearchRequest { Query = Number(random.Next(count)) }));
            foreach (var q in corpus.Questions.Take(200))
                requests.Add(("filtered, by date", new SearchRequest { Query = q.Query, From = new DateOnly(2015, 1, 1), Sort = SearchSort.Date }));
            requests = requests.OrderBy(_ => random.Next()).ToList();
            foreach (var (_, request) in requests.Take(50)) search.Search(request); // warm-up
            // Processor time beside wall time: on a machine shared with other work the wall time measures the machine; the
            // process's processor time per question (its mean over a kind: the clock behind it ticks too coarsely for one)
            // measures the search.
            var timings = new List<(string Kind, double Ms, double CpuMs)>();
            var pages = new List<string>();
            using var me = Process.GetCurrentProcess();
            foreach (var (kind, request) in requests)
            {
                me.Refresh();
                var cpu = me.TotalProcessorTime;
                var t = Stopwatch.GetTimestamp();
                var found = search.Search(request);
                var wall = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                me.Refresh();
                timings.Add((kind, wall, (me.TotalProcessorTime - cpu).TotalMilliseconds));
                pages.Add($"{kind}\t{request.Query}\t{found.Total}\t{string.Join(' ', found.Hits.Select(h => h.Id))}");
            }
            // Each question's total and first page, one a line in the order asked: two builds' files compared line by line.
            if (hitsFile is not null) File.WriteAllLines(hitsFile, pages);
            if (fidelity) Fidelity(index, search, requests);
            Console.WriteLine($"{"queries",-24}{"count",6}{"p50 ms",9}{"p99 ms",9}{"cpu ms",9}");
            Print("all", timings.Select(t => t.Ms).ToList(), timings.Average(t => t.CpuMs));
            foreach (var group in timings.GroupBy(t => t.Kind)) Print(group.Key, group.Select(t => t.Ms).ToList(), group.Average(t => t.CpuMs));
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"resident memory: {self.WorkingSet64 / 1e6:F0} MB now, {PeakResidentMb():F0} MB at most");
        }
        finally
        {
            if (keep is null)
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// How often the first page (10 hits) is the one the exact first pass gives (every matching document's common words
    /// scored: <see cref="SearchTuning.CommonScoredAtMost"/> unbounded), per kind of question.
    /// </summary>
    private static void Fidelity(DocumentIndex index, DocumentSearch search, List<(string Kind, SearchRequest Request)> requests)
    {
        var exact = new DocumentSearch(index, SearchTuning.Default with { CommonScoredAtMost = int.MaxValue });
        Console.WriteLine($"{"against the exact pass",-24}{"count",6}{"same 10",9}{"same 1st",9}{"overlap",9}");
        foreach (var group in requests.GroupBy(r => r.Kind))
        {
            int same = 0, first = 0;
            double overlap = 0;
            foreach (var (_, request) in group)
            {
                var ours = search.Search(request).Hits.Select(h => h.Id).ToList();
                var theirs = exact.Search(request).Hits.Select(h => h.Id).ToList();
                if (ours.SequenceEqual(theirs)) same++;
                if (ours.FirstOrDefault() == theirs.FirstOrDefault()) first++;
                overlap += theirs.Count == 0 ? 1 : ours.Intersect(theirs).Count() / (double)theirs.Count;
            }
            var n = group.Count();
            Console.WriteLine($"{group.Key,-24}{n,6}{same * 100.0 / n,8:F1}%{first * 100.0 / n,8:F1}%{overlap * 100 / n,8:F1}%");
        }
    }

    private sealed record Source(string Title, string Opening, HeaderMetadata Header, List<string> Articles);

    private static List<Source> Sources(LegalCorpus corpus)
    {
        var headers = new DocumentHeaderReader();
        var sources = new List<Source>();
        foreach (var d in corpus.Documents)
        {
            var text = d.Text;
            var starts = ArticleStart().Matches(text).Select(m => m.Index).ToList();
            if (starts.Count == 0) continue;
            var articles = starts.Select((s, i) => ArticleStart().Replace(text[s..(i + 1 < starts.Count ? starts[i + 1] : text.Length)], "", 1)).ToList();
            sources.Add(new Source(d.Title ?? d.Id, text[..starts[0]], headers.Read(LegalCorpus.UploadedText(d)), articles));
        }
        return sources;
    }

    private static void Build(DocumentIndex index, List<Source> sources, List<string> articles, int count)
    {
        var watch = Stopwatch.StartNew();
        var next = -1;
        long chars = 0;
        // Two writers, as the machine has two cores; a refresh now and then, as a rebuild does.
        var writers = Enumerable.Range(0, 2).Select(w => new Thread(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var document = Generate(i, sources, articles);
                Interlocked.Add(ref chars, document.Text.Length);
                index.Upsert(document.Id, DocumentSchema.ToLucene(document), refresh: false);
                if ((i + 1) % 2000 == 0) index.Refresh();
                if ((i + 1) % 10_000 == 0) Console.WriteLine($"  {i + 1,7} documents, {watch.Elapsed.TotalSeconds,6:F0} s");
            }
        })).ToList();
        writers.ForEach(t => t.Start());
        writers.ForEach(t => t.Join());
        index.Commit();
        index.Refresh();
        Console.WriteLine($"indexed {count} documents ({chars / (double)count / 1000:F1} k characters each) in {watch.Elapsed.TotalSeconds:F0} s: {count / watch.Elapsed.TotalSeconds:F0} documents/s");
    }

    private static IndexedDocument Generate(int i, List<Source> sources, List<string> articles)
    {
        var random = new Random(i);
        var source = sources[random.Next(sources.Count)];
        var number = Number(i);
        var text = new StringBuilder(source.Title).Append("\n\nSố: ").Append(number).Append('\n').Append(source.Opening);
        var taken = random.Next(1, 9);
        for (var k = 1; k <= taken; k++) text.Append("Điều ").Append(k).Append('.').Append(articles[random.Next(articles.Count)]);
        var year = 2000 + random.Next(26);
        return new IndexedDocument
        {
            Id = $"gen-{i:D6}", Title = source.Title, FileName = $"gen-{i}.txt", Kind = source.Header.Kind, Number = number,
            Issuer = source.Header.Issuer, IssuedOn = new DateOnly(year, random.Next(1, 13), random.Next(1, 29)),
            CreatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), Text = text.ToString(),
        };
    }

    /// <summary>Generated document <paramref name="i"/>'s new number, so that the queries can ask for numbers that exist.</summary>
    private static string Number(int i)
    {
        var random = new Random(i);
        return $"{i % 997 + 1}/{2000 + i % 26}/{Codes[random.Next(Codes.Length)]}";
    }

    private static void Print(string name, List<double> ms, double cpuMs)
    {
        ms.Sort();
        Console.WriteLine($"{name,-24}{ms.Count,6}{ms[ms.Count / 2],9:F1}{ms[Math.Min(ms.Count - 1, (int)(ms.Count * 0.99))],9:F1}{cpuMs,9:F1}");
    }

    private static double PeakResidentMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1000.0;
    }

    [GeneratedRegex(@"(?m)^[ \t]*Điều \d+[a-zđ]?\.?")]
    private static partial Regex ArticleStart();
}
