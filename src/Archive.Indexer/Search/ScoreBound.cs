using Archive.Indexer.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Indexer.Search;

/// <summary>
/// The highest score a query can give any entry under BM25, from the terms' statistics alone (no postings read): a
/// term adds at most idf × boost × (k1 + 1), as BM25's frequency factor freq·(k1 + 1) / (freq + k1·(1 − b + b·length /
/// average length)) stays below k1 + 1; a phrase the same with the sum of its terms' idf (Lucene's phrase idf); a
/// boolean query at most the sum of its clauses (its coordination factor is at most 1). Boosts multiply down the
/// tree, as Lucene's weights do, and BM25 ignores the query norm. What lets <see cref="DocumentFirstPass"/> leave out
/// the documents an optional clause could not bring among the candidates (MaxScore).
/// </summary>
internal static class ScoreBound
{
    /// <summary>
    /// At least the score <paramref name="query"/> gives any entry of <paramref name="searcher"/>'s index; infinity
    /// for a kind of query whose scores this does not know.
    /// </summary>
    public static float Of(Query query, IndexSearcher searcher, BM25Similarity similarity)
    {
        var bound = Of(query, 1.0, new Statistics(searcher, similarity, new TermLookup(searcher)));
        // Lucene sums in float, in its own order: a margin far above its rounding keeps this a bound.
        return double.IsFinite(bound) ? (float)(bound * 1.001 + 1e-4) : float.PositiveInfinity;
    }

    private static double Of(Query query, double boost, Statistics statistics)
    {
        boost *= query.Boost;
        switch (query)
        {
            case BooleanQuery boolean:
                var sum = 0.0;
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) sum += Of(clause.Query, boost, statistics);
                return sum;
            case TermQuery term:
                return statistics.Idf(term.Term) * boost * (statistics.Similarity.K1 + 1);
            case PhraseQuery phrase:
                return phrase.GetTerms().Sum(statistics.Idf) * boost * (statistics.Similarity.K1 + 1);
            default:
                return double.PositiveInfinity;
        }
    }

    private sealed record Statistics(IndexSearcher Searcher, BM25Similarity Similarity, TermLookup Terms)
    {
        public double Idf(Lucene.Net.Index.Term term) => Similarity.IdfExplain(
            Searcher.CollectionStatistics(term.Field), new TermStatistics(term.Bytes, Terms.DocFreq(term), -1)).Value;
    }
}
