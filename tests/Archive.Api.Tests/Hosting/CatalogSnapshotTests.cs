using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Index;
using Archive.Indexer.Legal;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// The catalog snapshot a clean stop leaves beside the index: a start from it sees what a start reading every record
/// sees, changes made after it included (through the change feed); a missing, unreadable, other-format or too-old
/// snapshot is set aside (and deleted), so the start reads every record.
/// </summary>
public sealed class CatalogSnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-snapshot-").FullName;
    private readonly LocalFolderObjectStore store;

    public CatalogSnapshotTests() => store = new LocalFolderObjectStore(Path.Combine(folder, "store"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>One instance's view of the store: its catalog, citations, feed and snapshot (beside its own index folder).</summary>
    private sealed record Instance(DocumentCatalog Catalog, CitationGraph Citations, ChangeFeed Feed, CatalogSnapshot Snapshot);

    private Instance Open(string name = "a")
    {
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var citations = new CitationGraph(store, catalog, NullLogger<CitationGraph>.Instance);
        var feed = new ChangeFeed(store, catalog);
        var index = Options.Create(new IndexOptions { Path = Path.Combine(folder, name, "index") });
        return new(catalog, citations, feed, new CatalogSnapshot(catalog, citations, feed, index, NullLogger<CatalogSnapshot>.Instance));
    }

    private static DocumentRecord Record(string id, string number) => new()
    {
        Id = id, Sha256 = id, FileName = id + ".txt", ContentType = "text/plain", Size = 10, Kind = "Quyết định", Number = number,
        Title = "Quyết định phê duyệt phương án bảo vệ rừng đầu nguồn thôn Khau Đấng", CreatedAt = DateTimeOffset.UnixEpoch,
        TextStatus = TextStatuses.Ok,
    };

    private static Citation Cites(string symbol) => new() { Start = 0, End = 30, Text = "Quyết định số " + symbol, Kind = "Quyết định", Symbol = symbol };

    private const string Cited = "aaaa0000000000000001", Citing = "aaaa0000000000000002";

    /// <summary>Two documents, the second citing the first, written and announced by <paramref name="writer"/>; a snapshot at the feed's end.</summary>
    private static async Task<long> ArchiveTwoAndSnapshotAsync(Instance writer)
    {
        await writer.Catalog.CreateAsync(Record(Cited, "12/2024/QĐ-UBND"), CancellationToken.None);
        await writer.Citations.SaveAsync(Citing, [Cites("12/2024/QĐ-UBND")], CancellationToken.None);
        await writer.Catalog.CreateAsync(Record(Citing, "40/2025/QĐ-UBND"), CancellationToken.None);
        await writer.Feed.FlushAsync(CancellationToken.None);
        var position = await writer.Feed.FindEndAsync(CancellationToken.None);
        await writer.Snapshot.WriteAsync(position, CancellationToken.None);
        return position;
    }

    [Fact]
    public async Task A_start_from_the_snapshot_sees_the_records_and_citations_and_what_another_instance_wrote_after_it()
    {
        var before = Open();
        await ArchiveTwoAndSnapshotAsync(before);
        var other = Open("b");
        await other.Catalog.LoadAsync(CancellationToken.None);
        await other.Citations.LoadAsync(CancellationToken.None);
        await other.Catalog.UpdateAsync(Cited, r => r with { Title = "Quyết định phê duyệt phương án bảo vệ rừng thôn Nà Pàn" }, CancellationToken.None);
        await other.Catalog.CreateAsync(Record("aaaa0000000000000003", "7/2025/QĐ-UBND"), CancellationToken.None);
        await other.Feed.FlushAsync(CancellationToken.None);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));

        Assert.Equal(3, started.Catalog.Count);
        Assert.Equal("Quyết định phê duyệt phương án bảo vệ rừng thôn Nà Pàn", started.Catalog.Find(Cited)!.Title);
        Assert.Equal([Citing], started.Citations.CitedBy(Cited).Select(c => c.Source.Id));
        Assert.False(File.Exists(started.Snapshot.FilePath));
        // The versions came with the records: a change from this instance is a conditional write that succeeds.
        Assert.NotNull(await started.Catalog.UpdateAsync(Citing, r => r with { Kind = "Chỉ thị" }, CancellationToken.None));
        Assert.Equal("Chỉ thị", (await StoredJson.ReadAsync<DocumentRecord>(store, StoreLayout.Meta(Citing), CancellationToken.None))!.Kind);
    }

    [Fact]
    public async Task A_document_destroyed_after_the_snapshot_is_not_restored()
    {
        var before = Open();
        await ArchiveTwoAndSnapshotAsync(before);
        await before.Catalog.RemoveAsync(Citing, ct => store.DestroyAsync(StoreLayout.Document(Citing), ct), CancellationToken.None);
        await before.Feed.FlushAsync(CancellationToken.None);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));

        Assert.Null(started.Catalog.Find(Citing));
        Assert.Empty(started.Citations.CitedBy(Cited));
    }

    [Fact]
    public async Task Without_a_snapshot_the_start_reads_every_record()
    {
        await Open().Catalog.CreateAsync(Record(Cited, "12/2024/QĐ-UBND"), CancellationToken.None);

        var started = Open();
        Assert.False(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        Assert.Equal(0, started.Catalog.Count);
    }

    [Theory]
    [InlineData("not gzip at all")]
    [InlineData("gzip of broken json")]
    [InlineData("gzip of another format")]
    public async Task An_unreadable_snapshot_is_set_aside_and_deleted(string damage)
    {
        var before = Open();
        await ArchiveTwoAndSnapshotAsync(before);
        var path = before.Snapshot.FilePath;
        if (damage == "not gzip at all") await File.WriteAllTextAsync(path, "Biên bản kiểm kê tài liệu lưu trữ");
        else
        {
            await using var file = File.Create(path);
            await using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
            await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes(damage == "gzip of broken json"
                ? "{\"format\":1,\"position\":1,\"records\":[{\"record\":"
                : "{\"format\":999,\"position\":1,\"records\":[],\"citations\":{}}"));
        }

        var started = Open();
        Assert.False(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        Assert.Equal(0, started.Catalog.Count);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_snapshot_older_than_the_oldest_change_kept_is_set_aside()
    {
        var writer = Open();
        await ArchiveTwoAndSnapshotAsync(writer);
        // Two changes after the snapshot, and the feed trimmed to the newest: the first of them is no longer named.
        var other = Open("b");
        await other.Catalog.LoadAsync(CancellationToken.None);
        await other.Catalog.UpdateAsync(Cited, r => r with { Title = "Quyết định về rừng phòng hộ Bản Mạ" }, CancellationToken.None);
        await other.Feed.FlushAsync(CancellationToken.None);
        await other.Catalog.UpdateAsync(Citing, r => r with { Title = "Quyết định về rừng phòng hộ Pác Ngòa" }, CancellationToken.None);
        await other.Feed.FlushAsync(CancellationToken.None);
        Assert.True(await other.Feed.TrimAsync(DateTimeOffset.MinValue, keep: 1, CancellationToken.None) > 0);

        var started = Open();
        Assert.False(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        Assert.False(File.Exists(started.Snapshot.FilePath));
    }

    [Fact]
    public async Task A_snapshot_ahead_of_the_stores_feed_is_set_aside_as_taken_from_another_store()
    {
        var writer = Open();
        await ArchiveTwoAndSnapshotAsync(writer);
        await writer.Snapshot.WriteAsync(position: 40, CancellationToken.None);

        Assert.False(await Open().Snapshot.TryRestoreAsync(CancellationToken.None));
    }
}
