using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Api.Tests.Publishing;

/// <summary>
/// The address book follows the catalog: an address is given once at publication and found again without
/// recomputing the archive's addresses, a corrected number leaves its old address pointing to the new one, and
/// documents published before addresses were kept still answer at the address their number gives.
/// </summary>
public sealed class PublicAddressBookTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-addresses-").FullName;
    private readonly LocalFolderObjectStore store;
    private readonly DocumentCatalog catalog;
    private readonly PublicAddressBook book;

    public PublicAddressBookTests()
    {
        store = new LocalFolderObjectStore(folder);
        catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        book = new PublicAddressBook(catalog);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<DocumentRecord> ArchiveAsync(string id, string number, int minute, string? address = null, DateTimeOffset? publishedAt = null)
    {
        var record = new DocumentRecord
        {
            Id = id, Sha256 = id, FileName = id + ".txt", ContentType = "text/plain", Size = 0, Title = "Thông báo lịch tiếp công dân",
            Number = number, TextStatus = TextStatuses.Ok, CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(minute),
            Visibility = publishedAt is null ? Visibilities.Internal : Visibilities.Published, PublishedAt = publishedAt, PublicAddress = address,
        };
        return (await catalog.CreateAsync(record, CancellationToken.None)).Record;
    }

    private Task<DocumentRecord?> PublishAsync(string id, int minute) =>
        catalog.UpdateAsync(id, r => r with
        {
            Visibility = Visibilities.Published,
            PublishedAt = r.PublishedAt ?? DateTimeOffset.UnixEpoch.AddHours(1).AddMinutes(minute),
            PublicAddress = r.PublicAddress ?? PublicAddresses.Choose(r, book),
        }, CancellationToken.None);

    [Fact]
    public async Task Two_documents_with_one_number_get_two_addresses_the_later_one_with_its_id()
    {
        await ArchiveAsync("bbbb00000000000000a1", "12/TB-UBND", 0);
        await ArchiveAsync("bbbb00000000000000b2", "12/TB-UBND", 1);

        await PublishAsync("bbbb00000000000000a1", 0);
        await PublishAsync("bbbb00000000000000b2", 1);

        Assert.Equal("12-tb-ubnd", book.AddressOf("bbbb00000000000000a1"));
        Assert.Equal("12-tb-ubnd-bbbb00000000000000b2", book.AddressOf("bbbb00000000000000b2"));
        Assert.Equal("bbbb00000000000000b2", book.Published("12-tb-ubnd-bbbb00000000000000b2")?.Id);
        Assert.Equal(["bbbb00000000000000b2", "bbbb00000000000000a1"], book.Published().Select(p => p.Record.Id));
    }

    [Fact]
    public async Task Two_published_documents_given_one_number_at_once_get_two_addresses()
    {
        await ArchiveAsync("bbbb00000000000000a1", "12/TB-UBND", 0);
        await ArchiveAsync("bbbb00000000000000b2", "14/TB-UBND", 1);
        var first = (await PublishAsync("bbbb00000000000000a1", 0))!;
        var second = (await PublishAsync("bbbb00000000000000b2", 1))!;

        // Both work out their address before either record is written, as two corrections (or a new version's number
        // and a correction) running at once do.
        var firstChanged = PublicAddresses.Follow(first, first with { Number = "15/TB-UBND" }, book);
        var secondChanged = PublicAddresses.Follow(second, second with { Number = "15/TB-UBND" }, book);
        await Task.WhenAll(
            catalog.UpdateAsync(first.Id, _ => firstChanged, CancellationToken.None),
            catalog.UpdateAsync(second.Id, _ => secondChanged, CancellationToken.None));

        Assert.Equal("15-tb-ubnd", book.AddressOf(first.Id));
        Assert.Equal("15-tb-ubnd-bbbb00000000000000b2", book.AddressOf(second.Id));
        Assert.Equal(first.Id, book.Published("15-tb-ubnd")?.Id);
    }

    [Fact]
    public async Task A_lookup_that_fails_to_follow_a_change_does_not_keep_the_book_from_following_it()
    {
        var followed = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var broken = 0;
        // Subscribed first, so a single invocation of the event's list would stop before the book.
        followed.Changed += (_, _) => throw new InvalidOperationException($"broken lookup, call {++broken}");
        var addresses = new PublicAddressBook(followed);
        var record = new DocumentRecord
        {
            Id = "bbbb00000000000000d4", Sha256 = "bbbb00000000000000d4", FileName = "d4.txt", ContentType = "text/plain", Size = 0,
            Title = "Thông báo lịch tiếp công dân", Number = "12/TB-UBND", TextStatus = TextStatuses.Ok, CreatedAt = DateTimeOffset.UnixEpoch,
            Visibility = Visibilities.Published, PublishedAt = DateTimeOffset.UnixEpoch, PublicAddress = "12-tb-ubnd",
        };
        await followed.CreateAsync(record, CancellationToken.None);
        Assert.Equal(record.Id, addresses.Published("12-tb-ubnd")?.Id);

        await followed.UpdateAsync(record.Id, r => PublicAddresses.Follow(r, r with { Number = "13/TB-UBND" }, addresses), CancellationToken.None);

        Assert.Equal(2, broken);
        Assert.Equal(record.Id, addresses.Published("13-tb-ubnd")?.Id);
        Assert.Equal("13-tb-ubnd", addresses.MovedTo("12-tb-ubnd"));
    }

    [Fact]
    public async Task A_corrected_number_gives_a_new_address_and_the_old_one_moves_to_it()
    {
        await ArchiveAsync("bbbb00000000000000a1", "12/TB-UBND", 0);
        var published = (await PublishAsync("bbbb00000000000000a1", 0))!;

        await catalog.UpdateAsync(published.Id, r => PublicAddresses.Follow(r, r with { Number = "13/TB-UBND" }, book), CancellationToken.None);

        Assert.Equal("13-tb-ubnd", book.AddressOf(published.Id));
        Assert.Null(book.Published("12-tb-ubnd"));
        Assert.Equal("13-tb-ubnd", book.MovedTo("12-tb-ubnd"));
        // The old address stays held: another document with the old number does not take it.
        await ArchiveAsync("bbbb00000000000000c3", "12/TB-UBND", 2);
        await PublishAsync("bbbb00000000000000c3", 2);
        Assert.Equal("12-tb-ubnd-bbbb00000000000000c3", book.AddressOf("bbbb00000000000000c3"));
    }

    [Fact]
    public async Task An_unpublished_document_leaves_the_site_and_keeps_its_address_for_later()
    {
        await ArchiveAsync("bbbb00000000000000a1", "12/TB-UBND", 0);
        await PublishAsync("bbbb00000000000000a1", 0);
        Assert.Single(book.Published());

        await catalog.UpdateAsync("bbbb00000000000000a1", r => r with { Visibility = Visibilities.Internal, PublishedAt = null }, CancellationToken.None);

        Assert.Empty(book.Published());
        Assert.Null(book.Published("12-tb-ubnd"));
        Assert.False(book.TryTake("12-tb-ubnd", "bbbb00000000000000b2"));
    }

    [Fact]
    public async Task Documents_published_before_addresses_were_kept_answer_at_their_number_the_first_published_first()
    {
        await ArchiveAsync("bbbb00000000000000b2", "12/TB-UBND", 1, publishedAt: DateTimeOffset.UnixEpoch.AddDays(2));
        await ArchiveAsync("bbbb00000000000000a1", "12/TB-UBND", 0, publishedAt: DateTimeOffset.UnixEpoch.AddDays(3));
        var restarted = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        await restarted.LoadAsync(CancellationToken.None);
        var loaded = new PublicAddressBook(restarted);

        Assert.Equal("12-tb-ubnd", loaded.AddressOf("bbbb00000000000000b2"));
        Assert.Equal("12-tb-ubnd-bbbb00000000000000a1", loaded.AddressOf("bbbb00000000000000a1"));
        Assert.Equal("bbbb00000000000000b2", loaded.Published("12-tb-ubnd")?.Id);
    }
}
