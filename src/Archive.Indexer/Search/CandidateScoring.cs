using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Scores the passages of some documents only, each document keeping the score its own entry got in the first pass
/// (<see cref="DocumentLevelQuery"/>). Each document's block of entries (its passages, then its own entry:
/// <see cref="EntryBlocks"/>) is scored clause by clause (<see cref="PassageQueryPlan"/>): every term or phrase of the
/// query is advanced to the block's start and read along it, so the postings between blocks are skipped, and the
/// common words' long postings are read once per block instead of being advanced, through a tree of disjunctions,
/// to each entry the rarer words found. The document entry's clauses are not scored twice.
/// </summary>
internal static class CandidateScoring
{
    /// <param name="passages">The query's clauses on passage fields (<see cref="DocumentLevelQuery.OnPassages"/>); null when no passage can match.</param>
    /// <param name="documents">Document entries, index-wide, with their own entry's score, in any order.</param>
    public static void Score(IndexSearcher searcher, Query? passages, IEnumerable<RankedDocument> documents, DocumentCollector collector)
    {
        var plan = passages is null ? null : PassageQueryPlan.Of(passages, searcher);
        var fallback = passages is not null && plan is null ? searcher.CreateNormalizedWeight(passages) : null;
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in documents.OrderBy(d => d.Doc).GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            collector.SetNextReader(leaf);
            var blocks = EntryBlocks.DocumentEntries(leaf.AtomicReader);
            var segment = plan?.On(leaf);
            var scorer = fallback?.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null) collector.SetScorer(scorer);
            var entry = scorer?.DocID ?? DocIdSetIterator.NO_MORE_DOCS;
            foreach (var document in group)
            {
                var end = document.Doc - leaf.DocBase;
                var start = end == 0 ? 0 : blocks.PrevSetBit(end - 1) + 1;
                if (segment is not null)
                {
                    segment.Score(start, end, collector.CollectPassage);
                }
                else if (scorer is not null && entry != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (entry < start) entry = scorer.Advance(start);
                    for (; entry < end; entry = scorer.NextDoc()) collector.Collect(entry);
                }
                collector.CollectEntry(end, document.Score);
            }
        }
    }
}
