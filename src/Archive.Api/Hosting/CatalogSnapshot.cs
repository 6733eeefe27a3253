using System.IO.Compression;
using System.Text.Json;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Indexer.Index;
using Archive.Indexer.Legal;
using Archive.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// A copy of the catalog (every record with its store version) and of every document's citations, written beside the
/// index now and then while the service runs and when it stops (<see cref="CatalogSnapshotWriter"/>). The next start
/// reads this one file instead of two objects per document (200,000 reads at 100,000 documents), then heals it against
/// the store: one listing of the records with their versions, and only the records missing from the snapshot, of
/// another version, or gone are read again (or forgotten). Derived data, like the index: the store stays the system of
/// record, and a snapshot that is missing, unreadable or of another format is set aside and every record is read.
/// </summary>
/// <remarks>
/// The listing is what makes a snapshot of any age safe: a write after it was taken (by this instance before a crash,
/// before its change-feed announcement, or by another instance) changed the record's version; a document destroyed
/// meanwhile is not listed. Citations are stored before the record write that follows them (the pipeline's order), so
/// a record of the snapshot's version comes with the citations the snapshot holds, and a document read again has its
/// citations read again too. The snapshot is never deleted at a start: a crash leaves the last periodic one, which
/// heals the same way.
/// </remarks>
public sealed class CatalogSnapshot(
    IObjectStore store,
    DocumentCatalog catalog,
    CitationGraph citations,
    IOptions<IndexOptions> indexOptions,
    ILogger<CatalogSnapshot> logger)
{
    /// <summary>Bumped whenever what is kept changes shape: a snapshot of another format is not read.</summary>
    public const int Format = 2;

    public const string FileName = "catalog-snapshot.json.gz";

    private static readonly JsonSerializerOptions Json = new(StoredJson.Options) { WriteIndented = false };

    private sealed record Kept(DocumentRecord Record, string Version);

    private sealed record Contents(int Format, DateTimeOffset At, List<Kept> Records, Dictionary<string, IReadOnlyList<Citation>> Citations);

    private readonly SemaphoreSlim writing = new(1, 1);

    public string FilePath => Path.Combine(indexOptions.Value.Path, FileName);

    /// <summary>Writes what memory holds now (a temporary file moved into place); records first, then citations.</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            // Records before citations: a citation saved after its record was taken here belongs to a later record write,
            // whose new version the next start sees in the listing, and reads both again.
            var records = catalog.Versions().Select(v => new Kept(v.Record, v.Version)).ToList();
            var contents = new Contents(Format, DateTimeOffset.UtcNow, records, new(citations.AllOutgoing(), StringComparer.Ordinal));
            Directory.CreateDirectory(indexOptions.Value.Path);
            var temporary = FilePath + ".tmp";
            await using (var file = File.Create(temporary))
            await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
                await JsonSerializer.SerializeAsync(gzip, contents, Json, cancellationToken);
            File.Move(temporary, FilePath, overwrite: true);
            logger.LogInformation("Catalog snapshot written: {Count} records", contents.Records.Count);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>
    /// Fills the catalog and the citations from the snapshot, healed against the store's listing; false (memory left
    /// for a full read) when there is no usable snapshot.
    /// </summary>
    public async Task<bool> TryRestoreAsync(CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (await ReadAsync(cancellationToken) is not { } contents) return false;
        var read = watch.Elapsed.TotalSeconds;
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var listed in await store.ListVersionsAsync(StoreLayout.Prefix, key => StoreLayout.RecordId(key) is not null, cancellationToken))
            stored[StoreLayout.RecordId(listed.Key)!] = listed.Version;
        var listing = watch.Elapsed.TotalSeconds;

        var current = contents.Records.Where(k => stored.GetValueOrDefault(k.Record.Id) == k.Version).ToList();
        catalog.Restore(current.Select(k => (k.Record, k.Version)));
        var kept = current.Select(k => k.Record.Id).ToHashSet(StringComparer.Ordinal);
        citations.Restore(contents.Citations.Where(c => kept.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));
        var restored = watch.Elapsed.TotalSeconds;

        // Written after the snapshot (or new since): read as a change another instance made is.
        var changed = stored.Keys.Where(id => !kept.Contains(id)).ToList();
        await Parallel.ForEachAsync(changed, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (id, ct) => await ReloadAsync(id, ct));
        logger.LogInformation(
            "Catalog restored from its snapshot of {At:u} in {Seconds:F1} s (file read {Read:F1} s, listing of {Listed} records {Listing:F1} s, restore {Restore:F1} s): {Kept} current, {Changed} read again, {Gone} gone from the store",
            contents.At, watch.Elapsed.TotalSeconds, read, stored.Count, listing - read, restored - listing, kept.Count, changed.Count,
            contents.Records.Count(k => !stored.ContainsKey(k.Record.Id)));
        return true;
    }

    private async Task<Contents?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            logger.LogInformation("No catalog snapshot beside the index: reading every record from the store");
            return null;
        }
        try
        {
            await using var file = File.OpenRead(FilePath);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            var contents = await JsonSerializer.DeserializeAsync<Contents>(gzip, Json, cancellationToken);
            if (contents?.Format == Format && contents.Records is not null && contents.Citations is not null) return contents;
            logger.LogWarning("The catalog snapshot is of another format; reading every record from the store");
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            logger.LogWarning(e, "The catalog snapshot cannot be read; reading every record from the store");
            return null;
        }
    }

    /// <summary>A document written after the snapshot: its record and citations as stored now.</summary>
    private async Task ReloadAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.ReloadAsync(id, cancellationToken) is null)
        {
            // Gone since the listing: destroyed meanwhile.
            citations.Forget(id);
            catalog.Forget(id);
            return;
        }
        await citations.ReloadAsync(id, cancellationToken);
    }
}
