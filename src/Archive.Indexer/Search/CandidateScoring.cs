using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Scores the passages of some documents only, each document keeping the score its own entry got in the first pass
/// (<see cref="DocumentLevelQuery"/>): each document's block of entries (its passages, then its own entry:
/// <see cref="EntryBlocks"/>) is reached by advancing the passage query's scorer to the block's start, so the
/// postings between blocks are skipped rather than scored, and the document entry's clauses are not scored twice.
/// </summary>
internal static class CandidateScoring
{
    /// <param name="weight">The weight of the query's clauses on passage fields (<see cref="DocumentLevelQuery.OnPassages"/>), which
    /// several threads may share (each gets its own scorers); null when no passage can match.</param>
    /// <param name="documents">Document entries, index-wide, with their own entry's score, in any order.</param>
    public static void Score(IndexSearcher searcher, Weight? weight, IEnumerable<RankedDocument> documents, DocumentCollector collector)
    {
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in documents.OrderBy(d => d.Doc).GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var scorer = weight?.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            collector.SetNextReader(leaf);
            if (scorer is not null) collector.SetScorer(scorer);
            var blocks = EntryBlocks.DocumentEntries(leaf.AtomicReader);
            var entry = scorer?.DocID ?? DocIdSetIterator.NO_MORE_DOCS;
            foreach (var document in group)
            {
                var end = document.Doc - leaf.DocBase;
                if (scorer is not null && entry != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var start = EntryBlocks.FirstOf(blocks, end);
                    if (entry < start) entry = scorer.Advance(start);
                    for (; entry < end; entry = scorer.NextDoc()) collector.Collect(entry);
                }
                collector.CollectEntry(end, document.Score);
            }
        }
    }
}
