using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Analysis;

/// <summary>
/// The terms of one query looked up once in the searcher's index: the same lookup tells how common a word is
/// and serves its <see cref="TermQuery"/>, and a term found nowhere becomes no clause at all. A lookup per term
/// and segment is most of what a query costs before scoring, so one terms enumerator per segment and field
/// serves all the query's terms of that field (Lucene's <see cref="TermContext.Build"/> opens one per term, each
/// with its own read buffer to fill). How many entries hold a field is the searcher's own collection statistics
/// (which the archive's searcher remembers), not counted here again.
/// </summary>
internal sealed class TermLookup(IndexSearcher searcher)
{
    /// <summary>
    /// Per reader (a searcher's generation, never changing), the terms looked up lately: questions share most of
    /// their words ("quy định", "người lao động"), and a term's look-up is a seek per segment and field. Dropped
    /// with the reader.
    /// </summary>
    private static readonly ConditionalWeakTable<IndexReader, KnownTerms> PerReader = new();

    private readonly IndexReader reader = searcher.IndexReader;
    private readonly KnownTerms known = PerReader.GetValue(searcher.IndexReader, _ => new KnownTerms(KnownTerms.DefaultCapacity));
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> enums = [];

    /// <summary>
    /// The term's per-segment states as a query on <paramref name="reader"/> looked it up lately, or null when not
    /// remembered: whoever reads the query's terms again (choosing a hit's article) seeks each straight to its postings.
    /// </summary>
    public static TermContext? Remembered(IndexReader reader, string field, string text) =>
        PerReader.TryGetValue(reader, out var known) ? known.Find((field, text)) : null;

    /// <summary>In what share of the entries holding <paramref name="field"/> the term occurs (deleted entries count until merged away).</summary>
    public double Share(string field, string text)
    {
        var count = Math.Max(0, searcher.CollectionStatistics(field).DocCount);
        return count == 0 ? 0 : Context(field, text).DocFreq / (double)count;
    }

    /// <summary>A query for the term, or null when no entry holds it.</summary>
    public Query? Query(string field, string text, float boost)
    {
        var context = Context(field, text);
        return context.DocFreq == 0 ? null : new TermQuery(new Term(field, text), context) { Boost = boost };
    }

    /// <summary>How many entries hold the term, over every segment (the term's statistics in Lucene's scoring).</summary>
    public int DocFreq(Term term) => Context(term.Field, term.Text).DocFreq;

    private TermContext Context(string field, string text)
    {
        if (known.Find((field, text)) is { } context) return context;
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
        known.Remember((field, text), context);
        return context;
    }
}
