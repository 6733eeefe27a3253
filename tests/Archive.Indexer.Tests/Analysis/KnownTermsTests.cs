using Archive.Indexer.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Indexer.Tests.Analysis;

/// <summary>The bounded memory of the terms a reader's searches looked up.</summary>
public sealed class KnownTermsTests
{
    [Fact]
    public void Terms_met_after_the_memory_filled_up_are_still_remembered_and_the_memory_stays_bounded()
    {
        using var directory = new RAMDirectory();
        using (new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null))) { }
        using var reader = DirectoryReader.Open(directory);
        var known = new KnownTerms(capacity: 100);

        for (var i = 0; i < 1_000; i++) known.Remember(("ptext", "từ" + i), new TermContext(reader.Context));

        Assert.NotNull(known.Find(("ptext", "từ999")));
        Assert.NotNull(known.Find(("ptext", "từ950")));
        Assert.Null(known.Find(("ptext", "từ0")));
        Assert.InRange(known.Count, 100, 200);
    }

    [Fact]
    public void A_term_asked_for_again_outlives_the_burst_of_new_terms_that_follows_it()
    {
        using var directory = new RAMDirectory();
        using (new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null))) { }
        using var reader = DirectoryReader.Open(directory);
        var known = new KnownTerms(capacity: 100);
        known.Remember(("ptext", "lao động"), new TermContext(reader.Context));

        for (var i = 0; i < 1_000; i++)
        {
            known.Remember(("ptext", "lạ" + i), new TermContext(reader.Context));
            Assert.NotNull(known.Find(("ptext", "lao động")));
        }
    }
}
