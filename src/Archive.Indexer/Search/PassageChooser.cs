using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Chooses which of one document's passages a hit shows: BM25 over the query's passage terms with the document's
/// own passages as the collection. A word found in every article of a law (its subject: "công nghiệp an ninh")
/// then weighs nothing, even in a heading, and the words that set one article apart ("trách nhiệm", "kiểm tra")
/// decide, whatever their weight across the whole archive. A word in the heading counts on top of the text.
/// </summary>
internal sealed class PassageChooser
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // Per term of a view ("", ".folded", ".shingles", ".folded_shingles"): its weight in the text and in the heading.
    private readonly List<(string View, string Word, BytesRef Term, float Text, float Heading)> terms = [];

    /// <param name="query">The query the hits were found with; its term clauses on passage fields are weighed.</param>
    /// <param name="intent">Headings the question asks for (<see cref="VietnameseQueryBuilder.Intent"/>), or null.</param>
    public PassageChooser(Query query, Query? intent = null)
    {
        var weights = new Dictionary<(string View, string Term), (float Text, float Heading)>();
        Collect(query, 1f, weights);
        if (intent is not null) Collect(intent, 1f, weights);
        foreach (var ((view, term), (text, heading)) in weights) terms.Add((view, term, new BytesRef(term), text, heading));
    }

    /// <summary>
    /// For each document entry (index-wide) of <paramref name="documents"/>, the passage entry that best answers the
    /// query within it, or -1. Each term is looked up once per segment for all the documents.
    /// </summary>
    public int[] Choose(IndexReader reader, IReadOnlyList<int> documents)
    {
        var chosen = new int[documents.Count];
        Array.Fill(chosen, -1);
        if (terms.Count == 0 || documents.Count == 0) return chosen;
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i]).ToList();
        foreach (var group in order.GroupBy(i => ReaderUtil.SubIndex(documents[i], reader.Leaves)))
        {
            var leaf = reader.Leaves[group.Key];
            var blocks = group.Select(i => Block.Of(leaf, documents[i], i)).Where(b => b.Count > 0).ToList();
            if (blocks.Count > 0) Choose(leaf, blocks, chosen);
        }
        return chosen;
    }

    /// <summary>One document's passages in a segment: entries [Start, End), the document entry at End.</summary>
    private sealed class Block(int start, int end, int slot)
    {
        public int Start { get; } = start;
        public int End { get; } = end;
        public int Slot { get; } = slot;
        public int Count => End - Start;
        public float[] Length { get; } = new float[Math.Max(0, end - start)];
        public float Average { get; set; }
        public float[] Scores { get; } = new float[Math.Max(0, end - start)];
        public int[] InText { get; } = new int[Math.Max(0, end - start)];
        public int[] InHeading { get; } = new int[Math.Max(0, end - start)];

        public static Block Of(AtomicReaderContext leaf, int document, int slot)
        {
            var end = document - leaf.DocBase;
            var start = EntryBlocks.FirstOf(EntryBlocks.DocumentEntries(leaf.AtomicReader), end);
            return new Block(start, end, slot);
        }
    }

    private void Choose(AtomicReaderContext leaf, List<Block> blocks, int[] chosen)
    {
        var segment = leaf.AtomicReader;
        var lengths = segment.GetNumericDocValues(DocumentFields.PassageLength);
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Count; i++) block.Length[i] = Math.Max(1, lengths?.Get(block.Start + i) ?? 1);
            block.Average = block.Length.Average();
        }
        var textTerms = new Dictionary<string, TermsEnum?>();
        DocsEnum? reuse = null;
        var reader = ReaderUtil.GetTopLevelContext(leaf).Reader;
        foreach (var (view, word, term, textWeight, headingWeight) in terms)
        {
            if (!Frequencies(reader, leaf, DocumentFields.PassageText + view, (word, term), blocks, b => b.InText, textTerms, ref reuse)) continue;
            if (headingWeight > 0) Frequencies(reader, leaf, DocumentFields.PassageHeading + view, (word, term), blocks, b => b.InHeading, textTerms, ref reuse);
            foreach (var block in blocks)
            {
                var containing = block.InText.Count(f => f > 0);
                if (containing == 0) continue; // the text holds its heading: a word in no text is in no heading either
                var idf = (float)Math.Log(1 + (block.Count - containing + 0.5) / (containing + 0.5));
                for (var i = 0; i < block.Count; i++)
                {
                    if (block.InText[i] == 0) continue;
                    float tf = block.InText[i];
                    var score = textWeight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * block.Length[i] / block.Average));
                    if (block.InHeading[i] > 0) score += headingWeight;
                    block.Scores[i] += idf * score;
                }
            }
        }
        foreach (var block in blocks)
        {
            var best = -1;
            for (var i = 0; i < block.Count; i++)
                if (block.Scores[i] > 0 && (best < 0 || block.Scores[i] > block.Scores[best])) best = i;
            if (best >= 0) chosen[block.Slot] = leaf.DocBase + block.Start + best;
        }
    }

    /// <summary>
    /// Fills each block's <paramref name="into"/> array with the term's frequency in its passages (blocks in entry
    /// order, one pass along the postings); false when the segment lacks the term. The query's own look-up of the term
    /// (<see cref="TermLookup.Remembered"/>) is reused when remembered: a seek in the terms dictionary was a third of
    /// choosing the articles.
    /// </summary>
    private static bool Frequencies(IndexReader reader, AtomicReaderContext leaf, string field, (string Text, BytesRef Bytes) term, List<Block> blocks,
        Func<Block, int[]> into, Dictionary<string, TermsEnum?> enums, ref DocsEnum? reuse)
    {
        foreach (var block in blocks) Array.Clear(into(block));
        var segment = leaf.AtomicReader;
        var known = TermLookup.Remembered(reader, field, term.Text);
        var state = known?.Get(leaf.Ord);
        if (known is not null && state is null) return false;
        if (!enums.TryGetValue(field, out var terms)) enums[field] = terms = segment.GetTerms(field)?.GetEnumerator();
        if (terms is null) return false;
        if (state is not null) terms.SeekExact(term.Bytes, state);
        else if (!terms.SeekExact(term.Bytes)) return false;
        reuse = terms.Docs(segment.LiveDocs, reuse, DocsFlags.FREQS);
        var doc = -1;
        foreach (var block in blocks)
        {
            var frequencies = into(block);
            if (doc < block.Start) doc = reuse.Advance(block.Start);
            for (; doc < block.End; doc = reuse.NextDoc()) frequencies[doc - block.Start] = reuse.Freq;
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
        }
        return true;
    }

    private static void Collect(Query query, float boost, Dictionary<(string View, string Term), (float Text, float Heading)> weights)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, boost * boolean.Boost, weights);
                break;
            case TermQuery term:
                var field = term.Term.Field;
                var weight = boost * term.Boost;
                if (field.StartsWith(DocumentFields.PassageText, StringComparison.Ordinal))
                {
                    var key = (field[DocumentFields.PassageText.Length..], term.Term.Text);
                    var (text, heading) = weights.GetValueOrDefault(key);
                    weights[key] = (text + weight, heading);
                }
                else if (field.StartsWith(DocumentFields.PassageHeading, StringComparison.Ordinal))
                {
                    var key = (field[DocumentFields.PassageHeading.Length..], term.Term.Text);
                    var (text, heading) = weights.GetValueOrDefault(key);
                    weights[key] = (text, heading + weight);
                }
                break;
        }
    }
}
