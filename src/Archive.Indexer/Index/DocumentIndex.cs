using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Indexer.Index;

/// <summary>
/// The Lucene index of the archive: derived data, always rebuildable from the object store.
/// Callers never hold a writer or a searcher: <see cref="UseSearcher{T}"/> lends one.
/// </summary>
/// <remarks>
/// Each schema stamp (layout + analyzer version) gets its own folder, so a changed analyzer starts
/// an empty index that the caller refills from the store (<see cref="IsNew"/>) while nothing reads
/// an index written by another analyzer. Writes are visible to searches at once (near-real-time
/// refresh); commits, the expensive fsyncs, are batched on a timer.
/// </remarks>
public sealed class DocumentIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly Timer commitTimer;
    private readonly System.Threading.Lock commitLock = new();
    private long changesSinceCommit;
    private bool disposed;

    /// <param name="similarity">How entries are scored, at indexing (norms) and searching alike; defaults to <see cref="DocumentSchema.Similarity"/>.</param>
    public DocumentIndex(IndexOptions options, Analyzer analyzer, string schemaStamp, Similarity? similarity = null)
    {
        similarity ??= DocumentSchema.Similarity;
        Folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(options.Path, schemaStamp));
        System.IO.Directory.CreateDirectory(Folder);
        // Not FSDirectory.Open: the MMapDirectory it picks is much slower under parallel load in 4.8 (see PositionalReadDirectory).
        directory = new PositionalReadDirectory(new DirectoryInfo(Folder));
        IsNew = !DirectoryReader.IndexExists(directory);
        writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = similarity,
        });
        if (IsNew) writer.Commit();
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new ScoringSearcherFactory(similarity));
        var interval = TimeSpan.FromSeconds(Math.Max(0.1, options.CommitIntervalSeconds));
        commitTimer = new Timer(_ => CommitIfChanged(), null, interval, interval);
        DeleteOtherStamps(options.Path, schemaStamp);
    }

    /// <summary>The folder of this schema stamp's index.</summary>
    public string Folder { get; }

    /// <summary>True when no index existed for this schema stamp: the caller must fill it from the store.</summary>
    public bool IsNew { get; }

    /// <summary>Adds a document's entries, replacing all entries with the same id; searchable when this returns.</summary>
    /// <param name="refresh">False when many documents are written in a row (a rebuild): the caller calls <see cref="Refresh"/> now and then instead, sparing a reopen per document.</param>
    public void Upsert(string id, IEnumerable<Document> entries, bool refresh = true)
    {
        writer.UpdateDocuments(new Term(DocumentFields.Id, id), entries);
        Interlocked.Increment(ref changesSinceCommit);
        if (refresh) searchers.MaybeRefreshBlocking();
    }

    /// <summary>Makes every write so far visible to searches.</summary>
    public void Refresh() => searchers.MaybeRefreshBlocking();

    public void Delete(string id)
    {
        writer.DeleteDocuments(new Term(DocumentFields.Id, id));
        Interlocked.Increment(ref changesSinceCommit);
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Lends a current searcher for the duration of <paramref name="use"/>.</summary>
    public T UseSearcher<T>(Func<IndexSearcher, T> use)
    {
        var searcher = searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Ids of every indexed document, for reconciling the index with the store.</summary>
    public IReadOnlySet<string> IndexedIds() => UseSearcher(searcher =>
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            var fields = new HashSet<string> { DocumentFields.Id };
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i)) continue;
                var id = reader.Document(i, fields).Get(DocumentFields.Id);
                if (id is not null) ids.Add(id);
            }
        }
        return ids;
    });

    /// <summary>Makes every change so far durable (an fsync); the timer calls it, and so can the caller.</summary>
    public void Commit()
    {
        lock (commitLock)
        {
            if (disposed) return;
            Interlocked.Exchange(ref changesSinceCommit, 0);
            writer.Commit();
        }
    }

    private void CommitIfChanged()
    {
        if (Interlocked.Read(ref changesSinceCommit) > 0) Commit();
    }

    private static void DeleteOtherStamps(string root, string schemaStamp)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(root))
        {
            if (System.IO.Path.GetFileName(folder) == schemaStamp) continue;
            try { System.IO.Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* another process may still hold it; retried at the next start */ }
        }
    }

    public void Dispose()
    {
        commitTimer.Dispose();
        lock (commitLock)
        {
            if (disposed) return;
            writer.Commit();
            disposed = true;
        }
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private sealed class ScoringSearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
