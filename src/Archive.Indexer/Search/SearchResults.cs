namespace Archive.Indexer.Search;

/// <summary>One page of hits, best first, and how many documents matched in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>One matching document; <see cref="Snippet"/> is HTML-escaped text with matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string FileName,
    string? Kind,
    string? Number,
    DateOnly? IssuedOn,
    float Score,
    string Snippet);
