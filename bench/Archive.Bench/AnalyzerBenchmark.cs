using System.Diagnostics;
using System.Text;
using Archive.Indexer.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Archive.Bench;

/// <summary>Analysis throughput (MB/s of UTF-16 text) of each Vietnamese chain against StandardAnalyzer.</summary>
public sealed class AnalyzerBenchmark : IBenchmark
{
    public string Name => "analyzer";

    public string Description => "MB/s of the Vietnamese analyzers vs StandardAnalyzer over ~20 MB of the sample plan [MB]";

    public Task RunAsync(string[] args)
    {
        int megabytes = args.Length > 0 && int.TryParse(args[0], out var mb) ? mb : 20;
        var paragraphs = Corpus(megabytes);
        long chars = paragraphs.Sum(p => (long)p.Length);
        Console.WriteLine($"corpus: {paragraphs.Count} paragraphs, {chars * 2 / 1e6:F1} MB (UTF-16), {Encoding.UTF8.GetByteCount(string.Concat(paragraphs.Take(1000))) * (double)paragraphs.Count / 1000 / 1e6:F1} MB (UTF-8)");

        var analyzers = new (string Name, Analyzer Analyzer)[]
        {
            ("standard", new StandardAnalyzer(LuceneVersion.LUCENE_48)),
            ("vietnamese exact", new VietnameseExactAnalyzer()),
            ("vietnamese folded", new VietnameseFoldedAnalyzer()),
            ("exact shingles", new VietnameseExactAnalyzer(shingles: true)),
            ("folded shingles", new VietnameseFoldedAnalyzer(shingles: true)),
        };
        foreach (var (name, analyzer) in analyzers)
        {
            Run(analyzer, paragraphs.Take(paragraphs.Count / 10).ToList()); // warm-up
            var watch = Stopwatch.StartNew();
            long tokens = Run(analyzer, paragraphs);
            watch.Stop();
            Console.WriteLine($"{name,-20} {chars * 2 / 1e6 / watch.Elapsed.TotalSeconds,8:F1} MB/s  {tokens,12:N0} tokens  {watch.Elapsed.TotalSeconds,6:F2} s");
        }
        return Task.CompletedTask;
    }

    private static long Run(Analyzer analyzer, List<string> paragraphs)
    {
        long count = 0;
        foreach (var paragraph in paragraphs)
        {
            using var stream = analyzer.GetTokenStream("text", paragraph);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) count += term.Length > 0 ? 1 : 0;
            stream.End();
        }
        return count;
    }

    // Documents of ~20 KB (the sample plan), repeated; each is analyzed as one field value.
    private static List<string> Corpus(int megabytes)
    {
        string sample = File.ReadAllText(FindSample());
        var list = new List<string>();
        long size = 0;
        while (size < megabytes * 1_000_000L / 2)
        {
            list.Add(sample);
            size += sample.Length;
        }
        return list;
    }

    private static string FindSample()
    {
        foreach (var candidate in new[] { "/work/shared/samples/ke-hoach-dan-chu-co-so-dinh-lap-2025.txt", "samples/ke-hoach-dan-chu-co-so-dinh-lap-2025.txt" })
            if (File.Exists(candidate)) return candidate;
        throw new FileNotFoundException("sample plan not found; pass the samples folder as working directory");
    }
}
