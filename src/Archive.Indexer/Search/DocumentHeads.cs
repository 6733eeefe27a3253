using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Archive.Indexer.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// What a hit shows of its document (id, title, kind, number, date, issuer, the head of the text), read from the
/// document entry's stored fields once per segment and remembered: the same documents come back question after
/// question, and a document entry closes its block, so reading it decompresses the stored fields of the passages
/// before it in the chunk (stored fields were an eighth of a search's processor time, half of it document entries).
/// Remembered per segment core, whose stored fields never change (a deletion only hides an entry); bounded for the
/// whole process, whatever the number of segments: when it fills, every segment's memory is dropped, the documents
/// asked for since then coming back first.
/// </summary>
internal static class DocumentHeads
{
    /// <summary>At most this many documents remembered in the process (up to ~2 KB each, the head being 400 characters: ~20 MB).</summary>
    public const int AtMost = 10_000;

    private static int remembered;

    private static readonly ConditionalWeakTable<object, Remembered> Cache = new();

    private static readonly ISet<string> Fields = new HashSet<string>
    {
        DocumentFields.Id, DocumentFields.StoredTitle, DocumentFields.FileName, DocumentFields.StoredKind,
        DocumentFields.Number, DocumentFields.IssuedOn, DocumentFields.StoredIssuer, DocumentFields.Head,
    };

    /// <summary>The head of the document entry <paramref name="doc"/> (index-wide) of <paramref name="reader"/>.</summary>
    public static DocumentHead Of(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var segment = leaf.AtomicReader;
        var heads = Cache.GetValue(segment.CoreCacheKey, _ => new Remembered()).Heads;
        var local = doc - leaf.DocBase;
        if (heads.TryGetValue(local, out var head)) return head;
        head = Read(segment.Document(local, Fields));
        if (Interlocked.Increment(ref remembered) > AtMost)
        {
            // Segments merged away leave the table with their core; those still here are dropped all at once.
            foreach (var (_, segmentHeads) in Cache) segmentHeads.Heads.Clear();
            Interlocked.Exchange(ref remembered, 1);
        }
        heads[local] = head;
        return head;
    }

    /// <summary>
    /// Reads the heads of every live document of <paramref name="leaf"/> ahead of the searches (<see cref="SearcherWarming"/>),
    /// unless the segment holds more than <paramref name="atMost"/> documents or they would overfill the process's bound.
    /// </summary>
    /// <returns>How many heads were read.</returns>
    public static int Warm(AtomicReaderContext leaf, int atMost)
    {
        var segment = leaf.AtomicReader;
        var documents = EntryBlocks.DocumentEntries(segment);
        var count = (int)documents.Cardinality;
        if (count == 0 || count > atMost || Volatile.Read(ref remembered) + count > AtMost) return 0;
        var heads = Cache.GetValue(segment.CoreCacheKey, _ => new Remembered()).Heads;
        var live = segment.LiveDocs;
        var read = 0;
        for (var doc = documents.NextSetBit(0); doc >= 0; doc = doc + 1 < documents.Length ? documents.NextSetBit(doc + 1) : -1)
        {
            if (live is not null && !live.Get(doc) || heads.ContainsKey(doc)) continue;
            heads[doc] = Read(segment.Document(doc, Fields));
            read++;
        }
        Interlocked.Add(ref remembered, read);
        return read;
    }

    /// <summary>
    /// Drops what is remembered of a segment core the index no longer holds (merged away), so that the process's bound
    /// counts the segments searches still read (a core's memory would otherwise go only with the core, whenever it is
    /// collected, still counted until the bound clears everything).
    /// </summary>
    public static void Forget(object core)
    {
        if (!Cache.TryGetValue(core, out var gone)) return;
        Cache.Remove(core);
        Interlocked.Add(ref remembered, -gone.Heads.Count);
    }

    /// <summary>Whether the head of <paramref name="doc"/> (index-wide) is remembered: no stored field is read to show it.</summary>
    public static bool IsRemembered(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return Cache.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var segment) && segment.Heads.ContainsKey(doc - leaf.DocBase);
    }

    private static DocumentHead Read(Document stored) => new(
        stored.Get(DocumentFields.Id),
        stored.Get(DocumentFields.StoredTitle),
        stored.Get(DocumentFields.FileName),
        stored.Get(DocumentFields.StoredKind),
        stored.Get(DocumentFields.Number),
        DocumentSchema.IssuedOn(stored),
        stored.Get(DocumentFields.StoredIssuer),
        stored.Get(DocumentFields.Head) ?? "");

    private sealed class Remembered
    {
        public readonly ConcurrentDictionary<int, DocumentHead> Heads = new();
    }
}
