using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Indexer.Search;

/// <summary>
/// A disjunction of term clauses (optional clauses, at any depth of boolean queries) scored at given document entries
/// by reading each term's frequency from its <see cref="TermColumn"/> at the document's rank: for the common words
/// <see cref="DocumentFirstPass"/> adds to a thousand candidates a question. Lucene's disjunction scorer advances every
/// clause to every document through a heap (the columns' scorers each searching their column: ~29 % of a search's
/// samples at 100,000 documents); here a document's rank is found once and each column read at it (<c>bench
/// search-scale 100000 --index DIR</c>, two alternated pairs, the same hits: p50 14.5 / 15.5 ms for questions without
/// diacritics against 23.6 / 22.6 ms, 17.0 / 18.2 with them against 29.4 / 28.6 ms). The scores are Lucene's: the same weights normalized down the same boosts, each clause's
/// score from the same similarity, each boolean query's matching clauses summed in double and rounded to float as its
/// disjunction scorer does (BM25 does not coordinate), a term without a column in a segment read from its postings.
/// </summary>
internal sealed class ColumnSum
{
    private readonly Node root;
    private readonly List<Leaf> leaves;

    private ColumnSum(Node root, List<Leaf> leaves) => (this.root, this.leaves) = (root, leaves);

    /// <summary>
    /// <paramref name="query"/> as a sum of term columns, or null when it is not a BM25 disjunction of term queries
    /// (required or excluded clauses, a minimum to match, phrases: then Lucene's scorer serves).
    /// </summary>
    public static ColumnSum? Of(Query query, IndexSearcher searcher)
    {
        if (searcher.Similarity is not BM25Similarity) return null;
        var leaves = new List<Leaf>();
        // As IndexSearcher.CreateNormalizedWeight: rewritten (a boolean query of one clause becomes the clause, boosted),
        // then each weight normalized with its parents' boosts (BM25 leaves the query norm out).
        var root = Build(searcher.Rewrite(ColumnTermQuery.Over(query)), 1f, searcher, leaves);
        return root is null ? null : new ColumnSum(root, leaves);
    }

    private static Node? Build(Query query, float topLevelBoost, IndexSearcher searcher, List<Leaf> leaves)
    {
        switch (query)
        {
            case ColumnTermQuery term:
                var weight = (ColumnTermQuery.ColumnWeight)term.CreateWeight(searcher);
                weight.GetValueForNormalization();
                weight.Normalize(1f, topLevelBoost);
                var leaf = new Leaf(weight, leaves.Count);
                leaves.Add(leaf);
                return leaf;
            case BooleanQuery { MinimumNumberShouldMatch: 0 } boolean when boolean.Clauses.All(c => c.Occur == Occur.SHOULD):
                var boost = topLevelBoost * boolean.Boost;
                var clauses = new Node[boolean.Clauses.Count];
                for (var i = 0; i < clauses.Length; i++)
                    if ((clauses[i] = Build(boolean.Clauses[i].Query, boost, searcher, leaves)!) is null) return null;
                return new Sum(clauses);
            default:
                return null;
        }
    }

    /// <summary>
    /// Each of <paramref name="documents"/> (document entries, index-wide) with the query's score added where it matches.
    /// </summary>
    public List<RankedDocument> AddedTo(IndexSearcher searcher, IEnumerable<RankedDocument> documents)
    {
        var all = searcher.IndexReader.Leaves;
        var scored = new List<RankedDocument>();
        var scores = new float[leaves.Count];
        var segment = new Segment(leaves.Count);
        foreach (var group in documents.OrderBy(d => d.Doc).GroupBy(d => ReaderUtil.SubIndex(d.Doc, all)))
        {
            segment.Open(all[group.Key], leaves);
            foreach (var document in group)
            {
                var doc = document.Doc - segment.DocBase;
                var matched = segment.Score(doc, scores);
                scored.Add(matched ? document with { Score = document.Score + root.Score(scores) } : document);
            }
        }
        return scored;
    }

    /// <summary>The clauses' readers in one segment.</summary>
    private sealed class Segment(int count)
    {
        private readonly TermColumn?[] columns = new TermColumn?[count];
        private readonly Similarity.SimScorer?[] similarities = new Similarity.SimScorer?[count];
        private readonly Scorer?[] postings = new Scorer?[count];
        private int[]? rows;

        public int DocBase { get; private set; }

        public void Open(AtomicReaderContext context, List<Leaf> leaves)
        {
            DocBase = context.DocBase;
            rows = null;
            foreach (var leaf in leaves)
            {
                var column = columns[leaf.Index] = leaf.Weight.Column(context);
                similarities[leaf.Index] = column is null ? null : leaf.Weight.Scores(context);
                postings[leaf.Index] = column is null ? leaf.Weight.PostingsScorer(context, context.AtomicReader.LiveDocs) : null;
                rows ??= column?.Documents;
            }
        }

        /// <summary>Each clause's score at <paramref name="doc"/> (0: no match) into <paramref name="scores"/>; whether any matched.</summary>
        public bool Score(int doc, float[] scores)
        {
            var rank = rows is null ? -1 : Array.BinarySearch(rows, doc);
            var matched = false;
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = 0f;
                if (columns[i] is { } column)
                {
                    var at = ReferenceEquals(column.Documents, rows) ? rank : Array.BinarySearch(column.Documents, doc);
                    var freq = at >= 0 ? column.Frequency(at) : 0;
                    if (freq == 0) continue;
                    scores[i] = similarities[i]!.Score(doc, freq);
                }
                else if (postings[i] is { } scorer)
                {
                    if (scorer.DocID < doc) scorer.Advance(doc);
                    if (scorer.DocID != doc) continue;
                    scores[i] = scorer.GetScore();
                }
                else continue;
                matched = true;
            }
            return matched;
        }
    }

    private abstract class Node
    {
        public abstract float Score(float[] scores);
    }

    private sealed class Leaf(ColumnTermQuery.ColumnWeight weight, int index) : Node
    {
        public ColumnTermQuery.ColumnWeight Weight { get; } = weight;

        public int Index { get; } = index;

        public override float Score(float[] scores) => scores[Index];
    }

    private sealed class Sum(Node[] clauses) : Node
    {
        public override float Score(float[] scores)
        {
            var sum = 0.0;
            foreach (var clause in clauses) sum += clause.Score(scores);
            return (float)sum;
        }
    }
}
