using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Indexer.Index;

/// <summary>
/// Values a search remembers per segment core (whose postings and stored fields never change: a deletion only hides an
/// entry), bounded for the whole process, whatever the number of segments, by a budget in the caller's unit (documents,
/// bytes): when it fills, every segment's values are dropped at once, those asked for since then coming back first.
/// Segments merged away leave with their core.
/// </summary>
internal sealed class SegmentMemory<TKey, TValue>(long budget) where TKey : notnull
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<TKey, TValue>> cores = new();
    private long used;

    public bool TryGet(AtomicReader segment, TKey key, out TValue value) => Of(segment).TryGetValue(key, out value!);

    /// <summary>Remembers <paramref name="value"/>, which counts <paramref name="cost"/> against the budget.</summary>
    public void Remember(AtomicReader segment, TKey key, TValue value, long cost)
    {
        if (Interlocked.Add(ref used, cost) > budget)
        {
            foreach (var (_, values) in cores) values.Clear();
            Interlocked.Exchange(ref used, cost);
        }
        Of(segment)[key] = value;
    }

    /// <summary>How many values <paramref name="segment"/> has remembered.</summary>
    public int Count(AtomicReader segment) => cores.TryGetValue(segment.CoreCacheKey, out var values) ? values.Count : 0;

    private ConcurrentDictionary<TKey, TValue> Of(AtomicReader segment) => cores.GetValue(segment.CoreCacheKey, _ => new());
}
