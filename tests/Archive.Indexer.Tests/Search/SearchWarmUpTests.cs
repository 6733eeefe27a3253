using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

public sealed class SearchWarmUpTests
{
    [Fact]
    public void Every_warm_up_question_finds_a_document_with_its_article_and_snippet_so_the_whole_search_path_runs()
    {
        var results = SearchWarmUp.Run(Path.Combine(Path.GetTempPath(), "search-warm-up-test-" + Guid.NewGuid().ToString("N")));

        Assert.All(results, result => Assert.NotEmpty(result.Hits));
        var byWords = results.Where(r => r.Hits[0].Passage is not null).ToList();
        Assert.True(byWords.Count >= results.Count - 1, "only the search by filters alone has no best article");
        Assert.Contains(byWords, r => r.Hits[0].Passage!.Snippet.Contains("<mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_warm_up_leaves_its_scratch_index_nowhere()
    {
        var folder = Path.Combine(Path.GetTempPath(), "search-warm-up-test-" + Guid.NewGuid().ToString("N"));

        SearchWarmUp.Run(folder);

        Assert.False(Directory.Exists(folder));
    }
}
