using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Metadata;
using Archive.Indexer.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Bench.Relevance;

/// <summary>
/// The archive's own search over the corpus: each document indexed as the service indexes an upload of the
/// real-data check's text file (title, blank line, text; no metadata given, so the header reader fills
/// what it finds and the title falls back to the file name), through <see cref="DocumentSchema"/> into a
/// <see cref="DocumentIndex"/>, and asked through <see cref="DocumentSearch"/> for 10 hits.
/// </summary>
public sealed class ArchiveSystem : IRetrievalSystem
{
    private readonly string folder;
    private readonly bool keep;
    private DocumentIndex index;
    private DocumentSearch search;

    /// <param name="keepIn">A folder to keep the index in and reuse at the next run while the schema stamp is the same; null for a temporary one.</param>
    public ArchiveSystem(LegalCorpus corpus, string? keepIn = null)
    {
        keep = keepIn is not null;
        folder = keepIn ?? Path.Combine(Path.GetTempPath(), "archive-bench-relevance", Guid.NewGuid().ToString("N"));
        index = Open(null);
        Name = "archive";
        search = new DocumentSearch(index);
        if (!index.IsNew) return;
        var headers = new DocumentHeaderReader();
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var d in corpus.Documents)
        {
            var text = LegalCorpus.UploadedText(d);
            var header = headers.Read(text);
            index.Upsert(d.Id, DocumentSchema.ToLucene(new IndexedDocument
            {
                Id = d.Id,
                Title = header.Title ?? FileNameStem(d.Id),
                FileName = FileNameStem(d.Id) + ".txt",
                Kind = header.Kind,
                Number = header.Number,
                Issuer = header.Issuer,
                IssuedOn = header.IssuedOn,
                CreatedAt = created,
                Text = text,
            }), refresh: false);
        }
        index.Commit();
        index.Refresh();
    }

    /// <summary>Merges the index down to at most <paramref name="segments"/> segments; how many it has then.</summary>
    public int Merge(int segments)
    {
        index.Merge(segments);
        return index.UseSearcher(searcher => searcher.IndexReader.Leaves.Count);
    }

    /// <summary>True when this run built the index (false when a kept one was reused).</summary>
    public bool Built => index.IsNew;

    public string Name { get; private set; }

    /// <summary>
    /// Asks with another ranking tuning and similarity from now on. The index stays: BM25 and the classic
    /// similarity encode the same length norms, so only the searcher changes.
    /// </summary>
    public void Use(SearchTuning tuning, Similarity? similarity, string name)
    {
        index.Dispose();
        index = Open(similarity);
        search = new DocumentSearch(index, tuning);
        Name = name;
    }

    private DocumentIndex Open(Similarity? similarity) =>
        new(new IndexOptions { Path = folder, CommitIntervalSeconds = 60 }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp, similarity);

    /// <summary>
    /// How many term and phrase clauses the question's scoring query holds, and how many of them are on document
    /// entries' fields (the first pass's query): what a search looks up and advances; and whether some words are required
    /// beside optional common ones (a query Lucene scores in entry order: the first pass can then split by entries).
    /// </summary>
    public (int All, int OnDocuments, bool Required) Clauses(string question) => index.UseSearcher(searcher =>
    {
        var query = new VietnameseQueryBuilder(SearchTuning.Default.Weights).Prepare(question, searcher).Words;
        var leaves = Leaves(query).ToList();
        return (leaves.Count, leaves.Count(field => field.Split('.')[0] is DocumentFields.About or DocumentFields.Text or DocumentFields.Symbol),
            query is Lucene.Net.Search.BooleanQuery boolean && boolean.Clauses.Any(c => c.Occur == Lucene.Net.Search.Occur.MUST));
    });

    private static IEnumerable<string> Leaves(Lucene.Net.Search.Query query) => query switch
    {
        Lucene.Net.Search.BooleanQuery boolean => boolean.Clauses.SelectMany(c => Leaves(c.Query)),
        Lucene.Net.Search.TermQuery term => [term.Term.Field],
        Lucene.Net.Search.PhraseQuery phrase => phrase.GetTerms().Take(1).Select(t => t.Field),
        _ => ["?"],
    };

    /// <summary>Asks <paramref name="question"/> with another tuning on the same index and searcher (for an interleaved comparison).</summary>
    public int SearchWith(SearchTuning tuning, string question) =>
        new DocumentSearch(index, tuning).Search(new SearchRequest { Query = question, PageSize = 10 }).Hits.Count;

    /// <summary>Any request, as the service would pass it on.</summary>
    public SearchResults Ask(SearchRequest request) => search.Search(request);

    public IReadOnlyList<RankedDocument> Search(string question) =>
        search.Search(new SearchRequest { Query = question, PageSize = 10 }).Hits.Select(h => new RankedDocument(h.Id, h.Passage?.Label)).ToList();

    // As the real-data check names its files: every run of non-word characters becomes '-'.
    internal static string FileNameStem(string id) => System.Text.RegularExpressions.Regex.Replace(id, @"[^\w.-]+", "-");

    public void Dispose()
    {
        index.Dispose();
        if (keep) return;
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
