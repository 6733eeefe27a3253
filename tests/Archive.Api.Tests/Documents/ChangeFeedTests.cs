using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Api.Tests.Documents;

/// <summary>
/// The change feed in the store: two instances writing at once get every record written announced exactly once, under
/// numbers without gaps, and the end of the feed is found without listing it.
/// </summary>
public sealed class ChangeFeedTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-feed-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static DocumentRecord Record(string id) => new()
    {
        Id = id, Sha256 = id, FileName = id + ".txt", ContentType = "text/plain", Size = 0,
        Title = "Biên bản họp thôn Khòn Pổng bàn việc làm đường", CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task Two_instances_writing_at_once_announce_every_record_once_under_dense_numbers()
    {
        var store = new LocalFolderObjectStore(folder);
        var (catalogA, catalogB) = (new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance), new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance));
        var (feedA, feedB) = (new ChangeFeed(store, catalogA), new ChangeFeed(store, catalogB));

        var writes = Enumerable.Range(0, 40).Select(async i =>
        {
            var (catalog, feed) = i % 2 == 0 ? (catalogA, feedA) : (catalogB, feedB);
            await catalog.CreateAsync(Record($"cccc{i:D16}"), CancellationToken.None);
            await feed.FlushAsync(CancellationToken.None);
        });
        await Task.WhenAll(writes);
        await feedA.FlushAsync(CancellationToken.None);
        await feedB.FlushAsync(CancellationToken.None);

        var reader = new ChangeFeed(store, new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance));
        var end = await reader.FindEndAsync(CancellationToken.None);
        var entries = new List<ChangeFeed.ChangeEntry>();
        for (var sequence = 1; sequence <= end; sequence++) entries.Add((await reader.ReadAsync(sequence, CancellationToken.None))!);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"cccc{i:D16}").Order(), entries.SelectMany(e => e.Documents).Order());
        Assert.Equal(20, entries.Where(e => e.Instance == feedA.Instance).Sum(e => e.Documents.Count));
        Assert.Null(await reader.ReadAsync(end + 1, CancellationToken.None));
    }

    [Fact]
    public async Task An_instance_started_after_a_trim_writes_its_first_entry_after_the_end_not_into_a_removed_number()
    {
        var store = new LocalFolderObjectStore(folder);
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var feed = new ChangeFeed(store, catalog);
        for (var i = 1; i <= 5; i++)
        {
            await catalog.CreateAsync(Record($"abab{i:D16}"), CancellationToken.None);
            await feed.FlushAsync(CancellationToken.None);
        }
        Assert.Equal(4, await feed.TrimAsync(DateTimeOffset.MaxValue, 1, CancellationToken.None));

        var restartedCatalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var restarted = new ChangeFeed(store, restartedCatalog);
        await restartedCatalog.CreateAsync(Record("abab0000000000000006"), CancellationToken.None);
        await restarted.FlushAsync(CancellationToken.None);

        Assert.Null(await restarted.ReadAsync(1, CancellationToken.None));
        Assert.Equal(6, await restarted.FindEndAsync(CancellationToken.None));
        Assert.Equal(["abab0000000000000006"], (await restarted.ReadAsync(6, CancellationToken.None))!.Documents);
    }

    [Fact]
    public async Task Records_written_between_two_turns_are_announced_in_one_entry_each_document_once()
    {
        var store = new LocalFolderObjectStore(folder);
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var feed = new ChangeFeed(store, catalog);
        await catalog.CreateAsync(Record("eeee0000000000000001"), CancellationToken.None);
        await catalog.CreateAsync(Record("eeee0000000000000002"), CancellationToken.None);
        await catalog.UpdateAsync("eeee0000000000000001", r => r with { Title = "Biên bản họp thôn Bản Chắt" }, CancellationToken.None);
        await catalog.UpdateAsync("eeee0000000000000001", r => r with { Kind = "Biên bản" }, CancellationToken.None);

        await feed.FlushAsync(CancellationToken.None);

        Assert.Equal(1, await feed.FindEndAsync(CancellationToken.None));
        var entry = await feed.ReadAsync(1, CancellationToken.None);
        Assert.Equal(["eeee0000000000000001", "eeee0000000000000002"], entry!.Documents);
        Assert.False(feed.HasWaiting);
    }

    [Fact]
    public async Task A_destroyed_document_is_announced_in_the_feed_and_gone_from_the_store_and_memory()
    {
        var store = new LocalFolderObjectStore(folder);
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var feed = new ChangeFeed(store, catalog);
        await catalog.CreateAsync(Record("ffff0000000000000001"), CancellationToken.None);
        await feed.FlushAsync(CancellationToken.None);

        await catalog.RemoveAsync("ffff0000000000000001", ct => store.DestroyAsync("documents/ffff0000000000000001/", ct), CancellationToken.None);
        await feed.FlushAsync(CancellationToken.None);

        Assert.Null(catalog.Find("ffff0000000000000001"));
        Assert.Equal(2, await feed.FindEndAsync(CancellationToken.None));
        Assert.Equal(["ffff0000000000000001"], (await feed.ReadAsync(2, CancellationToken.None))!.Documents);
        Assert.Null(await new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance).ReloadAsync("ffff0000000000000001", CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_feed_ends_at_zero_and_a_record_read_again_is_not_announced()
    {
        var store = new LocalFolderObjectStore(folder);
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var feed = new ChangeFeed(store, catalog);
        Assert.Equal(0, await feed.FindEndAsync(CancellationToken.None));

        await new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance).CreateAsync(Record("dddd0000000000000001"), CancellationToken.None);
        await catalog.ReloadAsync("dddd0000000000000001", CancellationToken.None);
        await feed.FlushAsync(CancellationToken.None);

        Assert.False(feed.HasWaiting);
        Assert.Equal(0, await feed.FindEndAsync(CancellationToken.None));
    }

    /// <summary>Five entries, one record written per entry.</summary>
    private static async Task<(DocumentCatalog Catalog, ChangeFeed Feed)> FiveEntriesAsync(IObjectStore store)
    {
        var catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var feed = new ChangeFeed(store, catalog);
        for (var i = 1; i <= 5; i++)
        {
            await catalog.CreateAsync(Record($"abab{i:D16}"), CancellationToken.None);
            await feed.FlushAsync(CancellationToken.None);
        }
        return (catalog, feed);
    }

    [Fact]
    public async Task Trimming_by_count_keeps_the_newest_entries_and_the_numbers_go_on_after_them()
    {
        var store = new LocalFolderObjectStore(folder);
        var (_, feed) = await FiveEntriesAsync(store);

        Assert.Equal(3, await feed.TrimAsync(DateTimeOffset.MinValue, keep: 2, CancellationToken.None));

        Assert.Equal(4, await feed.FirstKeptAsync(CancellationToken.None));
        Assert.Null(await feed.ReadAsync(3, CancellationToken.None));
        Assert.Equal(["abab0000000000000004"], (await feed.ReadAsync(4, CancellationToken.None))!.Documents);
        // A new process finds the end without the removed entries, and writes after it.
        var later = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var laterFeed = new ChangeFeed(store, later);
        Assert.Equal(5, await laterFeed.FindEndAsync(CancellationToken.None));
        await later.CreateAsync(Record("abab0000000000000006"), CancellationToken.None);
        await laterFeed.FlushAsync(CancellationToken.None);
        Assert.Equal(["abab0000000000000006"], (await feed.ReadAsync(6, CancellationToken.None))!.Documents);
        Assert.Equal(0, await feed.TrimAsync(DateTimeOffset.MinValue, keep: 10, CancellationToken.None));
    }

    [Fact]
    public async Task Trimming_by_age_removes_the_entries_written_before_the_limit_and_always_keeps_the_newest()
    {
        var store = new LocalFolderObjectStore(folder);
        var (_, feed) = await FiveEntriesAsync(store);
        var third = (await feed.ReadAsync(3, CancellationToken.None))!.At;

        Assert.Equal(2, await feed.TrimAsync(third, keep: 100, CancellationToken.None));
        Assert.Equal(3, await feed.FirstKeptAsync(CancellationToken.None));

        Assert.Equal(2, await feed.TrimAsync(DateTimeOffset.UtcNow.AddDays(1), keep: 100, CancellationToken.None));
        Assert.Equal(5, await feed.FirstKeptAsync(CancellationToken.None));
        Assert.Equal(5, await feed.FindEndAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_trim_interrupted_after_moving_the_start_is_finished_by_the_next_trim()
    {
        var store = new LocalFolderObjectStore(folder);
        var (_, feed) = await FiveEntriesAsync(store);
        // What a trim leaves when it dies after moving the oldest kept number and before removing the entries below it.
        await store.PutAsync(StoreLayout.ChangeFeedStart, new MemoryStream("{\"first\":4,\"cleared\":1}"u8.ToArray()), "application/json");

        Assert.Equal(3, await feed.TrimAsync(DateTimeOffset.MinValue, keep: 10, CancellationToken.None));

        for (var sequence = 1; sequence <= 3; sequence++) Assert.Null(await feed.ReadAsync(sequence, CancellationToken.None));
        Assert.Equal(4, await feed.FirstKeptAsync(CancellationToken.None));
        Assert.Equal(0, await feed.TrimAsync(DateTimeOffset.MinValue, keep: 10, CancellationToken.None));
        Assert.True(await feed.CoversAsync(3, CancellationToken.None));
        Assert.False(await feed.CoversAsync(2, CancellationToken.None));
    }
}
