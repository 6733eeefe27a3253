using Lucene.Net.Index;

namespace Archive.Indexer.Analysis;

/// <summary>In what share of the entries holding a field a term occurs (deleted entries count until merged away).</summary>
internal sealed class TermFrequency(IndexReader reader)
{
    private readonly Dictionary<string, long> entries = [];

    public double Share(string foldedField, string term)
    {
        if (!entries.TryGetValue(foldedField, out var count))
        {
            count = reader.Leaves.Sum(leaf => (long)Math.Max(0, leaf.AtomicReader.GetTerms(foldedField)?.DocCount ?? 0));
            entries[foldedField] = count;
        }
        return count == 0 ? 0 : reader.DocFreq(new Term(foldedField, term)) / (double)count;
    }
}
