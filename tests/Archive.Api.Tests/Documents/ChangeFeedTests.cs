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
        Assert.Equal(40, await reader.FindEndAsync(CancellationToken.None));
        var entries = new List<ChangeFeed.ChangeEntry>();
        for (var sequence = 1; sequence <= 40; sequence++) entries.Add((await reader.ReadAsync(sequence, CancellationToken.None))!);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"cccc{i:D16}").Order(), entries.Select(e => e.DocumentId).Order());
        Assert.Equal(20, entries.Count(e => e.Instance == feedA.Instance));
        Assert.Null(await reader.ReadAsync(41, CancellationToken.None));
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
}
