using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Bench;

/// <summary>
/// The citation graph over the real legal corpus (<c>../shared/data/legal-corpus</c>, its documents archived with their
/// own number, kind, date and title): how many citations link, which validity the documents get, what one pass over
/// every record's validity costs (what a metadata correction and a start do) beside the per-document walk it replaces
/// (the baseline, in the same run, checked to give the same statuses), and what a document's relations cost to read.
/// </summary>
/// <remarks>Arguments: <c>[--data DIR] [--copies N]</c>; <c>--copies</c> archives the corpus N times over, to see how the costs grow.</remarks>
public sealed class RelationsBenchmark : IBenchmark
{
    public string Name => "relations";

    public string Description => "citation graph on the legal corpus: links, validity, one-pass refresh vs per-document walk, relations per page (ms)";

    public async Task RunAsync(string[] args)
    {
        var data = BenchArguments.Option(args, "--data") ?? BenchArguments.FindData();
        var copies = int.Parse(BenchArguments.Option(args, "--copies") ?? "1", CultureInfo.InvariantCulture);
        var folder = Directory.CreateTempSubdirectory("archive-relations-bench-").FullName;
        try
        {
            var store = new LocalFolderObjectStore(folder);
            var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
            var graph = new CitationGraph(store, catalog, NullLogger<CitationGraph>.Instance);
            var tracker = new ValidityTracker(catalog, graph, NullLogger<ValidityTracker>.Instance);
            var relations = new DocumentRelationsReader(catalog, graph);
            var extractor = new CitationExtractor();

            var corpus = Directory.GetFiles(Path.Combine(data, "legal-corpus"), "legal_docs*.jsonl").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            var citationCount = 0;
            for (var copy = 0; copy < copies; copy++)
                foreach (var (doc, i) in corpus.Select((d, i) => (d, i)))
                {
                    var record = Record($"d{copy:D2}{i:D4}", doc, copy);
                    await catalog.CreateAsync(record, CancellationToken.None);
                    var citations = extractor.Extract(doc.GetProperty("text").GetString()!);
                    citationCount += citations.Count;
                    await graph.SaveAsync(record.Id, citations, CancellationToken.None);
                }
            var ids = catalog.All.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            var resolved = ids.Sum(id => graph.Outgoing(id).Count(c => c.Target is not null));
            Console.WriteLine($"{ids.Count:N0} documents ({corpus.Count} × {copies}), {citationCount:N0} citations, {resolved:N0} linked to an archived document");

            var watch = Stopwatch.StartNew();
            var onePass = graph.StatedValidity();
            var onePassMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var perDocument = ids.ToDictionary(id => id, id => graph.StatedValidity(id));
            var perDocumentMs = watch.Elapsed.TotalMilliseconds;
            var differ = ids.Count(id => onePass.GetValueOrDefault(id)?.Status != perDocument[id]?.Status
                                         || onePass.GetValueOrDefault(id)?.Source.Id != perDocument[id]?.Source.Id);
            Console.WriteLine($"validity of every document: one pass {onePassMs,8:F1} ms   per-document walk (baseline) {perDocumentMs,9:F1} ms   statements differing: {differ}");

            watch.Restart();
            var first = await tracker.RefreshAllAsync(CancellationToken.None);
            var firstMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var again = await tracker.RefreshAllAsync(CancellationToken.None);
            Console.WriteLine($"refresh all records: {firstMs:F0} ms writing {first.Count:N0} records; again (what a correction costs) {watch.Elapsed.TotalMilliseconds:F0} ms, {again.Count} written");
            foreach (var group in catalog.All.GroupBy(r => r.Status ?? "(none: no legal validity)").OrderByDescending(g => g.Count()))
                Console.WriteLine($"  {group.Count(),6:N0}  {group.Key}");

            var times = new List<double>();
            var withRelations = 0;
            foreach (var id in ids)
            {
                watch.Restart();
                var found = relations.Of(id)!;
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (found.Cites.Count + found.CitedBy.Count > 0) withRelations++;
            }
            times.Sort();
            Console.WriteLine($"relations of one document: p50 {times[times.Count / 2]:F2} ms, p99 {times[(int)(times.Count * .99)]:F2} ms; {withRelations:N0} documents have any");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static DocumentRecord Record(string id, JsonElement doc, int copy)
    {
        string? Text(string name) => doc.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new DocumentRecord
        {
            Id = id,
            Sha256 = id,
            FileName = id + ".txt",
            ContentType = "text/plain",
            Size = 0,
            Title = Text("title") ?? id,
            Kind = Text("type"),
            Number = Text("number") ?? Text("id"),
            IssuedOn = Text("date") is { } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : null,
            Issuer = Text("issuer"),
            TextStatus = TextStatuses.Ok,
            CreatedAt = DateTimeOffset.UnixEpoch.AddDays(copy),
        };
    }
}
