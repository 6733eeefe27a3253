namespace Archive.Bench.Relevance;

/// <summary>
/// Document-level MRR@10, recall@10 and nDCG@10 (binary gain) over a set of questions, best-article@1 (the top
/// hit is a gold document and the passage it names is a gold article of it), and the query times.
/// </summary>
public sealed record RelevanceFigures(int Questions, double Mrr, double Recall, double Ndcg, double BestArticle, double P50Ms, double P99Ms)
{
    /// <summary>One question's outcome: the rank (1-based) of the first gold document, or 0; whether the top hit names a gold article.</summary>
    public sealed record Outcome(LegalCorpus.Question Question, IReadOnlyList<RankedDocument> Hits, int FirstRank, double Recall, double Ndcg, bool BestArticle, double Ms);

    public static Outcome Judge(LegalCorpus.Question q, IReadOnlyList<RankedDocument> answer, double ms)
    {
        var hits = answer.Take(10).ToList();
        var first = hits.FindIndex(h => q.IsRelevantDocument(h.Id)) + 1;
        var found = hits.Select(h => h.Id).Distinct().Count(q.IsRelevantDocument);
        var dcg = hits.Select((h, i) => q.IsRelevantDocument(h.Id) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(10, q.RelevantDocs.Count)).Sum(i => 1 / Math.Log2(i + 2));
        var best = hits.Count > 0 && q.IsRelevantDocument(hits[0].Id) && q.IsRelevantArticle(hits[0].Id, hits[0].Passage);
        return new Outcome(q, hits, first, (double)found / q.RelevantDocs.Count, dcg / ideal, best, ms);
    }

    public static RelevanceFigures Of(IReadOnlyCollection<Outcome> outcomes)
    {
        var ms = outcomes.Select(o => o.Ms).Order().ToList();
        return new RelevanceFigures(
            outcomes.Count,
            outcomes.Average(o => o.FirstRank == 0 ? 0 : 1.0 / o.FirstRank),
            outcomes.Average(o => o.Recall),
            outcomes.Average(o => o.Ndcg),
            outcomes.Average(o => o.BestArticle ? 1.0 : 0.0),
            ms[ms.Count / 2],
            ms[Math.Min(ms.Count - 1, (int)(ms.Count * 0.99))]);
    }
}
