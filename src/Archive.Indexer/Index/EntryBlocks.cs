using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Index;

/// <summary>
/// Each archived document is written as one block of entries (<see cref="DocumentSchema.ToLucene"/>): its passage
/// entries, then its document entry. Lucene keeps a block together in one segment, in order, through merges, so
/// the document an entry belongs to is the first document entry at or after it: no stored field is read to
/// group passages by document.
/// </summary>
public static class EntryBlocks
{
    // Per segment core: deletions never move entries, and a block is deleted whole.
    private static readonly ConditionalWeakTable<object, FixedBitSet> Cache = new();

    /// <summary>The document entries of a segment, as bits (deleted ones included: callers see only live entries anyway).</summary>
    public static FixedBitSet DocumentEntries(AtomicReader segment) =>
        Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    /// <summary>The document entry of the block holding <paramref name="entry"/>; -1 for an entry of no block.</summary>
    public static int DocumentOf(FixedBitSet documentEntries, int entry) =>
        entry < documentEntries.Length ? documentEntries.NextSetBit(entry) : -1;

    /// <summary>The first entry of the block whose document entry is <paramref name="documentEntry"/> (its first passage, or itself).</summary>
    public static int FirstOf(FixedBitSet documentEntries, int documentEntry) =>
        documentEntry == 0 ? 0 : documentEntries.PrevSetBit(documentEntry - 1) + 1;

    private static FixedBitSet Read(AtomicReader segment)
    {
        var bits = new FixedBitSet(Math.Max(1, segment.MaxDoc));
        var terms = segment.GetTerms(DocumentFields.Entry)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(new BytesRef(DocumentFields.DocumentEntry))) return bits;
        var docs = terms.Docs(null, null, DocsFlags.NONE);
        for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
        return bits;
    }
}
