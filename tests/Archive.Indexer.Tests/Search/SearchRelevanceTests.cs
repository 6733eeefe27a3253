using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Xunit.Abstractions;
using static Archive.Indexer.Tests.Search.RelevanceFigures;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Retrieval quality of the whole pipeline (DocumentSchema → DocumentIndex → DocumentSearch) on
/// legal-relevance.json, against a StandardAnalyzer baseline measured in the same run. These questions were
/// written in-house: they guard behaviour (accents optional, everyday words), while the ranking is tuned and
/// reported on real questions with the relevance benchmark (bench: relevance).
/// </summary>
public sealed class SearchRelevanceTests(LegalRelevanceSet set, ITestOutputHelper output) : IClassFixture<LegalRelevanceSet>
{
    [Fact]
    public void The_archive_search_ranks_clearly_better_than_the_standard_analyzer_with_and_without_diacritics()
    {
        var accented = set.Queries.Where(q => q.Accented).ToList();
        var bare = set.Queries.Where(q => !q.Accented).ToList();
        var ours = Ours(SearchTuning.Default);
        var standard = Standard();

        var oursAccented = Measure(accented, ours);
        var oursBare = Measure(bare, ours);
        var stdAccented = Measure(accented, standard);
        var stdBare = Measure(bare, standard);

        output.WriteLine($"{set.Documents.Count} documents, {set.Queries.Count} queries");
        output.WriteLine(Header);
        output.WriteLine(oursAccented.Row("archive, accented"));
        output.WriteLine(oursBare.Row("archive, without diacritics"));
        output.WriteLine(stdAccented.Row("standard, accented"));
        output.WriteLine(stdBare.Row("standard, without diacritics"));
        foreach (var miss in oursAccented.Misses.Concat(oursBare.Misses)) output.WriteLine("  not first or wrong article: " + miss);

        Assert.True(oursAccented.Mrr >= 0.90, $"accented MRR@10 {oursAccented.Mrr:F3}");
        Assert.True(oursBare.Mrr >= 0.88, $"bare MRR@10 {oursBare.Mrr:F3}");
        Assert.True(oursAccented.Mrr >= stdAccented.Mrr + 0.05, $"accented: {oursAccented.Mrr:F3} vs standard {stdAccented.Mrr:F3}");
        Assert.True(oursBare.Mrr >= stdBare.Mrr + 0.3, $"bare: {oursBare.Mrr:F3} vs standard {stdBare.Mrr:F3}");
        Assert.True(oursAccented.Ndcg > stdAccented.Ndcg && oursBare.Ndcg > stdBare.Ndcg);
        Assert.True((oursAccented.PassageAccuracy + oursBare.PassageAccuracy) / 2 >= 0.7,
            $"passage accuracy {oursAccented.PassageAccuracy:P0} / {oursBare.PassageAccuracy:P0}");
    }

    [Fact]
    public void Questions_in_everyday_words_find_the_law_that_words_them_otherwise()
    {
        var everyday = set.Queries.Where(q => q.Everyday).ToList();
        var others = set.Queries.Where(q => !q.Everyday).ToList();
        var with = Measure(everyday, Ours(SearchTuning.Default));
        var without = Measure(everyday, Ours(WithoutSynonyms));
        var othersWith = Measure(others, Ours(SearchTuning.Default));
        var othersWithout = Measure(others, Ours(WithoutSynonyms));
        output.WriteLine(Header);
        output.WriteLine(with.Row("everyday, legal synonyms"));
        output.WriteLine(without.Row("everyday, typed words only"));
        output.WriteLine(othersWith.Row("others, legal synonyms"));
        output.WriteLine(othersWithout.Row("others, typed words only"));
        foreach (var miss in with.Misses) output.WriteLine("  not first or wrong article: " + miss);

        Assert.True(everyday.Count >= 10, $"{everyday.Count} everyday questions");
        Assert.True(with.Mrr >= without.Mrr + 0.05, $"MRR@10 {with.Mrr:F3} vs {without.Mrr:F3} without synonyms");
        Assert.True(with.PassageAccuracy >= without.PassageAccuracy, $"passage {with.PassageAccuracy:P0} vs {without.PassageAccuracy:P0}");
        Assert.True(othersWith.Mrr >= othersWithout.Mrr && othersWith.PassageAccuracy >= othersWithout.PassageAccuracy,
            $"other questions: MRR@10 {othersWith.Mrr:F3} / passage {othersWith.PassageAccuracy:P0} vs {othersWithout.Mrr:F3} / {othersWithout.PassageAccuracy:P0} without synonyms");
    }

    private static readonly SearchTuning WithoutSynonyms = SearchTuning.Default with
    {
        Weights = SearchTuning.Default.Weights with { SynonymFactor = 0f },
    };

    private Func<string, IReadOnlyList<RankedHit>> Ours(SearchTuning tuning, Similarity? similarity = null)
    {
        var search = new DocumentSearch(set.Index(similarity), tuning);
        return typed => search.Search(new SearchRequest { Query = typed, PageSize = 10 }).Hits
            .Select(h => new RankedHit(h.Id, h.Passage?.Label)).ToList();
    }

    private Func<string, IReadOnlyList<RankedHit>> Standard()
    {
        var searcher = new IndexSearcher(set.Standard());
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "text"], new StandardAnalyzer(LuceneVersion.LUCENE_48));
        return typed =>
        {
            Query query;
            try { query = parser.Parse(QueryParserBase.Escape(typed)); }
            catch (ParseException) { return []; }
            return searcher.Search(query, 10).ScoreDocs.Select(h => new RankedHit(searcher.Doc(h.Doc).Get("id"), null)).ToList();
        };
    }
}
