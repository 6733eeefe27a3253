using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// A question's query taken apart into the clauses that decide which entries match (its required words, and its
/// exclusions) and those that only add to their score (its common words, <see cref="Analysis.VietnameseQueryBuilder"/>):
/// under BM25, which neither coordinates clauses nor normalizes the query, an entry's score is then the required part's
/// plus the optional part's where that matches, as Lucene's conjunction of a required and an optional scorer adds them.
/// </summary>
internal static class QueryParts
{
    /// <summary>
    /// The parts of <paramref name="query"/>: null unless it is a boolean query of required and optional clauses that
    /// does not coordinate them nor asks for a minimum of them, and is not boosted (a part of one clause is rewritten to
    /// the clause with the boosts multiplied in another order than the whole query's weights multiply them).
    /// </summary>
    public static (BooleanQuery Required, BooleanQuery Optional)? Of(Query query)
    {
        if (query is not BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0, Boost: 1f } boolean
            || !boolean.Clauses.Any(c => c.Occur == Occur.MUST) || !boolean.Clauses.Any(c => c.Occur == Occur.SHOULD))
            return null;
        var required = new BooleanQuery(disableCoord: true);
        var optional = new BooleanQuery(disableCoord: true);
        foreach (var clause in boolean.Clauses) (clause.Occur == Occur.SHOULD ? optional : required).Add(clause.Query, clause.Occur);
        return (required, optional);
    }
}
