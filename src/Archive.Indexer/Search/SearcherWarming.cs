using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Readies a new searcher before any search gets it (Lucene's searcher warm-up in <see cref="SearcherFactory"/>,
/// Elasticsearch's eager loading): for each segment the previous searcher did not hold, what a search would otherwise
/// build on first use (the entry blocks, the facet and date columns, the documents' shown fields when the segment is
/// small); and the terms questions looked up lately, looked up again in the new searcher (only its new segments are
/// sought). It runs where the searcher is made, on the reopen's thread (an upload's shared refresh, the quiet merge),
/// so the first questions after a merge do not pay for it: after the 668 uploads of the real-data check the quiet
/// merge's reopen landed among the first questions, which then found every cache empty.
/// </summary>
internal static class SearcherWarming
{
    /// <summary>A new segment of at most this many documents has their shown fields read ahead (~2 KB each; a merged archive of 668 documents takes ~50 ms).</summary>
    public const int HeadsPerSegmentAtMost = 2_000;

    /// <summary>At most this many recent terms are carried to a new searcher (a question looks up ~60–120; a seek each per new segment).</summary>
    public const int TermsAtMost = 5_000;

    /// <param name="searcher">The searcher about to be published.</param>
    /// <param name="previous">The reader of the searcher it replaces, with its segment cores by order; null for the first.</param>
    public static void Warm(IndexSearcher searcher, (IndexReader Reader, IReadOnlyList<object> Cores)? previous)
    {
        var held = new HashSet<object>(previous?.Cores ?? [], ReferenceEqualityComparer.Instance);
        var now = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            now.Add(segment.CoreCacheKey);
            if (held.Contains(segment.CoreCacheKey)) continue;
            EntryBlocks.DocumentEntries(segment);
            DocumentColumns.Of(segment);
            DocumentHeads.Warm(leaf, HeadsPerSegmentAtMost);
        }
        // A core the new reader lacks was merged away for good; a search still running on the old searcher reads it again if it must.
        foreach (var core in held.Where(core => !now.Contains(core))) DocumentHeads.Forget(core);
        if (previous is var (reader, cores)) TermLookup.Carry(reader, cores, searcher, TermsAtMost);
    }
}
