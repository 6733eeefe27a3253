namespace Archive.Indexer.Search;

/// <summary>One page of hits, best first, how many documents matched in all, and their facets.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    public static SearchResults Empty { get; } = new(0, [], SearchFacets.Empty);
}

/// <summary>
/// One matching document. <see cref="Snippet"/> is HTML-escaped text with the matched words in
/// &lt;mark&gt;, cut from the original accented text; <see cref="Passage"/> is the article or section
/// that matched best, when the document has structure.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string FileName,
    string? Kind,
    string? Number,
    DateOnly? IssuedOn,
    string? Issuer,
    float Score,
    string Snippet,
    PassageHit? Passage);

/// <summary>
/// The best article or section of a hit: "Điều 5", its heading, a highlighted snippet, its PDF page and the anchor
/// the document page gives that part ("dieu-5"; null for an opening or a paragraph run).
/// </summary>
public sealed record PassageHit(string Label, string Heading, string Snippet, int? Page, string? Anchor = null);

/// <summary>Counts of the matching documents by kind, issue year and issuer, largest first.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Kind, IReadOnlyList<FacetCount> Year, IReadOnlyList<FacetCount> Issuer)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

public sealed record FacetCount(string Value, int Count);
