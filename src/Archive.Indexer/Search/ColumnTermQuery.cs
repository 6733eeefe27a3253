using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// A <see cref="TermQuery"/> whose documents and frequencies come from the term's <see cref="TermColumn"/> instead of
/// its postings: for the terms scored at a thousand scattered documents a question (<see cref="DocumentFirstPass"/>'s
/// common words), where each advance decodes a block of postings. Scores are the term query's to the bit: the same
/// statistics, the same similarity's scorer of (document, frequency), the same documents in the same order, so a
/// boolean query over such clauses sums them as it would the term queries'. Where a segment has no column (a passage
/// entry holds the term) the term query's own scorer serves.
/// </summary>
internal sealed class ColumnTermQuery(TermQuery term) : Query
{
    /// <summary><paramref name="query"/> with each term clause, at any depth of boolean queries, read from its column.</summary>
    public static Query Over(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return new ColumnTermQuery(term) { Boost = term.Boost };
            case BooleanQuery boolean:
                var columns = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) columns.Add(Over(clause.Query), clause.Occur);
                return columns;
            default:
                return query;
        }
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new ColumnWeight(this, term, searcher);

    public override void ExtractTerms(ISet<Term> terms) => term.ExtractTerms(terms);

    public override string ToString(string field) => "column(" + term.ToString(field) + ")";

    public override bool Equals(object? obj) => obj is ColumnTermQuery other && other.Boost == Boost && other.Term.Equals(term.Term);

    public override int GetHashCode() => HashCode.Combine(Boost, term.Term);

    private Term Term => term.Term;

    internal sealed class ColumnWeight : Weight
    {
        private readonly ColumnTermQuery query;
        private readonly Lazy<Weight> postings;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;
        private readonly TermContext states;
        private (float Norm, float TopLevelBoost) normalized = (1f, 1f);

        public ColumnWeight(ColumnTermQuery query, TermQuery term, IndexSearcher searcher)
        {
            this.query = query;
            var context = states = TermLookup.Remembered(searcher.IndexReader, term.Term.Field, term.Term.Text) ?? TermContext.Build(searcher.TopReaderContext, term.Term);
            // The term query's own weight, for the segments without a column, from the same statistics: made when the
            // first such segment is met (a common word's column is in every segment), normalized as this one was.
            postings = new(() =>
            {
                var weight = new TermQuery(term.Term, context) { Boost = query.Boost }.CreateWeight(searcher);
                weight.GetValueForNormalization();
                weight.Normalize(normalized.Norm, normalized.TopLevelBoost);
                return weight;
            }, LazyThreadSafetyMode.ExecutionAndPublication);
            similarity = searcher.Similarity;
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(term.Term.Field), searcher.TermStatistics(term.Term, context));
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            normalized = (norm, topLevelBoost);
            stats.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            Column(context) is { } column
                ? new ColumnScorer(this, column, acceptDocs, similarity.GetSimScorer(stats, context))
                : PostingsScorer(context, acceptDocs);

        public override Explanation Explain(AtomicReaderContext context, int doc) => postings.Value.Explain(context, doc);

        /// <summary>The term's column in <paramref name="context"/>'s segment, or null where its postings serve.</summary>
        public TermColumn? Column(AtomicReaderContext context) => states.Get(context.Ord) switch
        {
            null => null, // not in the segment
            // Its document count in the segment known: a rare term turned away without seeking it again.
            BlockTermState state => TermColumns.Of(context.AtomicReader, query.Term, state.DocFreq),
            _ => TermColumns.Of(context.AtomicReader, query.Term),
        };

        /// <summary>The score of (document, frequency) in <paramref name="context"/>'s segment, as the column's scorer gives it.</summary>
        public Similarity.SimScorer Scores(AtomicReaderContext context) => similarity.GetSimScorer(stats, context);

        /// <summary>The term query's own scorer, for a segment without a column.</summary>
        public Scorer? PostingsScorer(AtomicReaderContext context, IBits acceptDocs) =>
            states.Get(context.Ord) is null ? null : postings.Value.GetScorer(context, acceptDocs); // none where the term is not
    }

    /// <summary>The term's documents from its column, in order, those <c>acceptDocs</c> refuses (deleted) skipped.</summary>
    private sealed class ColumnScorer(Weight weight, TermColumn column, IBits? acceptDocs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        private readonly int[] documents = column.Documents;
        private int rank = -1;
        private int doc = -1;
        private int freq;

        public override int DocID => doc;

        public override int Freq => freq;

        public override float GetScore() => scorer.Score(doc, freq);

        public override int NextDoc() => From(rank + 1);

        public override int Advance(int target)
        {
            if (doc == NO_MORE_DOCS) return doc;
            var at = Array.BinarySearch(documents, rank + 1, documents.Length - rank - 1, target);
            return From(at >= 0 ? at : ~at);
        }

        // The term's own document count, as its postings' cost: a boolean query orders its clauses by cost.
        public override long GetCost() => column.Held;

        private int From(int start)
        {
            for (rank = start; rank < documents.Length; rank++)
            {
                freq = column.Frequency(rank);
                if (freq > 0 && (acceptDocs is null || acceptDocs.Get(documents[rank]))) return doc = documents[rank];
            }
            return doc = NO_MORE_DOCS;
        }
    }
}
