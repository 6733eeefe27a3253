using System.Diagnostics;
using Archive.Bench.Relevance;
using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Metadata;

namespace Archive.Bench;

/// <summary>
/// The index's share of an upload, on the real legal documents: each written as an upload writes it (searchable
/// when the write returns), one after another and from 4 writers at once, beside a rebuild (no refresh per
/// document). The rest of an upload (hashing, the store, the catalog, citations) is not in this figure.
/// </summary>
public sealed class IndexingBenchmark : IBenchmark
{
    public string Name => "indexing";

    public string Description => "real legal corpus: ms per document written as uploads write it (1 and 4 writers) and as a rebuild writes it [corpus folder]";

    public Task RunAsync(string[] args)
    {
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(args.FirstOrDefault(a => Directory.Exists(a))));
        var options = new IndexOptions();
        if (BenchArguments.Option(args, "--floor") is { } floor) options.FloorSegmentMB = double.Parse(floor, System.Globalization.CultureInfo.InvariantCulture);
        if (BenchArguments.Option(args, "--per-tier") is { } perTier) options.SegmentsPerTier = double.Parse(perTier, System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"merge policy: {options.SegmentsPerTier} segments per tier, floor {options.FloorSegmentMB} MB");
        var headers = new DocumentHeaderReader();
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = corpus.Documents.Select(d =>
        {
            var text = LegalCorpus.UploadedText(d);
            var header = headers.Read(text);
            return new IndexedDocument
            {
                Id = d.Id, Title = header.Title ?? d.Id, FileName = d.Id + ".txt", Kind = header.Kind, Number = header.Number,
                Issuer = header.Issuer, IssuedOn = header.IssuedOn, CreatedAt = created, Text = text,
            };
        }).Take(int.Parse(BenchArguments.Option(args, "--count") ?? int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"{documents.Count} documents, {documents.Average(d => d.Text.Length) / 1000:F1} k characters each on average");

        if (BenchArguments.Option(args, "--writers") is { } only)
        {
            Run($"uploads, {only} writer(s)", documents, options, writers: int.Parse(only, System.Globalization.CultureInfo.InvariantCulture), refreshEach: true);
            return Task.CompletedTask;
        }
        Run("rebuild (refresh every 200)", documents, options, writers: 1, refreshEach: false);
        Run("uploads, 1 writer", documents, options, writers: 1, refreshEach: true);
        Run("uploads, 4 writers", documents, options, writers: 4, refreshEach: true);
        return Task.CompletedTask;
    }

    private static void Run(string name, List<IndexedDocument> documents, IndexOptions options, int writers, bool refreshEach)
    {
        var folder = Path.Combine(Path.GetTempPath(), "archive-bench-indexing", Guid.NewGuid().ToString("N"));
        try
        {
            var index = new DocumentIndex(new IndexOptions { Path = folder, FloorSegmentMB = options.FloorSegmentMB, SegmentsPerTier = options.SegmentsPerTier },
                VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
            var next = -1;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var threads = Enumerable.Range(0, writers).Select(_ => new Thread(() =>
            {
                for (var i = Interlocked.Increment(ref next); i < documents.Count; i = Interlocked.Increment(ref next))
                {
                    index.Upsert(documents[i].Id, DocumentSchema.ToLucene(documents[i]), refresh: refreshEach);
                    if (!refreshEach && (i + 1) % 200 == 0) index.Refresh();
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            index.Refresh();
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            processor = Process.GetCurrentProcess().TotalProcessorTime - processor;
            var segments = index.UseSearcher(searcher => searcher.IndexReader.Leaves.Count);
            index.Dispose(); // waits for the merges under way, so that their entries are counted
            Console.WriteLine($"{name,-30} {watch.Elapsed.TotalSeconds,6:F1} s, {watch.Elapsed.TotalMilliseconds / documents.Count,6:F1} ms per document, {segments} segments, " +
                              $"{(double)index.MergedEntries / index.WrittenEntries:F1} entries merged per entry written, " +
                              $"{processor.TotalMilliseconds / documents.Count:F1} ms of processor time and {allocated / 1048576.0 / documents.Count:F2} MB allocated per document");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
