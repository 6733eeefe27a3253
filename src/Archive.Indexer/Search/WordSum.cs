using System.Diagnostics;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// A disjunction of words (term clauses at any depth of boolean queries of optional clauses: a question's common words)
/// scored at given entries, one after another, without Lucene's disjunction scorers: those advance every clause to
/// every entry through a heap at each level of the query. Here each term is read at the entry directly: on document
/// entries from its <see cref="TermColumn"/> at the entry's rank (found once for every column of the segment), elsewhere
/// from its postings, each advanced to the entry. The scores are Lucene's: the same weights normalized down the same
/// boosts, each clause's score from the same similarity, each boolean query's matching clauses summed in double and
/// rounded to float as its disjunction scorer does (BM25 does not coordinate).
/// </summary>
/// <remarks>
/// Where it serves: <see cref="DocumentFirstPass"/> adds a question's common words to a thousand documents a question
/// at a large archive, and to every match at a small one; <see cref="WeightOf"/> adds them to every entry the required
/// words match, as Lucene's conjunction of a required and an optional scorer does, in the first pass and over the
/// candidates' articles. At 100,000 documents the common words were ~29 % of a search's samples (<c>bench search-scale
/// 100000 --index DIR</c>, two alternated pairs, the same hits: p50 14.5 / 15.5 ms for questions without diacritics
/// against 23.6 / 22.6 ms, 17.0 / 18.2 with them against 29.4 / 28.6 ms).
/// </remarks>
internal sealed class WordSum
{
    private readonly Node root;
    private readonly List<Leaf> leaves;
    // The segments of the searcher it was made for, and each one's columns of the leaves, found once for every reader
    // of the segment (both halves of a first pass).
    private readonly IList<AtomicReaderContext> segments;
    private readonly TermColumn?[]?[] columnsBySegment;

    private WordSum(Node root, List<Leaf> leaves, IList<AtomicReaderContext> segments) =>
        (this.root, this.leaves, this.segments, columnsBySegment) = (root, leaves, segments, new TermColumn?[]?[segments.Count]);

    /// <summary>
    /// <paramref name="query"/> as a sum of its terms, read from their columns where <paramref name="columns"/> and
    /// from their postings elsewhere; null when it is not a BM25 disjunction of term queries (required or excluded
    /// clauses, a minimum to match, phrases: then Lucene's scorer serves).
    /// </summary>
    public static WordSum? Of(Query query, IndexSearcher searcher, bool columns = true)
    {
        if (searcher.Similarity is not BM25Similarity) return null;
        var leaves = new List<Leaf>();
        // As IndexSearcher.CreateNormalizedWeight: rewritten (a boolean query of one clause becomes the clause, boosted),
        // then each weight normalized with its parents' boosts (BM25 leaves the query norm out).
        var root = Build(searcher.Rewrite(columns ? ColumnTermQuery.Over(query) : query), 1f, searcher, leaves);
        return root is null ? null : new WordSum(root, leaves, searcher.IndexReader.Leaves);
    }

    /// <summary>
    /// The weight of a query of <paramref name="parts"/> (<see cref="QueryParts"/>): its required part's, whose scorers
    /// add the optional part's sum (<see cref="Of"/>) at each entry they match, entries in order; null when the
    /// optional part is no disjunction of words. Made of normalized weights: not to be normalized again.
    /// </summary>
    public static Weight? WeightOf((BooleanQuery Required, BooleanQuery Optional) parts, IndexSearcher searcher, bool columns) =>
        Of(parts.Optional, searcher, columns) is { } sum ? new SummedWeight(searcher.CreateNormalizedWeight(parts.Required), sum) : null;

    /// <summary>
    /// The weight of <paramref name="query"/>: its common words summed at each entry its required words match
    /// (<see cref="WeightOf(ValueTuple{BooleanQuery, BooleanQuery}, IndexSearcher, bool)"/>) where it can be taken
    /// apart, else Lucene's own.
    /// </summary>
    public static Weight WeightOf(Query query, IndexSearcher searcher, bool columns) =>
        (searcher.Similarity is BM25Similarity && QueryParts.Of(query) is { } parts ? WeightOf(parts, searcher, columns) : null)
        ?? searcher.CreateNormalizedWeight(query);

