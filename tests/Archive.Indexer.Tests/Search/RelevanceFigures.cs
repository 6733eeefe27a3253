namespace Archive.Indexer.Tests.Search;

/// <summary>
/// MRR@10 and nDCG@10 (binary relevance) over a list of queries, and passage accuracy: the share of
/// queries with an expected article whose top hit is a relevant document showing that article.
/// </summary>
public sealed record RelevanceFigures(double Mrr, double Ndcg, double PassageAccuracy, int Queries, List<string> Misses)
{
    public sealed record RankedHit(string Id, string? Passage);

    public static RelevanceFigures Measure(IEnumerable<LegalRelevanceSet.RelevanceQuery> queries, Func<string, IReadOnlyList<RankedHit>> search)
    {
        double mrr = 0, ndcg = 0;
        int count = 0, withArticle = 0, rightArticle = 0;
        var misses = new List<string>();
        foreach (var q in queries)
        {
            count++;
            var hits = search(q.Typed).Take(10).ToList();
            var first = hits.FindIndex(h => q.IsRelevant(h.Id));
            if (first >= 0) mrr += 1.0 / (first + 1);
            var dcg = hits.Select((h, i) => q.IsRelevant(h.Id) ? 1 / Math.Log2(i + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(10, q.Relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
            ndcg += dcg / ideal;

            var top = hits.FirstOrDefault();
            var expected = q.Relevant[0].Article;
            if (expected.Length > 0)
            {
                withArticle++;
                if (top is not null && q.ExpectedArticle(top.Id) is { } article && article == top.Passage) rightArticle++;
            }
            if (first != 0 || (expected.Length > 0 && (top is null || q.ExpectedArticle(top.Id) != top.Passage)))
                misses.Add($"{q.Query} → {string.Join(", ", hits.Take(3).Select(h => h.Passage is null ? h.Id : $"{h.Id} [{h.Passage}]"))}");
        }
        return new RelevanceFigures(mrr / count, ndcg / count, withArticle == 0 ? 0 : (double)rightArticle / withArticle, count, misses);
    }

    public string Row(string name) => $"{name,-28}{Mrr,8:F3}{Ndcg,9:F3}{PassageAccuracy,10:P0}{Queries,8}";

    public static string Header => $"{"",-28}{"MRR@10",8}{"nDCG@10",9}{"passage",10}{"queries",8}";
}
