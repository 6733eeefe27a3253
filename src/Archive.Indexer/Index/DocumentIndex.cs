using System.Diagnostics;
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
/// refresh); commits, the expensive fsyncs, are batched on a timer. Once writes stop for a while
/// (<see cref="IndexOptions.QuietMergeSeconds"/>) the index is merged down in the background, since a question costs
/// once per segment.
/// One process owns the index at a time (<see cref="IndexInUseException"/> for the second); nothing that
/// runs in the background (the commit timer, Lucene's merges) can throw on its thread: a failure goes to
/// <see cref="BackgroundFailure"/> and the step is tried again.
/// </remarks>
public sealed class DocumentIndex : IDisposable
{
    private readonly IndexOwnership ownership;
    private readonly Lucene.Net.Store.Directory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ReportingMergeScheduler merges;
    private readonly Timer commitTimer;
    private readonly Timer? quietTimer;
    private readonly TimeSpan quiet;
    private readonly TimeSpan refreshInterval;
    private long lastReopen;
    private readonly long largeSegmentBytes;
    private long lastWrite = Stopwatch.GetTimestamp();
    private long quietChecked;
    private int quietMerging;
    private long quietMerges;
    private readonly System.Threading.Lock commitLock = new();
    private readonly SemaphoreSlim refreshLock = new(1, 1);
    private long changesSinceCommit;
    private long writtenEntries;
    private long written;
    private long searchable;
    private bool disposed;

    /// <summary>Flushed and merged segments up to this size are written in memory first (<see cref="NRTCachingDirectory"/>).</summary>
    private const double SmallSegmentMB = 4;

    /// <summary>At most this much of such segments is held in memory before the next commit writes them out.</summary>
    private const double CachedMB = 48;

