using System.Diagnostics;
using Archive.Bench.Relevance;
using Archive.Indexer.Search;

namespace Archive.Bench;

/// <summary>
/// What the staff search's validity filter costs (validity is kept in the records, not the index, so the page narrows
/// the index's matches): broad questions over the legal corpus's 668 documents, asked as a plain page of 10, as the
/// one page of 100 the filter used to read, as every match within the window a page of 100 at a time, and as a page of 10
/// selected by id in the index (<see cref="SearchRequest.Ids"/>: half of the documents, as a validity would select them).
/// </summary>
public sealed class ValiditySearchBenchmark : IBenchmark
{
    public string Name => "validity-search";

    public string Description => "staff search narrowed by validity: broad questions over the legal corpus, one page of 10 vs one of 100 vs every match a page of 100 at a time vs a page of 10 of half the documents by id, ms [passes=5]";

    private static readonly string[] Broad = ["quy định", "ủy ban nhân dân", "trách nhiệm", "luật", "nghị định", "thực hiện", "hướng dẫn"];

    public Task RunAsync(string[] args)
    {
        var passes = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 5;
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(null));
        using var archive = new ArchiveSystem(corpus);
        // As a validity would select them: half of the documents, by id.
        var half = corpus.Documents.Where((_, i) => i % 2 == 0).Select(d => d.Id).ToList();
        var ways = new (string Name, Func<string, int> Ask)[]
        {
            ("a page of 10", q => archive.Ask(new SearchRequest { Query = q, PageSize = 10 }).Hits.Count),
            ("a page of 100", q => archive.Ask(new SearchRequest { Query = q, PageSize = DocumentSearch.MaxPageSize }).Hits.Count),
            ("all, pages of 100", q => AllPages(archive, q)),
            ("a page of 10, ids", q => archive.Ask(new SearchRequest { Query = q, PageSize = 10, Ids = half }).Hits.Count),
        };
        foreach (var q in Broad) foreach (var way in ways) way.Ask(q); // warm-up
        var ms = ways.ToDictionary(w => w.Name, _ => new List<double>());
        for (var pass = 0; pass < passes; pass++)
            foreach (var q in Broad)
                foreach (var way in ways)
                {
                    var t = Stopwatch.GetTimestamp();
                    way.Ask(q);
                    ms[way.Name].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
        foreach (var q in Broad) Console.WriteLine($"'{q}': {archive.Ask(new SearchRequest { Query = q }).Total} matches");
        Console.WriteLine($"{"way",-20}{"p50 ms",9}{"max ms",9}");
        foreach (var (name, list) in ms)
        {
            list.Sort();
            Console.WriteLine($"{name,-20}{list[list.Count / 2],9:F1}{list[^1],9:F1}");
        }
        Console.WriteLine($"load average {RelevanceBenchmark.LoadAverage()}");
        return Task.CompletedTask;
    }

    private static int AllPages(ArchiveSystem archive, string q)
    {
        var read = 0;
        for (var page = 1; page * DocumentSearch.MaxPageSize <= DocumentSearch.MaxResultWindow; page++)
        {
            var results = archive.Ask(new SearchRequest { Query = q, Page = page, PageSize = DocumentSearch.MaxPageSize });
            read += results.Hits.Count;
            if (results.Hits.Count < DocumentSearch.MaxPageSize || read >= results.Total) break;
        }
        return read;
    }
}
