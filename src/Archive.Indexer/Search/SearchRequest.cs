namespace Archive.Indexer.Search;

/// <summary>What a person asked for: the words they typed and which page of results.</summary>
public sealed record SearchRequest(string Query, int Page = 1, int PageSize = 10);
