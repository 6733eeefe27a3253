using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The common words a large archive's first pass adds to its candidates, summed from their columns at each document's
/// rank (<see cref="WordSum"/>), give every entry Lucene's own score for the same query to the bit: nested and
/// single-clause boolean queries, boosts at every depth, words with a column and words read from their postings.
/// </summary>
public sealed class WordSumTests
{
    private static readonly string Folded = VietnameseAnalyzers.Folded(DocumentFields.Text);

    [Fact]
    public void Summed_from_the_columns_every_document_entry_gets_the_score_Lucene_gives_it()
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var words = new BooleanQuery(disableCoord: false)
            {
                { new TermQuery(new Term(Folded, "nguoi")) { Boost = 0.7f }, Occur.SHOULD },
                { new TermQuery(new Term(DocumentFields.Text, "người")), Occur.SHOULD },
                // One document of the first segment (its postings serve there) and one of the second (its column serves).
                { new TermQuery(new Term(Folded, "12")) { Boost = 3.1f }, Occur.SHOULD },
            };
            var alone = new BooleanQuery(disableCoord: true) { Boost = 1.7f };
            alone.Add(new TermQuery(new Term(Folded, "lao")) { Boost = 2f }, Occur.SHOULD); // rewritten to the term, boosts multiplied
            var query = new BooleanQuery(disableCoord: true)
            {
                { words, Occur.SHOULD },
                { alone, Occur.SHOULD },
                { new TermQuery(new Term(Folded, "quy")) { Boost = 0.3f }, Occur.SHOULD },
                { new TermQuery(new Term(Folded, "khong-co-dau")), Occur.SHOULD }, // in no document
            };
            query.Boost = 1.3f;
            var segment = searcher.IndexReader.Leaves[0].AtomicReader;
            Assert.NotNull(TermColumns.Of(segment, new Term(Folded, "nguoi")));
            Assert.Null(TermColumns.Of(segment, new Term(Folded, "12")));
            Assert.NotNull(TermColumns.Of(searcher.IndexReader.Leaves[1].AtomicReader, new Term(Folded, "12")));

            var lucene = searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var entries = searcher.Search(new TermQuery(new Term(DocumentFields.Entry, DocumentFields.DocumentEntry)), searcher.IndexReader.MaxDoc)
                .ScoreDocs.Select(d => new RankedDocument(d.Doc, 0.25f, -1, 0, 0)).Reverse().ToList();
            var summed = WordSum.Of(query, searcher)!.AddedTo(entries);

            Assert.Equal(2, searcher.IndexReader.Leaves.Count);
            Assert.Equal(41 - 2, entries.Count);
            Assert.Equal(
                entries.Select(d => (d.Doc, lucene.TryGetValue(d.Doc, out var score) ? 0.25f + score : 0.25f)).Order(),
                summed.Select(d => (d.Doc, d.Score)).Order());
            Assert.Contains(summed, d => d.Score == 0.25f); // the document holding none of the words keeps its score
            return 0;
        });
    }

    [Fact]
    public void A_question_s_common_words_as_the_query_builder_makes_them_are_summed_to_the_bit()
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var query = DocumentLevelQuery.Of(new VietnameseQueryBuilder(SearchTuning.Default.Weights).Build("quy định người lao động cơ quan", searcher))!;
            var lucene = searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs;
            var summed = WordSum.Of(query, searcher)!.AddedTo(lucene.Select(d => new RankedDocument(d.Doc, 0f, -1, 0, 0)));

            Assert.Equal(lucene.Select(d => (d.Doc, d.Score)).Order(), summed.Select(d => (d.Doc, d.Score)).Order());
            return 0;
        });
    }

    [Theory]
    [InlineData(true)] // the first pass: document entries, common words read from their columns
    [InlineData(false)] // the candidates' articles: passage entries, common words read from their postings
    public void Beside_the_required_words_every_entry_they_match_gets_the_whole_query_s_score_to_the_bit(bool documents)
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var words = new VietnameseQueryBuilder(SearchTuning.Default.Weights).Build("quy định người lao động ở thôn Bản Chuông, mục 7 và mục 12", searcher);
            var query = documents ? DocumentLevelQuery.Of(words)! : DocumentLevelQuery.OnPassages(words)!;

            var summed = WordSum.WeightOf(QueryParts.Of(query)!.Value, searcher, columns: documents);

            Assert.NotNull(summed);
            var expected = Scores(searcher, searcher.CreateNormalizedWeight(query));
            Assert.True(expected.Count >= 2, $"{expected.Count} entries matched");
            Assert.Equal(expected, Scores(searcher, summed));
            return 0;
        });
    }

    /// <summary>Every entry <paramref name="weight"/>'s scorers match, in order, with its score.</summary>
    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Weight weight)
    {
        var scores = new List<(int, float)>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc()) scores.Add((leaf.DocBase + doc, scorer.GetScore()));
        }
        return scores;
    }

    [Fact]
    public void A_boosted_query_is_not_taken_apart()
    {
        var query = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(Folded, "12")), Occur.MUST },
            { new TermQuery(new Term(Folded, "nguoi")), Occur.SHOULD },
        };
        Assert.NotNull(QueryParts.Of(query));

        // Its parts of one clause each would be rewritten to the clause with the boosts multiplied in another order.
        query.Boost = 1.3f;

        Assert.Null(QueryParts.Of(query));
    }

    [Fact]
    public void What_is_not_a_disjunction_of_words_is_left_to_Lucene()
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var required = new BooleanQuery { { new TermQuery(new Term(Folded, "nguoi")), Occur.MUST }, { new TermQuery(new Term(Folded, "lao")), Occur.SHOULD } };
            var phrase = new BooleanQuery { { new PhraseQuery { new Term(Folded, "lao"), new Term(Folded, "dong") }, Occur.SHOULD } };
            var atLeast = new BooleanQuery { { new TermQuery(new Term(Folded, "nguoi")), Occur.SHOULD }, { new TermQuery(new Term(Folded, "lao")), Occur.SHOULD } };
            atLeast.MinimumNumberShouldMatch = 2;

            Assert.Null(WordSum.Of(required, searcher));
            Assert.Null(WordSum.Of(phrase, searcher));
            Assert.Null(WordSum.Of(atLeast, searcher));
            Assert.NotNull(WordSum.Of(new TermQuery(new Term(Folded, "nguoi")), searcher));
            return 0;
        });
    }

    /// <summary>
    /// 41 documents in two segments (39 and 2), two deleted; one holds none of the common words, one holds a word 300
    /// times (a frequency above a byte).
    /// </summary>
    private static SearchArchive Archive()
    {
        var archive = new SearchArchive();
        CommonWordsArchive.AddNumbered(archive);
        archive.Index.Refresh();
        CommonWordsArchive.AddLong(archive, "mục 12.");
        archive.Add("doc-other", "Biên bản họp thôn", "Điều 1. Thôn Bản Chuông họp bàn việc làm đường.\n", refresh: false);
        archive.Index.Refresh();
        archive.Index.Delete("doc-3");
        archive.Index.Delete("doc-30");
        return archive;
    }
}
