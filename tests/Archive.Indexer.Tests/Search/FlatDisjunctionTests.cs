using Archive.Indexer.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>The first pass's words-over-fields disjunction flattened into its leaves, and when it is left as it is.</summary>
public sealed class FlatDisjunctionTests
{
    private static BooleanQuery Word(string word, params string[] fields)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var field in fields) query.Add(new TermQuery(new Term(field, word)) { Boost = 2f }, Occur.SHOULD);
        return query;
    }

    [Fact]
    public void Words_over_fields_become_one_disjunction_of_every_leaf_with_the_boosts_multiplied()
    {
        var question = new BooleanQuery(disableCoord: true) { Boost = 3f };
        question.Add(Word("thủy", "text", "title"), Occur.SHOULD);
        question.Add(new BooleanQuery(disableCoord: true) { { Word("lợi", "text", "title"), Occur.SHOULD } }, Occur.SHOULD);

        var flat = Assert.IsType<BooleanQuery>(FlatDisjunction.Of(question));

        Assert.Equal(4, flat.Clauses.Count);
        Assert.All(flat.Clauses, c => Assert.IsType<TermQuery>(c.Query));
        Assert.All(flat.Clauses, c => Assert.Equal(6f, c.Query.Boost));
        Assert.All(question.Clauses.SelectMany(c => ((BooleanQuery)c.Query).Clauses), c => Assert.NotEqual(6f, c.Query.Boost)); // the leaves shared with the rest of the query are untouched
    }

    [Fact]
    public void A_disjunction_with_more_leaves_than_a_boolean_query_may_hold_is_left_as_it_is()
    {
        var question = new BooleanQuery(disableCoord: true);
        var fields = Enumerable.Range(0, 20).Select(i => $"f{i}").ToArray();
        foreach (var i in Enumerable.Range(0, BooleanQuery.MaxClauseCount / fields.Length + 1)) question.Add(Word($"từ{i}", fields), Occur.SHOULD);

        Assert.Same(question, FlatDisjunction.Of(question));
    }

    [Fact]
    public void A_query_with_a_required_clause_is_no_disjunction_and_is_left_as_it_is()
    {
        var query = Word("dân", "text");
        query.Add(new TermQuery(new Term("text", "chủ")), Occur.MUST);

        Assert.Same(query, FlatDisjunction.Of(query));
    }
}
