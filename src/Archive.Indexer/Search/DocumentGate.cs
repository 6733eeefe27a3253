using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Which matching documents a search counts and how they sort, segment by segment: the filters' documents only, none
/// holding an excluded word, and by date their issue day (none sorts last) and upload time. One rule for
/// <see cref="DocumentCollector"/> and <see cref="DocumentFirstPass"/>.
/// </summary>
internal sealed class DocumentGate(SearchSort sort, Func<AtomicReaderContext, FixedBitSet?>? allowed, Func<AtomicReaderContext, FixedBitSet?>? excluded)
{
    private FixedBitSet? allowedHere;
    private FixedBitSet? excludedHere;
    private int[]? days;
    private long[]? created;
    private int docBase;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        allowedHere = allowed?.Invoke(context);
        excludedHere = excluded?.Invoke(context);
        var columns = sort == SearchSort.Date ? DocumentColumns.Of(context.AtomicReader) : null;
        (days, created) = (columns?.IssuedOnDay(context.AtomicReader), columns?.CreatedAt(context.AtomicReader));
    }

    /// <summary>Whether the segment's document entry <paramref name="doc"/> is within the filters and holds no excluded word.</summary>
    public bool Admits(int doc) => (allowedHere is null || allowedHere.Get(doc)) && (excludedHere is null || !excludedHere.Get(doc));

    /// <summary>The segment's document entry <paramref name="doc"/> ranked with its score, its best passage and its sort keys.</summary>
    public RankedDocument Ranked(int doc, float score, int passage)
    {
        var day = days is not null && days[doc] != DocumentColumns.None ? days[doc] : long.MinValue;
        var at = created?[doc] ?? 0;
        return new RankedDocument(docBase + doc, score, passage, day, at);
    }
}
