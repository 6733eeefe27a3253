using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// A query of nested <see cref="BooleanQuery"/>s taken apart into its terms and phrases, so that a few short runs of
/// entries (the candidates' blocks: <see cref="CandidateScoring"/>) can be scored one clause at a time: each clause's
/// postings are read along a run, its scores kept per entry, and the boolean structure then decides, per entry, whether
/// it matches and sums the scores of the clauses it matched. Each clause is weighed with the boosts of the booleans
/// above it folded into its own, which is what Lucene does when the similarity neither normalizes the query nor
/// coordinates clauses (BM25); with any other similarity there is no plan and Lucene's own scorer is used.
/// </summary>
internal sealed class PassageQueryPlan
{
    private readonly Node root;
    private readonly Weight[] weights;

    private PassageQueryPlan(Node root, Weight[] weights)
    {
        this.root = root;
        this.weights = weights;
    }

    /// <summary>The plan of <paramref name="query"/>, or null when the searcher's similarity normalizes or coordinates.</summary>
    public static PassageQueryPlan? Of(Query query, IndexSearcher searcher)
    {
        var similarity = searcher.Similarity;
        if (similarity.QueryNorm(4f) != 1f || similarity.Coord(1, 2) != 1f) return null;
        var clauses = new List<Query>();
        var root = Compile(query, 1f, clauses);
        return new PassageQueryPlan(root, clauses.Select(searcher.CreateNormalizedWeight).ToArray());
    }

    /// <summary>The plan's scorers on one segment; call <see cref="Segment.Score"/> with runs in entry order.</summary>
    public Segment On(AtomicReaderContext leaf) =>
        new(root, weights.Select(w => w.GetScorer(leaf, leaf.AtomicReader.LiveDocs)).ToArray());

    private static Node Compile(Query query, float boost, List<Query> clauses)
    {
        if (query is BooleanQuery boolean)
        {
            // As BooleanWeight.Normalize: the boosts of the booleans above multiply, root first.
            var inner = boost * boolean.Boost;
            var must = new List<Node>();
            var should = new List<Node>();
            var mustNot = new List<Node>();
            foreach (var clause in boolean.Clauses)
            {
                var node = Compile(clause.Query, inner, clauses);
                (clause.Occur switch { Occur.MUST => must, Occur.MUST_NOT => mustNot, _ => should }).Add(node);
            }
            return new Node(-1, [.. must], [.. should], [.. mustNot], boolean.MinimumNumberShouldMatch);
        }
        // A term or phrase weighs idf × its boost × the boosts above: the same product with them folded into its boost.
        var leaf = (Query)query.Clone();
        leaf.Boost = query.Boost * boost;
        clauses.Add(leaf);
        return new Node(clauses.Count - 1, [], [], [], 0);
    }

    internal sealed record Node(int Clause, Node[] Must, Node[] Should, Node[] MustNot, int MinimumShould);

    /// <summary>The plan's clauses on one segment, each advancing along the runs it is given.</summary>
    public sealed class Segment
    {
        private readonly Node root;
        private readonly Scorer?[] scorers;
        private readonly int[] at;
        private float[] scores = [];

        internal Segment(Node root, Scorer?[] scorers)
        {
            this.root = root;
            this.scorers = scorers;
            at = scorers.Select(s => s?.DocID ?? DocIdSetIterator.NO_MORE_DOCS).ToArray();
        }

        /// <summary>
        /// Hands each entry of [<paramref name="start"/>, <paramref name="end"/>) the query matches, with its score,
        /// to <paramref name="matched"/>, in entry order. Runs must come in entry order.
        /// </summary>
        public void Score(int start, int end, Action<int, float> matched)
        {
            var size = end - start;
            if (size <= 0) return;
            // Rented, not allocated: a large law's block times a long question's clauses would land on the large object
            // heap at every search.
            var cells = size * scorers.Length;
            scores = ArrayPool<float>.Shared.Rent(cells);
            var reached = ArrayPool<bool>.Shared.Rent(size);
            try
            {
                Score(start, end, size, reached, matched);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
                ArrayPool<bool>.Shared.Return(reached);
                scores = [];
            }
        }

        private void Score(int start, int end, int size, bool[] reached, Action<int, float> matched)
        {
            scores.AsSpan(0, size * scorers.Length).Fill(float.NaN);
            reached.AsSpan(0, size).Clear();
            var any = false;
            for (var c = 0; c < scorers.Length; c++)
            {
                var scorer = scorers[c];
                var doc = at[c];
                if (scorer is null || doc >= end) continue;
                if (doc < start) doc = scorer.Advance(start);
                var row = c * size - start;
                for (; doc < end; doc = scorer.NextDoc())
                {
                    scores[row + doc] = scorer.GetScore();
                    reached[doc - start] = true;
                    any = true;
                }
                at[c] = doc;
            }
            if (!any) return;
            for (var e = 0; e < size; e++)
                if (reached[e] && Evaluate(root, e, size, out var score)) matched(start + e, score);
        }

        private bool Evaluate(Node node, int entry, int size, out float score)
        {
            if (node.Clause >= 0)
            {
                score = scores[node.Clause * size + entry];
                return !float.IsNaN(score);
            }
            score = 0f;
            foreach (var must in node.Must)
            {
                if (!Evaluate(must, entry, size, out var part)) return false;
                score += part;
            }
            foreach (var excluded in node.MustNot)
                if (Evaluate(excluded, entry, size, out _)) return false;
            var optional = 0;
            foreach (var should in node.Should)
            {
                if (!Evaluate(should, entry, size, out var part)) continue;
                score += part;
                optional++;
            }
            if (optional < node.MinimumShould) return false;
            return node.Must.Length > 0 || optional > 0;
        }
    }
}
