using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A question's common words, read from their columns (<see cref="TermColumns"/>) instead of their postings, score
/// every document exactly as the term queries do: the first pass's candidates must not depend on where a frequency
/// was read.
/// </summary>
public sealed class ColumnTermQueryTests
{
    private const string Common = "quy định người lao động cơ quan";

    [Fact]
    public void Common_words_read_from_their_columns_score_every_document_as_their_postings_do_to_the_bit()
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var query = DocumentLevelQuery.Of(new VietnameseQueryBuilder(SearchTuning.Default.Weights).Build(Common, searcher))!;
            var postings = searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs;
            var columns = searcher.Search(ColumnTermQuery.Over(query), searcher.IndexReader.MaxDoc).ScoreDocs;

            // The common words are held by every document: they were read from columns, not from postings.
            var segment = searcher.IndexReader.Leaves[0].AtomicReader;
            Assert.NotNull(TermColumns.Of(segment, new Term(VietnameseAnalyzers.Folded(DocumentFields.Text), "nguoi")));
            Assert.Equal(38, postings.Length);
            Assert.Equal(postings.Select(d => (d.Doc, d.Score)), columns.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    [Fact]
    public void A_word_found_hundreds_of_times_in_a_document_keeps_its_whole_frequency()
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var word = new TermQuery(new Term(VietnameseAnalyzers.Folded(DocumentFields.Text), "dong"));
            var postings = searcher.Search(word, searcher.IndexReader.MaxDoc).ScoreDocs;
            var columns = searcher.Search(ColumnTermQuery.Over(word), searcher.IndexReader.MaxDoc).ScoreDocs;

            Assert.Equal(postings.Select(d => (d.Doc, d.Score)), columns.Select(d => (d.Doc, d.Score)));
            // The document that repeats it 300 times (a frequency above a byte) scores highest, as by its postings.
            Assert.Equal("doc-long", searcher.Doc(columns[0].Doc).Get(DocumentFields.Id));
            return 0;
        });
    }

    [Fact]
    public void Rare_words_are_read_from_their_postings_and_never_take_a_place_in_the_columns_table()
    {
        using var archive = Archive();

        archive.Index.UseSearcher(searcher =>
        {
            var segment = searcher.IndexReader.Leaves[0].AtomicReader;
            // Each document's own number is held by one or two documents of 40: far fewer than one in 16.
            var rare = Enumerable.Range(20, 19).Select(i => new TermQuery(new Term(VietnameseAnalyzers.Folded(DocumentFields.Text), $"{i}")));
            foreach (var word in rare)
            {
                Assert.NotEmpty(searcher.Search(word, 10).ScoreDocs);
                Assert.Null(TermColumns.Of(segment, word.Term));
                Assert.NotEmpty(searcher.Search(ColumnTermQuery.Over(word), 10).ScoreDocs);
            }

            Assert.Equal(0, TermColumns.Remembered(segment));
            Assert.NotNull(TermColumns.Of(segment, new Term(VietnameseAnalyzers.Folded(DocumentFields.Text), "nguoi")));
            Assert.Equal(1, TermColumns.Remembered(segment));
            return 0;
        });
    }

    /// <summary>40 documents in one segment, two of them deleted; every one holds the common words, one of them 300 times.</summary>
    private static SearchArchive Archive()
    {
        var archive = new SearchArchive();
        CommonWordsArchive.AddNumbered(archive);
        CommonWordsArchive.AddLong(archive);
        archive.Index.Refresh();
        archive.Index.Delete("doc-3");
        archive.Index.Delete("doc-17");
        return archive;
    }
}
