namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The test classes that check when a search splits its work across two threads (<see cref="Archive.Indexer.Search.SearchHalves"/>):
/// whether it does depends on other searches running in the process, so they run with no other test beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SearchHalvesCollection
{
    public const string Name = "Search halves";
}
