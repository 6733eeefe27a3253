using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Turns matching entries into matching documents, in one pass: the entries of a document come as one block
/// (<see cref="EntryBlocks"/>), so while Lucene scores in document order the collector sums, per document, its
/// document entry's score (title, kind, issuer, number) and its best passage's score (plus a share of the
/// second best), then counts the document into the total and the facets and offers it to the top hits.
/// Documents outside the filters or holding an excluded word are skipped whole.
/// </summary>
internal sealed class DocumentCollector(int depth, float secondPassageWeight, SearchSort sort, FacetCollector? facets,
    Func<AtomicReaderContext, FixedBitSet?>? allowed, Func<AtomicReaderContext, FixedBitSet?>? excluded) : ICollector
{
    private readonly BestDocuments top = new(depth, sort);
    private readonly DocumentGate gate = new(sort, allowed, excluded);
    private FixedBitSet documents = new(1);
    private Scorer? scorer;
    private int docBase;
    private int current = -1;
    private float entryScore;
    private float best;
    private float second;
    private int bestPassage;

    /// <summary>How many documents matched (within the filters).</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var segment = context.AtomicReader;
        documents = EntryBlocks.DocumentEntries(segment);
        docBase = context.DocBase;
        gate.SetNextReader(context);
        facets?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var owner = documents.Get(doc) ? doc : EntryBlocks.DocumentOf(documents, doc);
        if (owner < 0) return;
        if (owner != current)
        {
            Flush();
            current = owner;
        }
        var score = scorer!.GetScore();
        if (doc == owner)
        {
            entryScore = score;
        }
        else if (score > best)
        {
            second = best;
            best = score;
            bestPassage = doc;
        }
        else if (score > second)
        {
            second = score;
        }
    }

    /// <summary>
    /// A document entry of the current segment whose score is known already (<see cref="CandidateScoring"/>), after
    /// its block's passages were collected.
    /// </summary>
    public void CollectEntry(int doc, float score)
    {
        if (doc != current)
        {
            Flush();
            current = doc;
        }
        entryScore = score;
    }

    /// <summary>The best <c>depth</c> documents, best first, once the search is done.</summary>
    public List<RankedDocument> TopDocuments()
    {
        Flush();
        return top.BestFirst();
    }

    private void Flush()
    {
        if (current < 0) return;
        var doc = current;
        current = -1;
        var score = entryScore + best + secondPassageWeight * second;
        var passage = best > 0 ? docBase + bestPassage : -1;
        entryScore = best = second = 0;
        if (!gate.Admits(doc)) return;
        Total++;
        facets?.Collect(doc);
        top.Offer(gate.Ranked(doc, score, passage));
    }
}