    /// <param name="similarity">How entries are scored, at indexing (norms) and searching alike; defaults to <see cref="DocumentSchema.Similarity"/>.</param>
    /// <exception cref="IndexInUseException">Another process holds the index.</exception>
    public DocumentIndex(IndexOptions options, Analyzer analyzer, string schemaStamp, Similarity? similarity = null)
    {
        similarity ??= DocumentSchema.Similarity;
        ownership = IndexOwnership.Take(System.IO.Path.GetFullPath(options.Path));
        Folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(options.Path, schemaStamp));
        try
        {
            System.IO.Directory.CreateDirectory(Folder);
            // Not FSDirectory.Open: the MMapDirectory it picks is much slower under parallel load in 4.8 (see MappedReadDirectory).
            // Small segments (each reopen's flush, merges of such) are written in memory and reach the disk at the next
            // commit, which syncs them: a flush wrote ~14 files and deleted ~12 of them again once packed into a compound
            // file, and on a file system without a journal each file created skips every inode freed in the last minutes
            // (ext4's recently_deleted, 16 % of the service's processor time under a stream of uploads).
            directory = new NRTCachingDirectory(new MappedReadDirectory(new DirectoryInfo(Folder), options.MappedMB * 1024L * 1024), SmallSegmentMB, CachedMB);
            IsNew = !DirectoryReader.IndexExists(directory);
            merges = new ReportingMergeScheduler(e => ReportBackgroundFailure(e));
            writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = similarity,
                MergeScheduler = merges,
                MergePolicy = FewSegments(options),
                // A rebuild writes hundreds of documents in a row: Lucene's 16 MB buffer flushed a small segment every
                // ~50 legal documents, each then merged again; uploads one by one flush at each refresh anyway.
                RAMBufferSizeMB = 64,
                // One in-memory segment under construction, not one per thread that ever wrote: each reopen and commit
                // flushes every one of them as its own small segment, and every segment is merged again (and its term
                // dictionaries built again) later. Only the inversion is serialized; documents are analyzed beforehand
                // (see Add), in parallel.
                MaxThreadStates = 1,
            });
            if (IsNew) writer.Commit();
            searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new ScoringSearcherFactory(similarity));
        }
        catch
        {
            ownership.Dispose(); // an index that failed to open must not stay locked for the next try
            throw;
        }
        refreshInterval = TimeSpan.FromSeconds(options.RefreshIntervalSeconds);
        var interval = TimeSpan.FromSeconds(Math.Max(0.1, options.CommitIntervalSeconds));
        commitTimer = new Timer(_ => CommitIfChanged(), null, interval, interval);
        if (options.QuietMergeSeconds > 0)
        {
            quiet = TimeSpan.FromSeconds(options.QuietMergeSeconds);
            largeSegmentBytes = (long)(options.QuietMergeMaxSegmentMB * 1024 * 1024);
            var look = TimeSpan.FromSeconds(Math.Clamp(options.QuietMergeSeconds / 4, 0.05, 1));
            quietTimer = new Timer(_ => MergeIfQuiet(), null, look, look);
        }
        DeleteOtherStamps(options.Path, schemaStamp);
    }

    /// <summary>
    /// A query looks each of its terms up, and scores it, once per segment: on the legal corpus one segment instead
    /// of seven halved the processor time of a question (bench relevance --segments 1). Uploads one by one each
    /// flush a small segment, so small segments are merged early (all under the floor count as one size) and each
    /// tier keeps fewer segments than Lucene's default of ten (<see cref="IndexOptions.SegmentsPerTier"/>). The floor
    /// stays low (<see cref="IndexOptions.FloorSegmentMB"/>): under a high one every merge of an upload stream's small
    /// segments rewrote the growing merged one again.
    /// </summary>
    private static TieredMergePolicy FewSegments(IndexOptions options) => new()
    {
        SegmentsPerTier = options.SegmentsPerTier,
        MaxMergeAtOnce = (int)options.SegmentsPerTier,
        FloorSegmentMB = options.FloorSegmentMB,
    };

    /// <summary>Entries rewritten by background merges so far (divided by the entries written: what merging costs).</summary>
    public long MergedEntries => merges.MergedEntries;

    /// <summary>The nice value the last background merge ran at (Linux; null before any merge or elsewhere).</summary>
    internal int? LastMergeNice => merges.LastMergeNice;

    /// <summary>Merges run because writes went quiet (<see cref="IndexOptions.QuietMergeSeconds"/>) so far.</summary>
    public long QuietMerges => Interlocked.Read(ref quietMerges);

    /// <summary>Segments searches currently read: a question looks each of its terms up once per segment.</summary>
    public int SegmentCount => UseSearcher(searcher => searcher.IndexReader.Leaves.Count);

    /// <summary>Entries written so far (each document is one entry per passage and one for the whole).</summary>
    public long WrittenEntries => Interlocked.Read(ref writtenEntries);

    /// <summary>
    /// Hears failures of background work (a timed commit, a merge), which must never end the process;
    /// the service logs them. The failed commit is retried at the next tick.
    /// </summary>
    public Action<Exception>? BackgroundFailure { get; set; }

    /// <summary>Hears each reopen that made writes searchable, with its duration (the service counts them: reopens a document).</summary>
    public Action<TimeSpan>? Reopened { get; set; }

    /// <summary>The folder of this schema stamp's index.</summary>
    public string Folder { get; }

    /// <summary>True when no index existed for this schema stamp: the caller must fill it from the store.</summary>
    public bool IsNew { get; }

    /// <summary>Adds a document's entries, replacing all entries with the same id; searchable when this returns.</summary>
    /// <param name="refresh">False when many documents are written in a row (a rebuild): the caller calls <see cref="Refresh"/> now and then instead, sparing a reopen per document.</param>
    public void Upsert(string id, IEnumerable<Document> entries, bool refresh = true)
    {
        var generation = Add(id, entries);
        if (refresh) WaitUntilSearchable(generation);
    }

    /// <summary>
    /// Adds a document's entries, replacing all entries with the same id, without waiting for searches to see them:
    /// returns the write's generation, for <see cref="WaitSearchableAsync"/> when the caller must see its own write.
    /// </summary>
    public long Add(string id, IEnumerable<Document> entries)
    {
        // Built here, outside the writer's one thread state (MaxThreadStates): each text field's tokens are made while
        // the entries are built (AnalyzedText), so documents of concurrent writers are analyzed in parallel.
        var block = entries.ToList();
        writer.UpdateDocuments(new Term(DocumentFields.Id, id), block);
        Interlocked.Add(ref writtenEntries, block.Count);
        return Wrote();
    }

    /// <summary>
    /// Completes once the writes up to <paramref name="generation"/> are visible to searches; the reopen is shared with
    /// every other writer waiting meanwhile (see <see cref="WaitUntilSearchable"/>), and no thread is held while waiting.
    /// Reopens at once: for a person's own change (a publication, a correction) and for another instance's changes.
    /// </summary>
    public async Task WaitSearchableAsync(long generation, CancellationToken cancellationToken)
    {
        if (Interlocked.Read(ref searchable) >= generation) return;
        await refreshLock.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref searchable) >= generation) return;
            await Task.Run(Reopen, CancellationToken.None);
        }
        finally
        {
            refreshLock.Release();
        }
    }

    /// <summary>
    /// As <see cref="WaitSearchableAsync"/>, for a stream of uploads: reopens no sooner than RefreshIntervalSeconds after
    /// the last reopen, so that the documents finished meanwhile share one reopen (each reopen flushes a new segment,
    /// which merges rewrite again and again). The pause is taken before the refresh lock: a caller that must see its
    /// change at once is not held behind it, and its reopen covers the uploads waiting here.
    /// </summary>
    public async Task WaitSearchableGatheredAsync(long generation, CancellationToken cancellationToken)
    {
        if (Interlocked.Read(ref searchable) >= generation) return;
        var pause = refreshInterval - Stopwatch.GetElapsedTime(Interlocked.Read(ref lastReopen));
        if (pause > TimeSpan.Zero) await Task.Delay(pause, cancellationToken);
        await WaitSearchableAsync(generation, cancellationToken);
    }

    /// <summary>Makes every write so far visible to searches.</summary>
    public void Refresh() => WaitUntilSearchable(Interlocked.Read(ref written));

    public void Delete(string id)
    {
        writer.DeleteDocuments(new Term(DocumentFields.Id, id));
        WaitUntilSearchable(Wrote());
    }

    /// <summary>Counts a write: its generation, which <see cref="WaitUntilSearchable"/> waits for.</summary>
    private long Wrote()
    {
        Interlocked.Exchange(ref lastWrite, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref changesSinceCommit);
        return Interlocked.Increment(ref written);
    }

    /// <summary>
    /// Returns once the writes up to <paramref name="generation"/> are visible to searches. Refreshes are shared
    /// (a group refresh): a writer that waited while another reopened finds its write covered by the next reopen,
    /// which serves every writer that finished meanwhile, or by none at all, so concurrent uploads do not each pay
    /// a reopen (each reopen flushes a new small segment).
    /// </summary>
    private void WaitUntilSearchable(long generation)
    {
        if (Interlocked.Read(ref searchable) >= generation) return;
        refreshLock.Wait();
        try
        {
            if (Interlocked.Read(ref searchable) >= generation) return;
            Reopen();
        }
        finally
        {
            refreshLock.Release();
        }
    }

    /// <summary>Reopens the searcher on everything written so far; the caller holds <see cref="refreshLock"/>.</summary>
    private void Reopen()
    {
        var covered = Interlocked.Read(ref written); // every write counted so far has reached the writer
        var started = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref lastReopen, started);
        searchers.MaybeRefreshBlocking();
        Reopened?.Invoke(Stopwatch.GetElapsedTime(started));
        Interlocked.Exchange(ref searchable, covered);
    }

    /// <summary>Reopens the searcher even when no write is waiting for it (a merge changed the segments, not the entries).</summary>
    private void ReopenNow()
    {
        refreshLock.Wait();
        try
        {
            Reopen();
        }
        finally
        {
            refreshLock.Release();
        }
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
            var pending = Interlocked.Exchange(ref changesSinceCommit, 0);
            try
            {
                writer.Commit();
            }
            catch
            {
                Interlocked.Add(ref changesSinceCommit, pending); // not durable yet: the next tick tries again
                throw;
            }
        }
    }

    /// <summary>
    /// Merges the index down to at most <paramref name="segments"/> segments and makes the result searchable: a query
    /// looks each term up and scores it once per segment, so a rebuilt index is worth merging once.
    /// </summary>
    public void Merge(int segments)
    {
        writer.ForceMerge(Math.Max(1, segments));
        ReopenNow();
    }

    /// <summary>
    /// Runs on a timer: once no write came for <see cref="quiet"/> and something was written since the last look, merges
    /// the segments smaller than <see cref="IndexOptions.QuietMergeMaxSegmentMB"/> into one, then reopens the searcher
    /// on the result and commits it (the merged-away files are deleted at the commit). Writes and searches go on
    /// meanwhile: Lucene merges beside its writer, and searches use the old segments until the reopen. A write during
    /// the merge is simply merged at the next quiet spell.
    /// </summary>
    private void MergeIfQuiet()
    {
        var seen = Interlocked.Read(ref written);
        if (seen == Interlocked.Read(ref quietChecked)) return;
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref lastWrite)) < quiet) return;
        if (Interlocked.Exchange(ref quietMerging, 1) == 1) return;
        try
        {
            if (Volatile.Read(ref disposed)) return;
            ReopenNow(); // flushes what is buffered, so the sizes below are every segment's
            var sizes = UseSearcher(searcher => searcher.IndexReader.Leaves
                .Select(leaf => leaf.AtomicReader is SegmentReader segment ? segment.SegmentInfo.GetSizeInBytes() : 0L)
                .ToList());
            var ordered = sizes.OrderDescending().ToList();
            var large = ordered.Count(size => size >= largeSegmentBytes);
            // Beside a segment ten times larger than all the smaller ones together (the index as the last quiet spell
            // left it), only those are merged, into a second segment: a pause costs what was written since, not a
            // rewrite of the whole index; once they grow past a tenth of it, everything is merged into one again.
            if (large < ordered.Count && ordered.Skip(large + 1).Sum() * 10 < ordered[large]) large++;
            if (sizes.Count - large > 1)
            {
                // TieredMergePolicy's forced merge merges the smallest segments: down to the large ones plus one.
                writer.ForceMerge(large + 1);
                if (Volatile.Read(ref disposed)) return; // the merge was cut short by the index closing
                Interlocked.Increment(ref quietMerges); // counted before searches see it
                ReopenNow();
                Commit();
            }
            Interlocked.Exchange(ref quietChecked, seen);
        }
        catch (Exception e)
        {
            // A merge cut short by the index closing is no failure; anything else is tried again at the next look.
            if (!Volatile.Read(ref disposed)) ReportBackgroundFailure(e);
        }
        finally
        {
            Interlocked.Exchange(ref quietMerging, 0);
        }
    }

    /// <summary>Removes every entry (a rebuild from the store follows); durable at the next commit.</summary>
    public void Clear()
    {
        writer.DeleteAll();
        WaitUntilSearchable(Wrote());
    }

    // Runs on a timer thread, where an exception would end the process.
    private void CommitIfChanged()
    {
        try
        {
            if (Interlocked.Read(ref changesSinceCommit) > 0) Commit();
        }
        catch (Exception e)
        {
            ReportBackgroundFailure(e);
        }
    }

    private void ReportBackgroundFailure(Exception e)
    {
        try { BackgroundFailure?.Invoke(e); }
        catch (Exception) { /* a broken logger must not take the process down either */ }
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
        quietTimer?.Dispose();
        lock (commitLock)
        {
            if (disposed) return;
            disposed = true;
        }
        // Whatever the last commit does, the index is released: the next start repairs it from the store.
        try
        {
            writer.Commit();
        }
        finally
        {
            try
            {
                searchers.Dispose();
                // A quiet merge still running is dropped, not waited for (the index is derived data and was just
                // committed): closing must not wait for a rewrite of the index.
                writer.Dispose(waitForMerges: false);
                directory.Dispose();
            }
            finally
            {
                ownership.Dispose();
            }
        }
    }

    private sealed class ScoringSearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new CachingSearcher(reader) { Similarity = similarity };
    }
}
