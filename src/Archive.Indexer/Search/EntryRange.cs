using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// One part of the index's entries, [<c>From</c>, <c>To</c>) in index-wide entry numbers, searched on its own: what lets
/// <see cref="DocumentFirstPass"/> run the halves of one segment on two threads. A part starting at a segment's first
/// entry is scored as <see cref="IndexSearcher.Search(Query, ICollector)"/> would (the bulk scorer, which stops at the
/// part's end); a later part advances an in-order scorer to its first entry, skipping what comes before unread.
/// </summary>
internal readonly record struct EntryRange(int From, int To)
{
    /// <summary>The index's entries cut in two at the middle (a block of entries may straddle it: collectors count document entries only).</summary>
    public static (EntryRange First, EntryRange Second) Halves(IndexReader reader) =>
        (new EntryRange(0, reader.MaxDoc / 2), new EntryRange(reader.MaxDoc / 2, reader.MaxDoc));

    public void Search(IndexSearcher searcher, Weight weight, ICollector collector)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var from = Math.Max(From - leaf.DocBase, 0);
            var to = Math.Min(To - leaf.DocBase, leaf.AtomicReader.MaxDoc);
            if (from >= to) continue;
            collector.SetNextReader(leaf);
            var live = leaf.AtomicReader.LiveDocs;
            if (from == 0)
            {
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, live)?.Score(collector, to);
                continue;
            }
            var scorer = weight.GetScorer(leaf, live);
            if (scorer is null) continue;
            collector.SetScorer(scorer);
            for (var doc = scorer.Advance(from); doc < to; doc = scorer.NextDoc()) collector.Collect(doc);
        }
    }
}
