using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Index;

/// <summary>
/// A searcher that remembers each field's collection statistics for as long as it lives (one reader, whose
/// statistics never change). Lucene asks for them once per term of every query, and over several segments each
/// answer merges the segments' terms of the field anew.
/// </summary>
internal sealed class CachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        statistics.GetOrAdd(field, base.CollectionStatistics);
}
