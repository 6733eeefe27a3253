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
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(args.FirstOrDefault()));
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
        }).ToList();
        Console.WriteLine($"{documents.Count} documents, {documents.Average(d => d.Text.Length) / 1000:F1} k characters each on average");

        Run("rebuild (refresh every 200)", documents, writers: 1, refreshEach: false);
        Run("uploads, 1 writer", documents, writers: 1, refreshEach: true);
        Run("uploads, 4 writers", documents, writers: 4, refreshEach: true);
        return Task.CompletedTask;
    }

    private static void Run(string name, List<IndexedDocument> documents, int writers, bool refreshEach)
    {
        var folder = Path.Combine(Path.GetTempPath(), "archive-bench-indexing", Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new DocumentIndex(new IndexOptions { Path = folder }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
            var next = -1;
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
            var segments = index.UseSearcher(searcher => searcher.IndexReader.Leaves.Count);
            Console.WriteLine($"{name,-30} {watch.Elapsed.TotalSeconds,6:F1} s, {watch.Elapsed.TotalMilliseconds / documents.Count,6:F1} ms per document, {segments} segments");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
