using System.IO.Compression;
using System.Text.Json;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Indexer.Index;
using Archive.Indexer.Legal;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// A copy of the catalog (every record with its store version) and of every document's citations, written beside the
/// index when the service stops cleanly, with the change-feed position it holds. The next start reads this one file
/// instead of two objects per document (200,000 reads at 100,000 documents), then applies the feed's entries after
/// that position. Derived data, like the index: the store stays the system of record, and a snapshot that is missing,
/// unreadable, of another format, or older than the feed's oldest kept entry is set aside and every record is read.
/// </summary>
/// <remarks>
/// Read once and deleted at once, before anything is written: a run that crashes leaves none behind, so a start never
/// trusts a snapshot that lacks writes its own instance made and had not yet announced in the feed. Someone who edits
/// the store by hand while the service is stopped (a restored backup) deletes <see cref="FileName"/> beside the index.
/// </remarks>
public sealed class CatalogSnapshot(
    DocumentCatalog catalog,
    CitationGraph citations,
    ChangeFeed feed,
    IOptions<IndexOptions> indexOptions,
    ILogger<CatalogSnapshot> logger)
{
    /// <summary>Bumped whenever what is kept changes shape: a snapshot of another format is not read.</summary>
    public const int Format = 1;

    public const string FileName = "catalog-snapshot.json.gz";

    private static readonly JsonSerializerOptions Json = new(StoredJson.Options) { WriteIndented = false };

    private sealed record Kept(DocumentRecord Record, string Version);

    private sealed record Contents(int Format, long Position, DateTimeOffset At, List<Kept> Records, Dictionary<string, IReadOnlyList<Citation>> Citations);

    public string FilePath => Path.Combine(indexOptions.Value.Path, FileName);

    /// <summary>Writes what memory holds now as having followed the feed up to <paramref name="position"/> (a temporary file moved into place).</summary>
    public async Task WriteAsync(long position, CancellationToken cancellationToken)
    {
        var contents = new Contents(Format, position, DateTimeOffset.UtcNow,
            catalog.Versions().Select(v => new Kept(v.Record, v.Version)).ToList(), new(citations.AllOutgoing(), StringComparer.Ordinal));
        Directory.CreateDirectory(indexOptions.Value.Path);
        var temporary = FilePath + ".tmp";
        await using (var file = File.Create(temporary))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            await JsonSerializer.SerializeAsync(gzip, contents, Json, cancellationToken);
        File.Move(temporary, FilePath, overwrite: true);
        logger.LogInformation("Catalog snapshot written: {Count} records at change-feed position {Position}", contents.Records.Count, position);
    }

    /// <summary>Removes the snapshot: memory no longer matches it (a write after it was taken).</summary>
    public void Delete()
    {
        if (File.Exists(FilePath)) File.Delete(FilePath);
    }

    /// <summary>
    /// Fills the catalog and the citations from the snapshot and the feed entries after it; false (memory left for a
    /// full read) when there is no usable snapshot. The file is deleted either way.
    /// </summary>
    public async Task<bool> TryRestoreAsync(CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (await ReadAsync(cancellationToken) is not { } contents) return false;
        var read = watch.Elapsed.TotalSeconds;
        if (await feed.FirstKeptAsync(cancellationToken) > contents.Position + 1)
        {
            logger.LogWarning("The catalog snapshot (change-feed position {Position}) is older than the oldest change kept; reading every record", contents.Position);
            return false;
        }
        if (await feed.FindEndAsync(cancellationToken) < contents.Position)
        {
            logger.LogWarning("The change feed ends before the catalog snapshot's position {Position}: not the store it was taken from; reading every record", contents.Position);
            return false;
        }
        catalog.Restore(contents.Records.Select(k => (k.Record, k.Version)));
        var records = watch.Elapsed.TotalSeconds;
        citations.Restore(contents.Citations);
        var linked = watch.Elapsed.TotalSeconds;

        var changed = new HashSet<string>(StringComparer.Ordinal);
        var next = contents.Position + 1;
        for (; await feed.ReadAsync(next, cancellationToken) is { } entry; next++) changed.UnionWith(entry.Documents);
        if (await feed.FirstKeptAsync(cancellationToken) > next)
        {
            logger.LogWarning("The change feed was trimmed past position {Position} while the start read it; reading every record", next - 1);
            return false;
        }
        foreach (var id in changed) await ReloadAsync(id, cancellationToken);
        logger.LogInformation("Catalog restored from its snapshot in {Seconds:F1} s (file read {Read:F1} s, records {Records:F1} s, citations {Citations:F1} s) and {Entries} change-feed entries ({Documents} documents read again)",
            watch.Elapsed.TotalSeconds, read, records - read, linked - records, next - 1 - contents.Position, changed.Count);
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
        finally
        {
            File.Delete(FilePath);
        }
    }

    /// <summary>A document another writer changed after the snapshot: its record and citations as stored now.</summary>
    private async Task ReloadAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.ReloadAsync(id, cancellationToken) is null)
        {
            // Gone from the store: another instance destroyed the document.
            citations.Forget(id);
            catalog.Forget(id);
            return;
        }
        await citations.ReloadAsync(id, cancellationToken);
    }
}
