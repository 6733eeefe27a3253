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
    private readonly List<(string View, BytesRef Term, float Text, float Heading)> terms = [];

    /// <param name="query">The query the hits were found with; its term clauses on passage fields are weighed.</param>
    public PassageChooser(Query query)
    {
        var weights = new Dictionary<(string View, string Term), (float Text, float Heading)>();
        Collect(query, 1f, weights);
        foreach (var ((view, term), (text, heading)) in weights) terms.Add((view, new BytesRef(term), text, heading));
    }

    /// <summary>The passage entry (index-wide) that best answers the query within the document entry <paramref name="document"/>, or -1.</summary>
    public int Choose(IndexReader reader, int document)
    {
        if (terms.Count == 0) return -1;
        var leaf = reader.Leaves[ReaderUtil.SubIndex(document, reader.Leaves)];
        var segment = leaf.AtomicReader;
        var end = document - leaf.DocBase;
        var start = end == 0 ? 0 : EntryBlocks.DocumentEntries(segment).PrevSetBit(end - 1) + 1;
        var count = end - start;
        if (count <= 0) return -1;

        var lengths = segment.GetNumericDocValues(DocumentFields.PassageLength);
        var length = new float[count];
        for (var i = 0; i < count; i++) length[i] = Math.Max(1, lengths?.Get(start + i) ?? 1);
        var average = length.Average();

        var scores = new float[count];
        var inText = new int[count];
        var inHeading = new int[count];
        DocsEnum? reuse = null;
        foreach (var (view, term, textWeight, headingWeight) in terms)
        {
            var containing = Frequencies(segment, DocumentFields.PassageText + view, term, start, end, inText, ref reuse);
            if (containing == 0) continue; // the text holds its heading: a word in no text is in no heading either
            if (headingWeight > 0) Frequencies(segment, DocumentFields.PassageHeading + view, term, start, end, inHeading, ref reuse);
            var idf = (float)Math.Log(1 + (count - containing + 0.5) / (containing + 0.5));
            for (var i = 0; i < count; i++)
            {
                if (inText[i] == 0) continue;
                float tf = inText[i];
                var score = textWeight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length[i] / average));
                if (inHeading[i] > 0) score += headingWeight;
                scores[i] += idf * score;
            }
        }
        var best = -1;
        for (var i = 0; i < count; i++)
            if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
        return best < 0 ? -1 : leaf.DocBase + start + best;
    }

    /// <summary>Fills <paramref name="into"/> with the term's frequency in each passage of the block; returns how many hold it.</summary>
    private static int Frequencies(AtomicReader segment, string field, BytesRef term, int start, int end, int[] into, ref DocsEnum? reuse)
    {
        Array.Clear(into);
        var terms = segment.GetTerms(field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term)) return 0;
        reuse = terms.Docs(segment.LiveDocs, reuse, DocsFlags.FREQS);
        var containing = 0;
        for (var doc = reuse.Advance(start); doc < end; doc = reuse.NextDoc())
        {
            into[doc - start] = reuse.Freq;
            containing++;
        }
        return containing;
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