    private static Node? Build(Query query, float topLevelBoost, IndexSearcher searcher, List<Leaf> leaves)
    {
        switch (query)
        {
            case ColumnTermQuery or TermQuery:
                var weight = query.CreateWeight(searcher);
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
    public List<RankedDocument> AddedTo(IEnumerable<RankedDocument> documents)
    {
        var scored = new List<RankedDocument>();
        foreach (var group in documents.OrderBy(d => d.Doc).GroupBy(d => ReaderUtil.SubIndex(d.Doc, segments)))
        {
            var context = segments[group.Key];
            var reader = Open(context);
            foreach (var document in group)
                scored.Add(reader.Matches(document.Doc - context.DocBase, out var score) ? document with { Score = document.Score + score } : document);
        }
        return scored;
    }

    /// <summary>The query's scores in one segment, asked for entries in increasing order.</summary>
    public Segment Open(AtomicReaderContext context) => new(this, context);

    /// <summary>Each leaf's column in <paramref name="context"/>'s segment (null: none, or a term not read from columns).</summary>
    private TermColumn?[] ColumnsOf(AtomicReaderContext context)
    {
        Debug.Assert(segments[context.Ord] == context, "a segment of the searcher the sum was made for");
        if (Volatile.Read(ref columnsBySegment[context.Ord]) is { } known) return known;
        var columns = leaves.Select(l => (l.Weight as ColumnTermQuery.ColumnWeight)?.Column(context)).ToArray();
        Volatile.Write(ref columnsBySegment[context.Ord], columns);
        return columns;
    }

    /// <summary>The words' scores in one segment: their columns, or their postings.</summary>
    public sealed class Segment
    {
        private readonly Node root;
        private readonly TermColumn?[] columns;
        private readonly Similarity.SimScorer?[] similarities;
        private readonly Scorer?[] postings;
        private readonly float[] scores;
        private readonly int[]? rows;

        internal Segment(WordSum sum, AtomicReaderContext context)
        {
            root = sum.root;
            var count = sum.leaves.Count;
            columns = sum.ColumnsOf(context);
            (similarities, postings, scores) = (new Similarity.SimScorer?[count], new Scorer?[count], new float[count]);
            foreach (var leaf in sum.leaves)
            {
                // A column is only ever a column term's (ColumnsOf).
                if (columns[leaf.Index] is { } column)
                {
                    similarities[leaf.Index] = ((ColumnTermQuery.ColumnWeight)leaf.Weight).Scores(context);
                    rows ??= column.Documents;
                }
                else postings[leaf.Index] = leaf.Weight is ColumnTermQuery.ColumnWeight words
                    ? words.PostingsScorer(context, context.AtomicReader.LiveDocs)
                    : leaf.Weight.GetScorer(context, context.AtomicReader.LiveDocs);
            }
        }

        /// <summary>Whether any clause matches <paramref name="doc"/> (of this segment), and the query's score there.</summary>
        public bool Matches(int doc, out float score)
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
            score = matched ? root.Score(scores) : 0f;
            return matched;
        }
    }

    private abstract class Node
    {
        public abstract float Score(float[] scores);
    }

    private sealed class Leaf(Weight weight, int index) : Node
    {
        public Weight Weight { get; } = weight;

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

    /// <summary>The required part's weight, its scorers adding the optional part's sum where it matches (<see cref="WeightOf"/>).</summary>
    private sealed class SummedWeight(Weight required, WordSum optional) : Weight
    {
        public override Query Query => required.Query;

        // Made of weights already normalized, and scored only by this archive's own collectors.
        public override float GetValueForNormalization() => throw new NotSupportedException("already normalized");

        public override void Normalize(float norm, float topLevelBoost) => throw new NotSupportedException("already normalized");

        public override Explanation Explain(AtomicReaderContext context, int doc) => throw new NotSupportedException("no explanation of a summed weight");

        public override bool ScoresDocsOutOfOrder => false;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            required.GetScorer(context, acceptDocs) is { } scorer ? new SummedScorer(this, scorer, optional.Open(context)) : null;
    }

    /// <summary>
    /// The required part's scorer, its score plus the optional part's where that matches: as Lucene's conjunction of a
    /// required and an optional scorer adds them (in float).
    /// </summary>
    private sealed class SummedScorer(Weight weight, Scorer required, Segment optional) : Scorer(weight)
    {
        public override int DocID => required.DocID;

        // The required part's (no caller reads it).
        public override int Freq => required.Freq;

        public override int NextDoc() => required.NextDoc();

        public override int Advance(int target) => required.Advance(target);

        public override long GetCost() => required.GetCost();

        public override float GetScore()
        {
            var score = required.GetScore();
            return optional.Matches(required.DocID, out var sum) ? score + sum : score;
        }
    }
}
