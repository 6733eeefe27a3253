namespace Archive.Indexer.Search;

/// <summary>A document entry's stored fields as a hit shows them (<see cref="DocumentHeads"/>).</summary>
internal sealed record DocumentHead(string Id, string Title, string FileName, string? Kind, string? Number, DateOnly? IssuedOn, string? Issuer, string Head);
