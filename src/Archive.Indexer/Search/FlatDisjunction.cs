using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// A disjunction of disjunctions (a question's words, each over several fields) as one disjunction of its leaves, each
/// leaf's boost multiplied by its parents'. Under BM25, which does not coordinate clauses, an entry's score is the same
/// sum (to float rounding: the boosts are multiplied and the scores added in another order), but Lucene's bucket scorer
/// (documents out of order, <see cref="DocumentFirstPass"/>'s required part) then adds every leaf's score into one table,
/// instead of nesting a bucket scorer per word, each with its own table of 2,048 buckets made for every segment and each
/// of its documents passed up one level more.
/// </summary>
internal static class FlatDisjunction
{
    /// <summary><paramref name="query"/> flattened, or itself when it is no disjunction (a required clause, a minimum to match),
    /// or when it has more leaves than a BooleanQuery may hold (Lucene would refuse the flat one).</summary>
    public static Query Of(Query query)
    {
        if (!IsDisjunction(query) || Leaves(query) > BooleanQuery.MaxClauseCount) return query;
        var flat = new BooleanQuery(disableCoord: true);
        Add(flat, query, 1f);
        return flat;
    }

    private static int Leaves(Query query) =>
        IsDisjunction(query) ? ((BooleanQuery)query).Clauses.Sum(c => Leaves(c.Query)) : 1;

    private static void Add(BooleanQuery flat, Query query, float boost)
    {
        if (IsDisjunction(query))
        {
            foreach (var clause in ((BooleanQuery)query).Clauses) Add(flat, clause.Query, boost * query.Boost);
            return;
        }
        // A copy: the same leaf objects also serve the rest of the query.
        var leaf = (Query)query.Clone();
        leaf.Boost = query.Boost * boost;
        flat.Add(leaf, Occur.SHOULD);
    }

    private static bool IsDisjunction(Query query) =>
        query is BooleanQuery { MinimumNumberShouldMatch: 0 } boolean && boolean.Clauses.All(c => c.Occur == Occur.SHOULD);
}
