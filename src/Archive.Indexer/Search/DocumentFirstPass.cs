using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// The first pass of a search over document entries (<see cref="DocumentLevelQuery"/>): how many documents match and
/// their facets, and the best of them by their own entry's score, the candidates whose articles are scored next. Its
/// cost follows the query's rarer words, not every document holding a common one: optional clauses beside a required
/// one (a question's common words, <see cref="Analysis.VietnameseQueryBuilder"/>) decide no match and only add to the
/// score, so the required part is scored alone over every matching document (Lucene's bucket scorer, documents out of
/// order), and the optional part only for the documents it could still bring among the candidates: the best by the
/// required part, then those whose required score plus the optional part's highest possible score
/// (<see cref="ScoreBound"/>) reaches the worst of them (MaxScore, as Lucene 8 and Elasticsearch prune), at most
/// <c>optionalAtMost</c> of them (<see cref="SearchTuning.CommonScoredAtMost"/>), best by the required part: below the
/// cap the candidates are those of scoring the whole query on every document; the total and the facets always are.
/// A query Lucene scores in entry order anyway (a small archive's whole question: its required words beside optional
/// common ones) is scored over the two halves of the index's entries side by side when a core is free.
/// </summary>
internal sealed class DocumentFirstPass(IndexSearcher searcher, int depth, int optionalAtMost, SearchSort sort, FacetCollector facets,
    Func<AtomicReaderContext, FixedBitSet?>? allowed, Func<AtomicReaderContext, FixedBitSet?>? excluded)
{
    private readonly Comparer<RankedDocument> worstFirst = RankedDocument.WorstFirst(sort);

    /// <summary>How many documents matched (within the filters), once <see cref="Candidates"/> ran.</summary>
    public int Total { get; private set; }

    /// <summary>How many matching documents had the optional part scored (for the benchmark and the tests).</summary>
    public int OptionalScored { get; private set; }

    /// <summary>Whether more documents could have become candidates than the optional part was scored for (the cap).</summary>
    public bool Pruned { get; private set; }

    /// <summary>Whether the matches were scored in two halves of the index's entries, side by side (for the tests).</summary>
    public bool SplitByEntries { get; private set; }

    /// <summary>The best <c>depth</c> matching documents by their own entry's score under <paramref name="query"/>, in no order.</summary>
    public List<RankedDocument> Candidates(Query query) => Candidates(query, () => { }, split: false);

    /// <summary>
    /// The best <c>depth</c> matching documents by their own entry's score under <paramref name="query"/>, in no order;
    /// <paramref name="beside"/> runs meanwhile. With <paramref name="split"/> and a core free (<see cref="SearchHalves"/>),
    /// a query Lucene scores in entry order anyway (<see cref="InOrderOnly"/>) is scored over each half of the index's
    /// entries on its own thread, the counts, facets and kept documents then merged, and <paramref name="beside"/> runs
    /// after the first half; otherwise the matches are scored on this thread and <paramref name="beside"/> beside them.
    /// </summary>
    public List<RankedDocument> Candidates(Query query, Action beside, bool split)
    {
        var parts = searcher.Similarity is BM25Similarity ? QueryParts.Of(query) : null;
        Query required = query;
        Query? optional = null;
        Weight? summed = null;
        if (parts is { } apart)
        {
            // Every match would have the optional part scored anyway (a small archive): the whole query in one pass, its
            // common words read at each match (WordSum) instead of advanced to it through Lucene's heaps.
            if (Documents() <= depth + (long)optionalAtMost) summed = WordSum.WeightOf(apart, searcher, columns: true);
            else
            {
                // One required clause alone, searched as itself: a disjunction then gets Lucene's bucket scorer, over its leaves.
                required = apart.Required.Clauses.Count == 1 ? FlatDisjunction.Of(apart.Required.Clauses[0].Query) : apart.Required;
                optional = apart.Optional;
            }
        }
        // Kept: the candidates and, with an optional part, as many again as it may be scored for, plus one to tell
        // whether the cap pruned. Whether a document could reach the candidates (its score plus the bound) follows its
        // place by the required part, so the contenders are always among the best kept: no list of every match.
        var keep = optional is null ? depth : depth + optionalAtMost + 1;
        var inOrder = summed is not null || InOrderOnly(required);
        var matches = new Matches(sort, facets, allowed, excluded, keep, inOrder);
        if (split && inOrder && searcher.IndexReader.MaxDoc > 1 && SearchHalves.SecondThreadFree)
        {
            SplitByEntries = true;
            var weight = summed ?? searcher.CreateNormalizedWeight(required);
            var (lower, upper) = Halves(searcher.IndexReader.Leaves);
            var upperFacets = new FacetCollector();
            var upperMatches = new Matches(sort, upperFacets, allowed, excluded, keep, inOrder);
            SearchHalves.Run(true, () =>
            {
                Score(weight, lower, matches);
                beside();
            }, () => Score(weight, upper, upperMatches));
            matches.Include(upperMatches);
            facets.Include(upperFacets);
        }
        else if (summed is not null)
            SearchHalves.Run(split, () => Score(summed, searcher.IndexReader.Leaves.Select(l => (l, 0, l.AtomicReader.MaxDoc)).ToList(), matches), beside);
        else SearchHalves.Run(split, () => searcher.Search(required, matches), beside);
        var found = matches.Kept();
        Total = matches.Count;
        var best = Best(found);
        if (optional is null) return best;
        // The common words summed from their columns at the documents they may lift (Lucene's scorer where they are no
        // disjunction of words).
        var sum = WordSum.Of(optional, searcher);
        if (found.Count == best.Count) return WithOptional(optional, sum, best);
        var rescored = Best(WithOptional(optional, sum, best));
        var worst = rescored.Min(worstFirst);
        var bound = ScoreBound.Of(optional, searcher, (BM25Similarity)searcher.Similarity);
        var taken = best.Select(d => d.Doc).ToHashSet();
        // Every other document whose optional part could lift it to the worst candidate (ties included).
        var contenders = found.Where(d => !taken.Contains(d.Doc) && worstFirst.Compare(d with { Score = d.Score + bound }, worst) >= 0).ToList();
        // The bound is loose (no document holds every common word in every field at once): past the cap, the contenders
        // best by the required part.
        if (contenders.Count > optionalAtMost)
        {
            Pruned = true;
            contenders = Best(contenders, optionalAtMost);
        }
        return contenders.Count == 0 ? rescored : Best(rescored.Concat(WithOptional(optional, sum, contenders)).ToList());
    }

    /// <summary>
    /// Whether Lucene would score <paramref name="query"/> in document order anyway: a boolean query with a required
    /// clause gets the in-order scorer, but only after asking each clause for its out-of-order bulk scorer (nested
    /// disjunctions each build a bucket table of 2,048 buckets, and their clauses' scorers), which it then drops: a
    /// quarter of what a question allocated at 668 documents (allocation ticks by type, <c>bench relevance</c>). Asked
    /// for documents in order, Lucene builds the in-order scorer straight away; the matches and scores are the same.
    /// </summary>
    private static bool InOrderOnly(Query query) =>
        query is BooleanQuery boolean && boolean.Clauses.Any(c => c.Occur == Occur.MUST);

    /// <summary>The index's entries cut in two runs of about as many entries each: per segment, the entries [From, To).</summary>
    private static (List<(AtomicReaderContext Leaf, int From, int To)> Lower, List<(AtomicReaderContext Leaf, int From, int To)> Upper) Halves(
        IList<AtomicReaderContext> leaves)
    {
        var middle = leaves.Sum(l => l.AtomicReader.MaxDoc) / 2;
        var (lower, upper) = (new List<(AtomicReaderContext, int, int)>(), new List<(AtomicReaderContext, int, int)>());
        foreach (var leaf in leaves)
        {
            var size = leaf.AtomicReader.MaxDoc;
            var cut = Math.Clamp(middle - leaf.DocBase, 0, size);
            if (cut > 0) lower.Add((leaf, 0, cut));
            if (cut < size) upper.Add((leaf, cut, size));
        }
        return (lower, upper);
    }

    /// <summary>
    /// The entries of <paramref name="ranges"/> that <paramref name="weight"/> matches, collected in order as Lucene's
    /// in-order bulk scorer collects them (a scorer a segment, documents one after another), a range not starting a
    /// segment reached by advancing to it.
    /// </summary>
    private static void Score(Weight weight, List<(AtomicReaderContext Leaf, int From, int To)> ranges, Matches matches)
    {
        foreach (var (leaf, from, to) in ranges)
        {
            matches.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            matches.SetScorer(scorer);
            for (var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from); doc < to; doc = scorer.NextDoc()) matches.Collect(doc);
        }
    }

    private int Documents() => new TermLookup(searcher).DocFreq(new Term(DocumentFields.Entry, DocumentFields.DocumentEntry));

    private List<RankedDocument> Best(List<RankedDocument> documents) => Best(documents, depth);

    private List<RankedDocument> Best(List<RankedDocument> documents, int depth) =>
        documents.Count <= depth ? documents : BestDocuments.Of(documents, depth, sort);

    /// <summary>
    /// The documents with the optional part's score added: by <paramref name="sum"/> where the part is a disjunction of
    /// words, else segment by segment in entry order by its weight (its scorer only advances).
    /// </summary>
    private List<RankedDocument> WithOptional(Query optional, WordSum? sum, List<RankedDocument> documents)
    {
        OptionalScored += documents.Count;
        if (sum is not null) return sum.AddedTo(documents);
        // Its terms (common words: held by most documents) read from their columns, not advanced through their postings.
        var weight = searcher.CreateNormalizedWeight(ColumnTermQuery.Over(optional));
        var ordered = documents.OrderBy(d => d.Doc);
        var leaves = searcher.IndexReader.Leaves;
        var scored = new List<RankedDocument>(documents.Count);
        foreach (var group in ordered.GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            foreach (var document in group)
            {
                var doc = document.Doc - leaf.DocBase;
                if (scorer is not null && scorer.DocID < doc) scorer.Advance(doc);
                scored.Add(scorer is not null && scorer.DocID == doc ? document with { Score = document.Score + scorer.GetScore() } : document);
            }
        }
        return scored;
    }

    /// <summary>
    /// Every matching document entry within the filters counted into the total and the facets; the best
    /// <paramref name="keep"/> of them kept with their scores (memory in the page, not in the matches: an anonymous
    /// question matching half of a large archive must not hold a list of every match).
    /// </summary>
    private sealed class Matches(SearchSort sort, FacetCollector facets,
        Func<AtomicReaderContext, FixedBitSet?>? allowed, Func<AtomicReaderContext, FixedBitSet?>? excluded,
        int keep, bool inOrder) : ICollector
    {
        private readonly BestDocuments top = new(keep, sort);
        private readonly DocumentGate gate = new(sort, allowed, excluded);
        private Scorer? scorer;

        /// <summary>How many documents matched within the filters.</summary>
        public int Count { get; private set; }

        /// <summary>The best kept documents, in no order.</summary>
        public List<RankedDocument> Kept() => top.Unordered();

        /// <summary>Adds what <paramref name="other"/> counted and kept (other entries of the index), as if collected here.</summary>
        public void Include(Matches other)
        {
            Count += other.Count;
            foreach (var document in other.top.Unordered()) top.Offer(document);
        }

        public bool AcceptsDocsOutOfOrder => !inOrder;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            gate.SetNextReader(context);
            facets.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            if (!gate.Admits(doc)) return;
            facets.Collect(doc);
            Count++;
            top.Offer(gate.Ranked(doc, scorer!.GetScore(), -1));
        }
    }
}
