namespace Archive.Indexer.Search;

/// <summary>
/// What a person asked for: the words they typed (may be empty when filters alone select), filters on
/// kind, issuer and issue date (inclusive), the order, and which page of results.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    public string? Kind { get; init; }
    public string? Issuer { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Minutes chaired by someone whose name contains these words (accents optional).</summary>
    public string? Chair { get; init; }

    /// <summary>Minutes of a meeting held at a place whose name contains these words (accents optional).</summary>
    public string? Place { get; init; }

    /// <summary>Only documents published to the public website (the public site's search).</summary>
    public bool PublishedOnly { get; init; }

    /// <summary>
    /// Only the documents of these ids, when not null: a selection the index does not hold (the records' validity), so
    /// that the total, the facets and the pages are those of the selected documents alone.
    /// </summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    public bool HasFilters => Kind is not null || Issuer is not null || From is not null || To is not null || Chair is not null || Place is not null
        || Ids is not null;
}

public enum SearchSort
{
    Relevance,
    /// <summary>Newest issue date first (documents without one last), then newest upload.</summary>
    Date,
}
