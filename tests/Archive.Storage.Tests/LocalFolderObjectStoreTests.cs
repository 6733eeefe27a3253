using System.Text;

namespace Archive.Storage.Tests;

public sealed class LocalFolderObjectStoreTests : ObjectStoreContract
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "archive-store-tests", Guid.NewGuid().ToString("N"));
    private readonly LocalFolderObjectStore store;

    public LocalFolderObjectStoreTests() => store = new LocalFolderObjectStore(root);

    protected override IObjectStore Store => store;

    public override Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Objects_are_plain_files_at_their_key_path_under_the_objects_folder()
    {
        await PutTextAsync(PlanKey, "Kế hoạch 32/KH-UBND");

        var file = Path.Combine(root, "objects", "văn bản", "kế hoạch 32.pdf");
        Assert.Equal("Kế hoạch 32/KH-UBND", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Sidecars_and_temporary_files_are_never_listed()
    {
        await PutTextAsync(PlanKey, "Kế hoạch", "application/pdf");
        await PutTextAsync("biên bản/họp.docx", "Biên bản");
        await File.WriteAllTextAsync(Path.Combine(root, "tmp", "leftover-of-a-crash"), "một phần");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(root, "meta"), "*", SearchOption.AllDirectories));

        Assert.Equal(["biên bản/họp.docx", PlanKey], await ListAllAsync(""));
    }

    [Fact]
    public async Task A_put_whose_stream_fails_halfway_leaves_the_old_object_intact()
    {
        var original = RandomBytes(300_000);
        await Store.PutAsync(PlanKey, new MemoryStream(original), "application/pdf");

        var replacement = new ForwardOnlyStream(RandomBytes(2_000_000), failAfterBytes: 1_000_000);
        await Assert.ThrowsAsync<IOException>(() => Store.PutAsync(PlanKey, replacement, "text/plain"));

        Assert.Equal(original, await ReadAllAsync(PlanKey));
        var stat = await Store.StatAsync(PlanKey);
        Assert.Equal(("application/pdf", 300_000L), (stat!.ContentType, stat.Size));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "tmp")));
    }

    [Fact]
    public async Task A_failed_first_put_leaves_no_object_behind()
    {
        var upload = new ForwardOnlyStream(RandomBytes(100_000), failAfterBytes: 50_000);

        await Assert.ThrowsAsync<IOException>(() => Store.PutAsync(PlanKey, upload, "application/pdf"));

        Assert.Null(await Store.StatAsync(PlanKey));
        Assert.Empty(await ListAllAsync(""));
    }

    [Fact]
    public async Task Opening_the_store_removes_stale_temporary_files_but_keeps_young_ones()
    {
        var stale = Path.Combine(root, "tmp", "stale");
        var young = Path.Combine(root, "tmp", "young");
        await File.WriteAllTextAsync(stale, "bỏ dở hôm kia");
        await File.WriteAllTextAsync(young, "đang ghi");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-2));

        _ = new LocalFolderObjectStore(root);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(young));
    }

    [Fact]
    public async Task A_reader_keeps_the_bytes_it_opened_while_the_object_is_replaced()
    {
        await PutTextAsync(PlanKey, "Bản cũ");
        await using var reader = await Store.OpenReadAsync(PlanKey);

        await PutTextAsync(PlanKey, "Bản mới");

        using var text = new StreamReader(reader!, Encoding.UTF8);
        Assert.Equal("Bản cũ", await text.ReadToEndAsync());
        Assert.Equal("Bản mới", await ReadTextAsync(PlanKey));
    }

    [Fact]
    public async Task A_record_rewritten_with_the_same_content_type_keeps_its_sidecar_file_and_another_type_replaces_it()
    {
        const string key = "documents/abc/meta.json";
        await Store.PutIfAsync(key, Encoding.UTF8.GetBytes("{\"v\":1}"), "application/json", null);
        var sidecar = Path.Combine(root, "meta", "documents", "abc", "meta.json");
        var marked = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(sidecar, marked);

        var version = await Store.PutIfAsync(key, Encoding.UTF8.GetBytes("{\"v\":2}"), "application/json", (await Store.ReadVersionedAsync(key))!.Version);
        await PutTextAsync(key, "{\"v\":3}", "application/json");

        Assert.NotNull(version);
        Assert.Equal(marked, File.GetLastWriteTimeUtc(sidecar));
        Assert.Equal("{\"v\":3}", await ReadTextAsync(key));
        Assert.Equal("application/json", (await Store.StatAsync(key))!.ContentType);
        await PutTextAsync(key, "{\"v\":4}", "text/plain");
        Assert.Equal("text/plain", (await Store.StatAsync(key))!.ContentType);
        Assert.NotEqual(marked, File.GetLastWriteTimeUtc(sidecar));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "tmp")));
    }
}
