using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
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

    /// <summary>
    /// Teaches the new searcher <paramref name="next"/> at most <paramref name="atMost"/> of the terms the previous reader's
    /// searches looked up lately, before any search runs on it (<see cref="Search.SearcherWarming"/>): a segment both
    /// readers share keeps the term's state the previous look-up found (a segment never changes), and only the new
    /// segments are sought. <paramref name="previousCores"/> are the previous reader's segment cores by their order in it
    /// (that reader may be closed by now: only what was remembered of it is used).
    /// </summary>
    /// <returns>How many terms were carried over.</returns>
    public static int Carry(IndexReader previous, IReadOnlyList<object> previousCores, IndexSearcher next, int atMost)
    {
        if (!PerReader.TryGetValue(previous, out var earlier)) return 0;
        var ords = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var ord = 0; ord < previousCores.Count; ord++) ords[previousCores[ord]] = ord;
        var lookup = new TermLookup(next);
        var carried = 0;
        foreach (var ((field, text), context) in earlier.Latest(atMost))
        {
            lookup.Context(field, text, (context, ords));
            carried++;
        }
        return carried;
    }

    private TermContext Context(string field, string text, (TermContext Context, Dictionary<object, int> Ords)? earlier = null)
    {
        if (known.Find((field, text)) is { } context) return context;
        var top = reader.Context;
        context = new TermContext(top);
        BytesRef? bytes = null;
        foreach (var leaf in top.Leaves)
        {
            if (earlier is var (before, ords) && ords.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var ord))
            {
                if (before.Get(ord) is BlockTermState state) context.Register(state, leaf.Ord, state.DocFreq, state.TotalTermFreq);
                if (before.Get(ord) is null or BlockTermState) continue;
            }
            if (!enums.TryGetValue((leaf.Ord, field), out var terms))
                enums[(leaf.Ord, field)] = terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (terms is not null && terms.SeekExact(bytes ??= new BytesRef(text)))
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        known.Remember((field, text), context);
        return context;
    }
}
