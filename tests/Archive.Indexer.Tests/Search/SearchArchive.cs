using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>A real <see cref="DocumentIndex"/> on a temp folder, with a <see cref="DocumentSearch"/> over it.</summary>
public sealed class SearchArchive : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "archive-search-tests", Guid.NewGuid().ToString("N"));

    /// <param name="configure">Changes to the index's settings (the folder is the archive's own).</param>
    public SearchArchive(Action<Archive.Indexer.Index.IndexOptions>? configure = null)
    {
        var options = new Archive.Indexer.Index.IndexOptions();
        configure?.Invoke(options);
        options.Path = folder;
        Index = new DocumentIndex(options, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
        Search = new DocumentSearch(Index);
    }

    public DocumentIndex Index { get; }
    public DocumentSearch Search { get; }

    public void Add(string id, string title, string text, string? kind = null, string? number = null, string? issuer = null,
        DateOnly? issuedOn = null, bool paged = false, bool refresh = true) =>
        Index.Upsert(id, DocumentSchema.ToLucene(new IndexedDocument
        {
            Id = id, Title = title, FileName = id + (paged ? ".pdf" : ".txt"), Kind = kind, Number = number, Issuer = issuer,
            IssuedOn = issuedOn, CreatedAt = DateTimeOffset.UtcNow, Text = text, Paged = paged,
        }), refresh);

    public SearchResults Find(string? query, Func<SearchRequest, SearchRequest>? refine = null)
    {
        var request = new SearchRequest { Query = query, PageSize = 20 };
        return Search.Search(refine is null ? request : refine(request));
    }

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
