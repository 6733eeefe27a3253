using Archive.Indexer.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// What a hit shows of its document (id, title, kind, number, date, issuer, the head of the text), read from the
/// document entry's stored fields once per segment and remembered: the same documents come back question after
/// question, and a document entry closes its block, so reading it decompresses the stored fields of the passages
/// before it in the chunk (stored fields were an eighth of a search's processor time, half of it document entries).
/// Remembered per segment core, bounded for the whole process (<see cref="SegmentMemory{TKey, TValue}"/>).
/// </summary>
internal static class DocumentHeads
{
    /// <summary>At most this many documents remembered in the process (up to ~2 KB each, the head being 400 characters: ~20 MB).</summary>
    public const int AtMost = 10_000;

    private static readonly SegmentMemory<int, DocumentHead> Remembered = new(AtMost);

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
        var local = doc - leaf.DocBase;
        if (Remembered.TryGet(segment, local, out var head)) return head;
        head = Read(segment.Document(local, Fields));
        Remembered.Remember(segment, local, head, 1);
        return head;
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
}
