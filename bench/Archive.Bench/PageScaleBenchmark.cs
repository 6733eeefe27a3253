using System.Diagnostics;
using System.Globalization;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Index;
using Archive.Indexer.Legal;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Bench;

/// <summary>
/// Whether reads cost the same at 100,000 documents as at 100: generated records (numbered decisions, each citing a few
/// earlier ones, one of twenty much-cited ones, and one the archive lacks; one in a hundred repeals another) written to a
/// local folder; then, in a fresh process, what a start loads (records, citations, the validity pass, the public
/// addresses) with its time and resident memory, and a document page's reads (relations: outgoing and cited-by, stated
/// validity, public address) and cited-by alone, per document.
/// </summary>
/// <remarks>
/// Arguments: <c>[--sizes 100,100000] [--folder DIR] [--s3 BUCKET]</c>: <c>--folder</c> keeps the generated records under
/// DIR/{size} and reuses them; <c>--s3</c> keeps them in the bucket BUCKET-{size} of the test S3 server (.test-s3/env) instead.
/// Each start is measured twice: every record read (which then writes the catalog snapshot a clean stop writes) and from
/// that snapshot, healed against one listing of the records with their versions (the log says how long the listing took). The start is measured in a child process (<c>page-scale --start FOLDER</c>), so its
/// memory is the start's alone; generated records carry the validity they would have without repeals, so the start
/// writes only the repealed ones (one in a hundred), as a restart of a running archive writes none.
/// </remarks>
public sealed class PageScaleBenchmark : IBenchmark
{
    public string Name => "page-scale";

    public string Description => "document page and cited-by latency at 100 and 100,000 generated records; start-up time and RSS from a local folder or S3 (--s3 BUCKET), every record read and from the catalog snapshot";

    private const int CitationsPerDocument = 6;
    private const int MuchCited = 20;

