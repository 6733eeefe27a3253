using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Scores a query over the entries of some documents only: each document's block of entries (its passages, then
/// its own entry: <see cref="EntryBlocks"/>) is reached by advancing the query's scorer to the block's start, so
/// the postings between blocks are skipped rather than scored.
/// </summary>
internal static class CandidateScoring
{
    /// <param name="documents">Document entries, index-wide, in any order.</param>
    public static void Score(IndexSearcher searcher, Query query, IEnumerable<int> documents, ICollector collector)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in documents.Order().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var blocks = EntryBlocks.DocumentEntries(leaf.AtomicReader);
            var entry = scorer.DocID;
            foreach (var document in group)
            {
                var end = document - leaf.DocBase;
                var start = end == 0 ? 0 : blocks.PrevSetBit(end - 1) + 1;
                if (entry < start) entry = scorer.Advance(start);
                for (; entry <= end; entry = scorer.NextDoc()) collector.Collect(entry);
                if (entry == DocIdSetIterator.NO_MORE_DOCS) break;
            }
        }
    }
}
