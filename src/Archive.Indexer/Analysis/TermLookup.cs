using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Analysis;

/// <summary>
/// The terms of one query looked up once in the searcher's index: the same lookup tells how common a word is
/// and serves its <see cref="TermQuery"/>, and a term found nowhere becomes no clause at all. A lookup per term
/// and segment is most of what a query costs before scoring, so one terms enumerator per segment and field
/// serves all the query's terms of that field (Lucene's <see cref="TermContext.Build"/> opens one per term, each
/// with its own read buffer to fill).
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<(string Field, string Text), TermContext> contexts = [];
    private readonly Dictionary<string, long> entries = [];
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> enums = [];

    /// <summary>In what share of the entries holding <paramref name="field"/> the term occurs (deleted entries count until merged away).</summary>
    public double Share(string field, string text)
    {
        if (!entries.TryGetValue(field, out var count))
        {
            count = reader.Leaves.Sum(leaf => (long)Math.Max(0, leaf.AtomicReader.GetTerms(field)?.DocCount ?? 0));
            entries[field] = count;
        }
        return count == 0 ? 0 : Context(field, text).DocFreq / (double)count;
    }

    /// <summary>A query for the term, or null when no entry holds it.</summary>
    public Query? Query(string field, string text, float boost)
    {
        var context = Context(field, text);
        return context.DocFreq == 0 ? null : new TermQuery(new Term(field, text), context) { Boost = boost };
    }

    private TermContext Context(string field, string text)
    {
        if (contexts.TryGetValue((field, text), out var context)) return context;
        var top = reader.Context;
        context = new TermContext(top);
        var bytes = new BytesRef(text);
        foreach (var leaf in top.Leaves)
        {
            if (!enums.TryGetValue((leaf.Ord, field), out var terms))
                enums[(leaf.Ord, field)] = terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (terms is not null && terms.SeekExact(bytes))
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        contexts[(field, text)] = context;
        return context;
    }
}