    public async Task RunAsync(string[] args)
    {
        if (BenchArguments.Option(args, "--start") is { } started)
        {
            await StartAsync(started, BenchArguments.Option(args, "--index")!, fromSnapshot: false);
            return;
        }
        if (BenchArguments.Option(args, "--start-snapshot") is { } restored)
        {
            await StartAsync(restored, BenchArguments.Option(args, "--index")!, fromSnapshot: true);
            return;
        }
        var sizes = (BenchArguments.Option(args, "--sizes") ?? "100,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        var kept = BenchArguments.Option(args, "--folder");
        var bucket = BenchArguments.Option(args, "--s3");
        foreach (var size in sizes)
        {
            var folder = kept is null ? Directory.CreateTempSubdirectory("archive-scale-bench-").FullName : Path.Combine(kept, size.ToString(CultureInfo.InvariantCulture));
            // The store: the folder itself, or a bucket of the S3 server the tests use (.test-s3/env), one per size.
            var where = bucket is null ? folder : $"s3:{bucket}-{size}";
            var index = Path.Combine(folder, bucket is null ? "index" : "index-s3");
            try
            {
                var watch = Stopwatch.StartNew();
                // Generating 100,000 records takes minutes: a kept folder (--folder) or bucket is generated once and reused.
                var store = Store(where);
                if (await store.StatAsync(GeneratedMark) is null)
                {
                    // On S3 each put waits mostly on the round trip: many in flight (the local folder is bound by the disk and processor).
                    await GenerateAsync(store, size, bucket is null ? 8 : 48);
                    if (kept is not null || bucket is not null) await store.PutAsync(GeneratedMark, new MemoryStream(), "text/plain");
                    Console.WriteLine($"{size:N0} records generated in {watch.Elapsed.TotalSeconds:F0} s ({size * CitationsPerDocument:N0} citations) in {where}");
                }
                else Console.WriteLine($"{size:N0} records reused from {where}");
                Console.WriteLine($"  start, every record read:     {StartInChild("--start", where, index)}");
                Console.WriteLine($"  start from catalog snapshot:  {StartInChild("--start-snapshot", where, index)}");
                // The reads are in memory, the same whatever the store: measured on the local folder, not read twice more from S3.
                if (bucket is null) await MeasureReadsAsync(store, size);
            }
            finally
            {
                if (kept is null) Directory.Delete(folder, recursive: true);
            }
        }
    }

    private const string GeneratedMark = "bench/generated";

    private static IObjectStore Store(string where) => where.StartsWith("s3:", StringComparison.Ordinal)
        ? new MinioObjectStore(S3Options(where[3..]))
        : new LocalFolderObjectStore(where);

    private static MinioOptions S3Options(string bucket) => new()
    {
        Endpoint = Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_ENDPOINT")
            ?? throw new InvalidOperationException("--s3 needs the test S3 server: scripts/s3-test-server.sh start; source .test-s3/env"),
        AccessKey = Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_ACCESS_KEY") ?? "",
        SecretKey = Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_SECRET_KEY") ?? "",
        Bucket = bucket,
    };

    private static string Number(int i) => $"{i % 9000 + 1}/{2000 + i / 9000}/QĐ-UBND";

    private static async Task GenerateAsync(IObjectStore store, int size, int inFlight)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, size), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var random = new Random(i);
            var id = $"{i:x20}";
            var record = new DocumentRecord
            {
                Id = id, Sha256 = id, FileName = id + ".pdf", ContentType = "application/pdf", Size = 1000,
                Title = $"Quyết định về việc giao chỉ tiêu kế hoạch số {i}", Kind = "Quyết định", Number = Number(i),
                IssuedOn = new DateOnly(2000 + i / 9000, 1 + i % 12, 1 + i % 28), Issuer = "UBND huyện Đình Lập",
                Status = ValidityStates.InForce, TextStatus = TextStatuses.Ok, CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(i),
                Visibility = i % 3 == 0 ? Visibilities.Published : Visibilities.Internal,
                PublishedAt = i % 3 == 0 ? DateTimeOffset.UnixEpoch.AddMinutes(i + 1) : null,
                PublicAddress = i % 3 == 0 ? PublicAddresses.FromNumber(Number(i)) : null,
            };
            var citations = new List<Citation>();
            Citation Cite(string symbol, CitationRelation relation = CitationRelation.Basis) => new()
            {
                Start = citations.Count * 100, End = citations.Count * 100 + 40, Text = "Quyết định số " + symbol, Kind = "Quyết định",
                Symbol = symbol, Relation = relation,
            };
            if (i > 0)
                for (var c = 0; c < CitationsPerDocument - 2; c++) citations.Add(Cite(Number(random.Next(i))));
            citations.Add(Cite(Number(random.Next(Math.Min(MuchCited, size)))));
            citations.Add(Cite($"{i + 1}/KH-BCĐ"));
            if (i > 0 && i % 100 == 0) citations.Add(Cite(Number(random.Next(i)), CitationRelation.Repeals));
            await Task.WhenAll(StoredJson.WriteAsync(store, StoreLayout.Meta(id), record, ct), StoredJson.WriteAsync(store, StoreLayout.Citations(id), citations, ct));
        });
    }

    private sealed record Loaded(DocumentCatalog Catalog, CitationGraph Graph, ValidityTracker Validity, PublicAddressBook Addresses, CatalogSnapshot Snapshot);

    private static Loaded Services(IObjectStore store, string index)
    {
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var graph = new CitationGraph(store, catalog, NullLogger<CitationGraph>.Instance);
        // The snapshot says how its start went (reading the file, the records, the citations) on the console.
        var snapshot = new CatalogSnapshot(store, catalog, graph, Options.Create(new IndexOptions { Path = index }), new StandardErrorLogger<CatalogSnapshot>());
        return new(catalog, graph, new ValidityTracker(catalog, graph, NullLogger<ValidityTracker>.Instance), new PublicAddressBook(catalog), snapshot);
    }

    /// <summary>
    /// What the service does with the store before it serves (StoredRecords, ArchiveStartup.StartAsync), in this
    /// process: every record read, or the catalog snapshot; then the snapshot a clean stop writes, for the next start.
    /// </summary>
    private static async Task StartAsync(string where, string index, bool fromSnapshot)
    {
        await (Store(where) is MinioObjectStore minio ? minio.EnsureBucketAsync(CancellationToken.None) : Task.CompletedTask);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (catalog, graph, validity, addresses, snapshot) = Services(Store(where), index);
        if (fromSnapshot && !await snapshot.TryRestoreAsync(CancellationToken.None)) throw new InvalidOperationException("The snapshot was not usable.");
        if (!fromSnapshot) await catalog.LoadAsync(CancellationToken.None);
        var records = watch.Elapsed.TotalSeconds;
        if (!fromSnapshot) await graph.LoadAsync(CancellationToken.None);
        var citations = watch.Elapsed.TotalSeconds - records;
        var written = await validity.RefreshAllAsync(CancellationToken.None);
        var published = addresses.Published().Count;
        var total = watch.Elapsed.TotalSeconds;
        GC.Collect();
        var process = Process.GetCurrentProcess();
        // The machine the benchmark runs on is often shared: the processor time says what the start costs whatever the load.
        cpu = process.TotalProcessorTime - cpu;
        var rss = process.WorkingSet64 / 1048576.0;
        watch.Restart();
        await snapshot.WriteAsync(CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant(
            $"{total:F1} s, processor {cpu.TotalSeconds:F1} s (records {records:F1} s, citations {citations:F1} s, validity and addresses {total - records - citations:F1} s; {written.Count:N0} validities written, {published:N0} published); RSS {rss:F0} MB, peak {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB; snapshot written in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(snapshot.FilePath).Length / 1048576.0:F0} MB)"));
    }

    private static string StartInChild(string how, string where, string index)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(PageScaleBenchmark).Assembly.Location);
        foreach (var arg in new[] { "page-scale", how, where, "--index", index }) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        return child.ExitCode == 0 ? output : $"failed ({child.ExitCode}): {output}";
    }

    private static async Task MeasureReadsAsync(IObjectStore store, int size)
    {
        var (catalog, graph, validity, addresses, _) = Services(store, Path.Combine(Path.GetTempPath(), "archive-scale-no-snapshot"));
        await catalog.LoadAsync(CancellationToken.None);
        await graph.LoadAsync(CancellationToken.None);
        await validity.RefreshAllAsync(CancellationToken.None);
        var relations = new DocumentRelationsReader(catalog, graph);
        var random = new Random(7);
        var sample = Enumerable.Range(0, 500).Select(_ => $"{random.Next(size):x20}").ToList();
        var page = Time(sample, id =>
        {
            var relationsOf = relations.Of(id)!;
            _ = graph.StatedValidity(id);
            _ = addresses.AddressOf(id);
            return relationsOf.Cites.Count;
        });
        var citedBy = Time(sample, id => graph.CitedBy(id).Count);
        var muchCited = Time(Enumerable.Range(0, Math.Min(MuchCited, size)).Select(i => $"{i:x20}").ToList(), id => graph.CitedBy(id).Count);
        var unresolved = Time(["all"], _ => graph.Unresolved().Count);
        // What the API answers (page 1 of 100, as it does when no page is asked for), and a deep page (the 100th of 100).
        var muchCitedPage = Time(Enumerable.Range(0, Math.Min(MuchCited, size)).Select(i => $"{i:x20}").ToList(), id => graph.CitedBy(id, 0, 100).Items.Count);
        var muchCitedDeep = Time(Enumerable.Range(0, Math.Min(MuchCited, size)).Select(i => $"{i:x20}").ToList(), id => graph.CitedBy(id, 9_900, 100).Items.Count);
        var unresolvedPage = Time(Enumerable.Range(0, 50).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(), _ => graph.Unresolved(0, 100).Items.Count);
        var unresolvedDeep = Time(Enumerable.Range(0, 50).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(), _ => graph.Unresolved(9_900, 100).Items.Count);
        Console.WriteLine($"  document page (relations, validity, address): {page}");
        Console.WriteLine($"  cited-by, a random document:                  {citedBy}");
        Console.WriteLine($"  cited-by, one of the {MuchCited} much-cited ones:     {muchCited}");
        Console.WriteLine($"  unresolved list (whole archive):              {unresolved}");
        Console.WriteLine($"  cited-by page 1 of 100, much-cited:           {muchCitedPage}");
        Console.WriteLine($"  cited-by page 100 of 100, much-cited:         {muchCitedDeep}");
        Console.WriteLine($"  unresolved page 1 of 100:                     {unresolvedPage}");
        Console.WriteLine($"  unresolved page 100 of 100:                   {unresolvedDeep}");
    }

    private static string Time(IReadOnlyList<string> ids, Func<string, int> read)
    {
        foreach (var id in ids.Take(20)) read(id); // warm-up
        var times = new List<double>(ids.Count);
        var items = 0L;
        var watch = new Stopwatch();
        foreach (var id in ids)
        {
            watch.Restart();
            items += read(id);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return FormattableString.Invariant($"p50 {times[times.Count / 2]:F3} ms, p99 {times[Math.Min(times.Count - 1, (int)(times.Count * .99))]:F3} ms (mean {items / (double)ids.Count:F0} items)");
    }
}
