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
/// The catalog snapshot written beside the index (now and then, and at a clean stop): a start from it sees what a start
/// reading every record sees, whatever happened after it was taken (a write announced in the change feed or never
/// announced, a record deleted behind its back, a crash long after it, a trimmed feed): the start heals it against one
/// listing of the records with their versions. A missing, unreadable or other-format snapshot is set aside, so the
/// start reads every record.
/// </summary>
public sealed class CatalogSnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-snapshot-").FullName;
    private readonly LocalFolderObjectStore store;

    public CatalogSnapshotTests() => store = new LocalFolderObjectStore(Path.Combine(folder, "store"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>One instance's view of a store: its catalog, citations, feed and snapshot (beside its own index folder).</summary>
    private sealed record Instance(DocumentCatalog Catalog, CitationGraph Citations, ChangeFeed Feed, CatalogSnapshot Snapshot);

    private Instance Open(string name = "a", IObjectStore? over = null)
    {
        over ??= store;
        var catalog = new DocumentCatalog(over, NullLogger<DocumentCatalog>.Instance);
        var citations = new CitationGraph(over, catalog, NullLogger<CitationGraph>.Instance);
        var feed = new ChangeFeed(over, catalog);
        var index = Options.Create(new IndexOptions { Path = Path.Combine(folder, name, "index") });
        return new(catalog, citations, feed, new CatalogSnapshot(over, catalog, citations, index, NullLogger<CatalogSnapshot>.Instance));
    }

    private static DocumentRecord Record(string id, string number) => new()
    {
        Id = id, Sha256 = id, FileName = id + ".txt", ContentType = "text/plain", Size = 10, Kind = "Quyết định", Number = number,
        Title = "Quyết định phê duyệt phương án bảo vệ rừng đầu nguồn thôn Khau Đấng", CreatedAt = DateTimeOffset.UnixEpoch,
        TextStatus = TextStatuses.Ok,
    };

    private static Citation Cites(string symbol) => new() { Start = 0, End = 30, Text = "Quyết định số " + symbol, Kind = "Quyết định", Symbol = symbol };

    private const string Cited = "aaaa0000000000000001", Citing = "aaaa0000000000000002", Third = "aaaa0000000000000003";

    /// <summary>Two documents, the second citing the first, written and announced by <paramref name="writer"/>; then a snapshot.</summary>
    private static async Task ArchiveTwoAndSnapshotAsync(Instance writer)
    {
        await writer.Catalog.CreateAsync(Record(Cited, "12/2024/QĐ-UBND"), CancellationToken.None);
        await writer.Citations.SaveAsync(Citing, [Cites("12/2024/QĐ-UBND")], CancellationToken.None);
        await writer.Catalog.CreateAsync(Record(Citing, "40/2025/QĐ-UBND"), CancellationToken.None);
        await writer.Feed.FlushAsync(CancellationToken.None);
        await writer.Snapshot.WriteAsync(CancellationToken.None);
    }

    private async Task<Instance> OtherInstanceAsync()
    {
        var other = Open("b");
        await other.Catalog.LoadAsync(CancellationToken.None);
        await other.Citations.LoadAsync(CancellationToken.None);
        return other;
    }

    [Fact]
    public async Task A_start_from_the_snapshot_sees_the_records_and_citations_and_what_another_instance_wrote_after_it()
    {
        var before = Open();
        await ArchiveTwoAndSnapshotAsync(before);
        var other = await OtherInstanceAsync();
        await other.Catalog.UpdateAsync(Cited, r => r with { Title = "Quyết định phê duyệt phương án bảo vệ rừng thôn Nà Pàn" }, CancellationToken.None);
        await other.Catalog.CreateAsync(Record(Third, "7/2025/QĐ-UBND"), CancellationToken.None);
        await other.Feed.FlushAsync(CancellationToken.None);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));

        Assert.Equal(3, started.Catalog.Count);
        Assert.Equal("Quyết định phê duyệt phương án bảo vệ rừng thôn Nà Pàn", started.Catalog.Find(Cited)!.Title);
        Assert.Equal([Citing], started.Citations.CitedBy(Cited).Select(c => c.Source.Id));
        // Kept for a start after a crash: it heals the same way.
        Assert.True(File.Exists(started.Snapshot.FilePath));
        // The versions came with the records: a change from this instance is a conditional write that succeeds.
        Assert.NotNull(await started.Catalog.UpdateAsync(Citing, r => r with { Kind = "Chỉ thị" }, CancellationToken.None));
        Assert.Equal("Chỉ thị", (await StoredJson.ReadAsync<DocumentRecord>(store, StoreLayout.Meta(Citing), CancellationToken.None))!.Kind);
    }

    [Fact]
    public async Task A_write_the_change_feed_never_heard_of_is_read_again_with_its_citations()
    {
        var before = Open();
        await ArchiveTwoAndSnapshotAsync(before);
        // Written after the snapshot, then the process ends before announcing them (a kill between store and feed).
        await before.Citations.SaveAsync(Cited, [Cites("3/2023/QĐ-UBND")], CancellationToken.None);
        await before.Catalog.UpdateAsync(Cited, r => r with { Title = "Quyết định giao rừng cho cộng đồng thôn Bản Chắt" }, CancellationToken.None);
        Assert.True(before.Feed.HasWaiting);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));

        Assert.Equal("Quyết định giao rừng cho cộng đồng thôn Bản Chắt", started.Catalog.Find(Cited)!.Title);
        Assert.Equal(["3/2023/QĐ-UBND"], started.Citations.Outgoing(Cited).Select(c => c.Citation.Symbol));
        Assert.Equal("Quyết định phê duyệt phương án bảo vệ rừng đầu nguồn thôn Khau Đấng", started.Catalog.Find(Citing)!.Title);
        Assert.Equal([Citing], started.Citations.CitedBy(Cited).Select(c => c.Source.Id));
    }

    [Fact]
    public async Task A_record_deleted_from_the_store_behind_the_archives_back_is_not_restored()
    {
        await ArchiveTwoAndSnapshotAsync(Open());
        await store.DestroyAsync(StoreLayout.Document(Citing), CancellationToken.None);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));

        Assert.Null(started.Catalog.Find(Citing));
        Assert.Empty(started.Citations.CitedBy(Cited));
        Assert.Equal(1, started.Catalog.Count);
    }

    [Fact]
    public async Task A_start_after_a_crash_heals_the_last_periodic_snapshot_with_everything_written_since()
    {
        var running = Open();
        await ArchiveTwoAndSnapshotAsync(running);
        // After the periodic snapshot: a new document citing the first, a correction, a destruction; then a crash
        // (no snapshot at stop, the last announcement never written).
        await running.Citations.SaveAsync(Third, [Cites("12/2024/QĐ-UBND")], CancellationToken.None);
        await running.Catalog.CreateAsync(Record(Third, "7/2025/QĐ-UBND"), CancellationToken.None);
        await running.Feed.FlushAsync(CancellationToken.None);
        await running.Catalog.UpdateAsync(Cited, r => r with { Number = "13/2024/QĐ-UBND" }, CancellationToken.None);
        await running.Catalog.RemoveAsync(Citing, ct => store.DestroyAsync(StoreLayout.Document(Citing), ct), CancellationToken.None);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        var everyRecordRead = await OtherInstanceAsync();

        Assert.Equal(everyRecordRead.Catalog.All.Select(r => (r.Id, r.Number)).Order(), started.Catalog.All.Select(r => (r.Id, r.Number)).Order());
        Assert.Equal([Third, Cited], started.Catalog.All.Select(r => r.Id).OrderDescending());
        // The citation of the new document names the old number: unresolved now, in both.
        Assert.Empty(started.Citations.CitedBy(Cited));
        Assert.Equal(everyRecordRead.Citations.Unresolved().Count, started.Citations.Unresolved().Count);
        Assert.Single(started.Citations.Unresolved());
    }

    [Fact]
    public async Task A_snapshot_older_than_the_trimmed_change_feed_is_healed_from_the_store()
    {
        var writer = Open();
        await ArchiveTwoAndSnapshotAsync(writer);
        // Two changes after the snapshot, and the feed trimmed to the newest: the first of them is no longer named.
        var other = await OtherInstanceAsync();
        await other.Catalog.UpdateAsync(Cited, r => r with { Title = "Quyết định về rừng phòng hộ Bản Mạ" }, CancellationToken.None);
        await other.Feed.FlushAsync(CancellationToken.None);
        await other.Catalog.UpdateAsync(Citing, r => r with { Title = "Quyết định về rừng phòng hộ Pác Ngòa" }, CancellationToken.None);
        await other.Feed.FlushAsync(CancellationToken.None);
        Assert.True(await other.Feed.TrimAsync(DateTimeOffset.MinValue, keep: 1, CancellationToken.None) > 0);

        var started = Open();
        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        Assert.Equal("Quyết định về rừng phòng hộ Bản Mạ", started.Catalog.Find(Cited)!.Title);
        Assert.Equal("Quyết định về rừng phòng hộ Pác Ngòa", started.Catalog.Find(Citing)!.Title);
    }

    [Fact]
    public async Task A_snapshot_taken_over_another_store_brings_nothing_that_store_lacks()
    {
        await ArchiveTwoAndSnapshotAsync(Open());
        var elsewhere = new LocalFolderObjectStore(Path.Combine(folder, "other-store"));
        await Open("c", elsewhere).Catalog.CreateAsync(Record(Third, "7/2025/QĐ-UBND"), CancellationToken.None);
        // The same index folder ("a"), now pointed at the other store.
        var started = Open("a", elsewhere);

        Assert.True(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        Assert.Equal([Third], started.Catalog.All.Select(r => r.Id));
        Assert.Empty(started.Citations.Unresolved());
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
    public async Task An_unreadable_snapshot_is_set_aside(string damage)
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
                ? "{\"format\":2,\"records\":[{\"record\":"
                : "{\"format\":1,\"position\":1,\"records\":[],\"citations\":{}}"));
        }

        var started = Open();
        Assert.False(await started.Snapshot.TryRestoreAsync(CancellationToken.None));
        Assert.Equal(0, started.Catalog.Count);
    }
}
