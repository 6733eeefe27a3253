using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Index;

/// <summary>
/// How often a term occurs in each document entry of a segment, held in memory once per segment core: one byte per
/// document entry. For the terms a large archive's first pass scores for a thousand documents a question (a question's
/// common words, <see cref="Search.DocumentFirstPass"/>): each is held by most documents, so advancing its postings to
/// a thousand scattered documents decodes most of its blocks, question after question (a trace of <c>bench
/// search-scale</c> at 100,000 documents: ~38 % of a search). A column is read from the postings once, then a
/// document's frequency is an array read. Only terms of document entries' fields have a column (a passage entry holding
/// the term gives none). Bounded for the whole process (<see cref="BytesAtMost"/>, <see cref="SegmentMemory{TKey, TValue}"/>).
/// </summary>
internal static class TermColumns
{
    /// <summary>At most this many bytes of columns in the process (a column is one byte per document: 100 KB at 100,000 documents).</summary>
    public const long BytesAtMost = 128L << 20;

    /// <summary>A term has a column when at least one document in this many holds it.</summary>
    public const int HeldByAtLeast = 16;

    private static readonly SegmentMemory<(string Field, string Text), TermColumn?> Columns = new(BytesAtMost);

    /// <summary>Each segment's document entries, in order: the rows every column of the segment shares.</summary>
    private static readonly ConditionalWeakTable<object, int[]> Rows = new();

    /// <summary>
    /// The column of <paramref name="term"/> in <paramref name="segment"/>, or null when the term is in fewer than one
    /// document in <see cref="HeldByAtLeast"/> or in an entry that is no document entry (then the caller reads the postings).
    /// </summary>
    /// <param name="docFreq">How many entries of the segment hold the term, where the caller knows it (its term state):
    /// a rare term is then turned away without a lookup or a seek.</param>
    public static TermColumn? Of(AtomicReader segment, Term term, int docFreq = -1)
    {
        var documents = Rows.GetValue(segment.CoreCacheKey, _ => Entries(EntryBlocks.DocumentEntries(segment)));
        if (docFreq >= 0 && docFreq < documents.Length / HeldByAtLeast) return null;
        var key = (term.Field, term.Text);
        if (Columns.TryGet(segment, key, out var column)) return column;
        // A rare term is neither read nor remembered: its postings serve (one seek a question, as a term query's), and
        // no stream of distinct rare words (anyone's question) can fill the table and drop the common words' columns.
        var terms = segment.GetTerms(term.Field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term.Bytes) || terms.DocFreq < documents.Length / HeldByAtLeast) return null;
        column = Read(terms, documents);
        // A common term found in a passage entry has no column but keeps its key (there are few such terms: at most
        // HeldByAtLeast times the distinct words of an average entry); counted all the same.
        Columns.Remember(segment, key, column, column?.Documents.Length ?? 64);
        return column;
    }

    /// <summary>The enumerator's current term as a column, or null when a passage entry holds it.</summary>
    private static TermColumn? Read(TermsEnum terms, int[] documents)
    {
        var frequencies = new byte[documents.Length];
        Dictionary<int, int>? high = null;
        var postings = terms.Docs(null, null, DocsFlags.FREQS);
        var rank = 0;
        var holders = 0;
        for (var doc = postings.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            while (rank < documents.Length && documents[rank] < doc) rank++;
            if (rank == documents.Length || documents[rank] != doc) return null; // a passage entry's term
            var freq = postings.Freq;
            frequencies[rank] = (byte)Math.Min(freq, byte.MaxValue);
            holders++;
            if (freq >= byte.MaxValue) (high ??= [])[rank] = freq;
        }
        return new TermColumn(documents, frequencies, high, holders);
    }

    /// <summary>How many terms <paramref name="segment"/>'s table remembers (with or without a column).</summary>
    internal static int Remembered(AtomicReader segment) => Columns.Count(segment);

    private static int[] Entries(FixedBitSet bits)
    {
        var entries = new int[bits.Cardinality];
        for (int i = 0, doc = bits.NextSetBit(0); doc >= 0; i++, doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1) entries[i] = doc;
        return entries;
    }
}
