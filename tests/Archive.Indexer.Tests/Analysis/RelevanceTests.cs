using System.Text.Json;
using Archive.Indexer.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit.Abstractions;

namespace Archive.Indexer.Tests.Analysis;

/// <summary>
/// Small in-memory retrieval check (Analysis/Fixtures/relevance.json): the Vietnamese chains with
/// <see cref="VietnameseQueryBuilder"/> against StandardAnalyzer with classic parsing, in the same run.
/// </summary>
public class RelevanceTests(ITestOutputHelper output)
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] BaseFields = ["title", "text"];

    private sealed record Fixture(List<FixtureDocument> Documents, List<FixtureQuery> Queries);
    private sealed record FixtureDocument(string Id, string Symbol, string Title, string Text);
    private sealed record FixtureQuery(string Query, List<string> Relevant);
    private sealed record Scores(double Mrr, double Ndcg, int Count);

    [Fact]
    public void Vietnamese_chains_rank_clearly_better_than_the_standard_analyzer()
    {
        var fixture = Load();
        var accented = fixture.Queries.Where(q => VietnameseFolding.HasDiacritics(VietnameseNormalizer.Normalize(q.Query))).ToList();
        var bare = fixture.Queries.Except(accented).ToList();

        using var ours = Index(fixture, VietnameseAnalyzers.PerField(), vietnamese: true);
        using var standard = Index(fixture, new StandardAnalyzer(Version), vietnamese: false);
        var builder = new VietnameseQueryBuilder();
        var parser = new MultiFieldQueryParser(Version, [.. BaseFields, "symbol"], new StandardAnalyzer(Version));

        var oursAccented = Evaluate(ours, accented, q => builder.Build(q));
        var oursBare = Evaluate(ours, bare, q => builder.Build(q));
        var stdAccented = Evaluate(standard, accented, q => ParseOrEmpty(parser, q));
        var stdBare = Evaluate(standard, bare, q => ParseOrEmpty(parser, q));

        output.WriteLine($"{"",-22}{"MRR@10",8}{"nDCG@10",9}  queries");
        output.WriteLine($"{"vietnamese accented",-22}{oursAccented.Mrr,8:F3}{oursAccented.Ndcg,9:F3}  {oursAccented.Count}");
        output.WriteLine($"{"vietnamese bare",-22}{oursBare.Mrr,8:F3}{oursBare.Ndcg,9:F3}  {oursBare.Count}");
        output.WriteLine($"{"standard accented",-22}{stdAccented.Mrr,8:F3}{stdAccented.Ndcg,9:F3}  {stdAccented.Count}");
        output.WriteLine($"{"standard bare",-22}{stdBare.Mrr,8:F3}{stdBare.Ndcg,9:F3}  {stdBare.Count}");

        Assert.True(oursBare.Mrr >= stdBare.Mrr + 0.15, $"bare: {oursBare.Mrr:F3} vs standard {stdBare.Mrr:F3}");
        Assert.True(oursAccented.Mrr >= stdAccented.Mrr, $"accented: {oursAccented.Mrr:F3} vs standard {stdAccented.Mrr:F3}");
        Assert.True(oursAccented.Mrr >= 0.9 && oursBare.Mrr >= 0.88, $"{oursAccented.Mrr:F3} / {oursBare.Mrr:F3}");
    }

    private Scores Evaluate(DirectoryReader reader, List<FixtureQuery> queries, Func<string, Query> build)
    {
        var searcher = new IndexSearcher(reader);
        double mrr = 0, ndcg = 0;
        foreach (var q in queries)
        {
            var hits = searcher.Search(build(q.Query), 10).ScoreDocs
                .Select(h => searcher.Doc(h.Doc).Get("id")).ToList();
            int first = hits.FindIndex(q.Relevant.Contains);
            if (first >= 0) mrr += 1.0 / (first + 1);
            else output.WriteLine($"  miss: {q.Query} → {string.Join(",", hits.Take(3))}");
            double dcg = hits.Select((id, i) => q.Relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
            double ideal = Enumerable.Range(0, Math.Min(10, q.Relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
            ndcg += dcg / ideal;
        }
        return new Scores(mrr / queries.Count, ndcg / queries.Count, queries.Count);
    }

    private static Query ParseOrEmpty(QueryParser parser, string typed)
    {
        try { return parser.Parse(QueryParserBase.Escape(typed)); }
        catch (ParseException) { return new BooleanQuery(); }
    }

    private static DirectoryReader Index(Fixture fixture, Analyzer analyzer, bool vietnamese)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)))
        {
            foreach (var d in fixture.Documents)
            {
                var doc = new Document { new StringField("id", d.Id, Field.Store.YES), new TextField("symbol", d.Symbol, Field.Store.NO) };
                foreach (var (name, value) in new[] { ("title", d.Title), ("text", d.Text) })
                {
                    doc.Add(new TextField(name, value, Field.Store.NO));
                    if (!vietnamese) continue;
                    doc.Add(new TextField(VietnameseAnalyzers.Folded(name), value, Field.Store.NO));
                    doc.Add(new TextField(VietnameseAnalyzers.Shingles(name), value, Field.Store.NO));
                    doc.Add(new TextField(VietnameseAnalyzers.FoldedShingles(name), value, Field.Store.NO));
                }
                writer.AddDocument(doc);
            }
        }
        return DirectoryReader.Open(directory);
    }

    private static Fixture Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Analysis", "Fixtures", "relevance.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<Fixture>(File.ReadAllText(path), options)!;
    }
}
