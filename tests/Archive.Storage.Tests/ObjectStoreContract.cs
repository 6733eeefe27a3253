using System.Security.Cryptography;
using System.Text;

namespace Archive.Storage.Tests;

/// <summary>
/// What every <see cref="IObjectStore"/> must do, run against each implementation by a thin subclass
/// that supplies a fresh, empty store per test and cleans it up afterwards.
/// </summary>
public abstract class ObjectStoreContract : IAsyncLifetime
{
    protected const string PlanKey = "văn bản/kế hoạch 32.pdf";

    protected abstract IObjectStore Store { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    [InlineData(20 * 1024 * 1024)]
    public async Task Bytes_put_are_read_back_unchanged(int size)
    {
        var bytes = RandomBytes(size);

        await Store.PutAsync(PlanKey, new MemoryStream(bytes), "application/pdf");

        Assert.Equal(bytes, await ReadAllAsync(PlanKey));
        Assert.Equal(size, (await Store.StatAsync(PlanKey))!.Size);
    }

    [Fact]
    public async Task A_stream_of_unknown_length_is_stored_whole()
    {
        var bytes = RandomBytes(6 * 1024 * 1024 + 17);

        await Store.PutAsync(PlanKey, new ForwardOnlyStream(bytes), "application/pdf");

        Assert.Equal(bytes, await ReadAllAsync(PlanKey));
    }

    [Fact]
    public async Task The_content_type_given_at_put_is_kept()
    {
        const string docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        await PutTextAsync("biên bản/họp giao ban tháng 3.docx", "Biên bản họp giao ban", docx);

        Assert.Equal(docx, (await Store.StatAsync("biên bản/họp giao ban tháng 3.docx"))!.ContentType);
    }

    [Fact]
    public async Task A_Vietnamese_key_is_stored_read_and_listed_as_written()
    {
        await PutTextAsync(PlanKey, "Kế hoạch thực hiện dân chủ ở cơ sở năm 2025");

        Assert.Equal("Kế hoạch thực hiện dân chủ ở cơ sở năm 2025", await ReadTextAsync(PlanKey));
        Assert.Equal([PlanKey], await ListAllAsync("văn bản/"));
    }

    [Fact]
    public async Task A_key_typed_in_NFD_finds_the_object_stored_under_NFC()
    {
        var decomposed = PlanKey.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(PlanKey, decomposed);
        await PutTextAsync(PlanKey, "Kế hoạch số 32/KH-UBND");

        Assert.Equal("Kế hoạch số 32/KH-UBND", await ReadTextAsync(decomposed));
        Assert.Equal(PlanKey, (await Store.StatAsync(decomposed))!.Key);
        await Store.DeleteAsync(decomposed);
        Assert.Null(await Store.StatAsync(PlanKey));
    }

    [Fact]
    public async Task An_object_put_under_an_NFD_key_is_listed_under_its_NFC_key()
    {
        await PutTextAsync(PlanKey.Normalize(NormalizationForm.FormD), "Kế hoạch số 32/KH-UBND");

        Assert.Equal([PlanKey], await ListAllAsync(""));
        Assert.Equal([PlanKey], await ListAllAsync("văn bản/kế".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public async Task Putting_to_an_existing_key_replaces_bytes_and_content_type()
    {
        await PutTextAsync(PlanKey, "Dự thảo kế hoạch, bản dài hơn bản chính thức", "text/plain");

        await PutTextAsync(PlanKey, "Kế hoạch chính thức", "application/pdf");

        Assert.Equal("Kế hoạch chính thức", await ReadTextAsync(PlanKey));
        var stat = await Store.StatAsync(PlanKey);
        Assert.Equal("application/pdf", stat!.ContentType);
        Assert.Equal(Encoding.UTF8.GetByteCount("Kế hoạch chính thức"), stat.Size);
        Assert.Equal([PlanKey], await ListAllAsync(""));
    }

    [Fact]
    public async Task A_missing_object_opens_as_null_and_has_no_stat()
    {
        await PutTextAsync("văn bản/khác.pdf", "Một văn bản khác");

        Assert.Null(await Store.OpenReadAsync(PlanKey));
        Assert.Null(await Store.StatAsync(PlanKey));
        Assert.Null(await Store.OpenReadAsync("văn bản"));
        Assert.Null(await Store.StatAsync("văn bản"));
    }

    [Fact]
    public async Task Stat_reports_key_size_content_type_and_a_recent_modification_time()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-2);
        await PutTextAsync(PlanKey, "Kế hoạch 32/KH-UBND ngày 20/02/2025", "application/pdf");

        var stat = await Store.StatAsync(PlanKey);

        Assert.NotNull(stat);
        Assert.Equal(PlanKey, stat.Key);
        Assert.Equal(Encoding.UTF8.GetByteCount("Kế hoạch 32/KH-UBND ngày 20/02/2025"), stat.Size);
        Assert.Equal("application/pdf", stat.ContentType);
        // Generous bounds: the S3 server's clock and whole-second timestamps are not ours.
        Assert.InRange(stat.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(2));
    }

    [Fact]
    public async Task Listing_a_prefix_returns_every_key_below_it_recursively_in_ordinal_order()
    {
        string[] keys =
        [
            "văn bản/kế hoạch 32.pdf",
            "văn bản/2025/quyết định 851.pdf",
            "văn bản/2024/nghị quyết 08.pdf",
            "văn bản/2024/phụ lục/biểu mẫu.xlsx",
            "văn bản/.ghi chú của văn thư.txt",
            "văn bản-cũ/tờ trình 12.docx",
            "văn bản lưu/công văn 123.pdf",
            "biên bản/họp thôn Bản Chắt.docx",
        ];
        foreach (var key in keys)
            await PutTextAsync(key, key);

        Assert.Equal(
            ["văn bản/.ghi chú của văn thư.txt", "văn bản/2024/nghị quyết 08.pdf",
             "văn bản/2024/phụ lục/biểu mẫu.xlsx", "văn bản/2025/quyết định 851.pdf", "văn bản/kế hoạch 32.pdf"],
            await ListAllAsync("văn bản/"));
        // Without the slash the prefix is a plain string prefix: ' ' < '-' < '/' in ordinal order.
        Assert.Equal(
            ["văn bản lưu/công văn 123.pdf", "văn bản-cũ/tờ trình 12.docx", "văn bản/.ghi chú của văn thư.txt",
             "văn bản/2024/nghị quyết 08.pdf",
             "văn bản/2024/phụ lục/biểu mẫu.xlsx", "văn bản/2025/quyết định 851.pdf", "văn bản/kế hoạch 32.pdf"],
            await ListAllAsync("văn bản"));
        Assert.Equal(["văn bản/2024/phụ lục/biểu mẫu.xlsx"], await ListAllAsync("văn bản/2024/ph"));
    }

    [Fact]
    public async Task Listing_an_empty_prefix_returns_every_key_and_an_unused_prefix_returns_none()
    {
        await PutTextAsync("biên bản/họp thôn.docx", "Biên bản");
        await PutTextAsync(PlanKey, "Kế hoạch");

        Assert.Equal(["biên bản/họp thôn.docx", PlanKey], await ListAllAsync(""));
        Assert.Empty(await ListAllAsync("hương ước/"));
        Assert.Empty(await ListAllAsync("biên bản/họp xã"));
    }

    [Fact]
    public async Task Deleting_removes_the_object_from_reads_stats_and_listings()
    {
        await PutTextAsync(PlanKey, "Kế hoạch");
        await PutTextAsync("văn bản/quyết định 851.pdf", "Quyết định");

        await Store.DeleteAsync(PlanKey);

        Assert.Null(await Store.OpenReadAsync(PlanKey));
        Assert.Null(await Store.StatAsync(PlanKey));
        Assert.Equal(["văn bản/quyết định 851.pdf"], await ListAllAsync(""));
    }

    [Fact]
    public async Task Deleting_a_missing_object_is_not_an_error()
    {
        await Store.DeleteAsync(PlanKey);
        await Store.DeleteAsync("thư mục chưa có/văn bản.pdf");

        Assert.Empty(await ListAllAsync(""));
    }

    [Fact]
    public async Task Deleting_the_last_object_below_a_folder_frees_the_folder_name_for_an_object()
    {
        await PutTextAsync("hương ước/thôn Bản Chắt/2019.pdf", "Hương ước 2019");
        await Store.DeleteAsync("hương ước/thôn Bản Chắt/2019.pdf");

        await PutTextAsync("hương ước/thôn Bản Chắt", "Hương ước thôn Bản Chắt");

        Assert.Equal("Hương ước thôn Bản Chắt", await ReadTextAsync("hương ước/thôn Bản Chắt"));
        Assert.Equal(["hương ước/thôn Bản Chắt"], await ListAllAsync(""));
    }

    [Fact]
    public async Task Destroying_a_folder_removes_every_object_below_it_and_nothing_beside_it()
    {
        await PutTextAsync("hồ sơ/05.VP/biên bản.txt", "Biên bản họp thôn");
        await PutTextAsync("hồ sơ/05.VP/trang/1.png", "ảnh trang 1");
        await PutTextAsync("hồ sơ/05.VP/biên bản.txt", "Biên bản họp thôn, bản sửa");
        await PutTextAsync("hồ sơ/05.VPX/giữ lại.txt", "Hồ sơ khác, cùng phần đầu tên");

        var removed = await Store.DestroyAsync("hồ sơ/05.VP/");

        Assert.True(removed >= 2, $"removed {removed}");
        Assert.Null(await Store.OpenReadAsync("hồ sơ/05.VP/biên bản.txt"));
        Assert.Equal(["hồ sơ/05.VPX/giữ lại.txt"], await ListAllAsync(""));
        Assert.Equal(0, await Store.DestroyAsync("hồ sơ/05.VP/"));
    }

    [Fact]
    public async Task Destroying_everything_at_once_is_refused()
    {
        await PutTextAsync(PlanKey, "Kế hoạch");

        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.DestroyAsync(""));
        Assert.Equal(["văn bản/kế hoạch 32.pdf"], await ListAllAsync(""));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("văn bản/../../x")]
    [InlineData("/abs")]
    [InlineData("a/../b")]
    [InlineData("a\\b")]
    [InlineData("..\\x")]
    [InlineData("a\0b")]
    [InlineData("")]
    [InlineData("a//b")]
    [InlineData("văn bản/")]
    [InlineData("./a")]
    [InlineData("C:/Windows/x")]
    public async Task A_bad_key_is_refused_and_nothing_is_written(string key)
    {
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => PutTextAsync(key, "không được ghi"));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.StatAsync(key));
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.DeleteAsync(key));

        Assert.Empty(await ListAllAsync(""));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("/văn bản")]
    [InlineData("văn bản//")]
    [InlineData("a\\")]
    public async Task A_bad_listing_prefix_is_refused(string prefix)
    {
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => ListAllAsync(prefix));
    }

    [Fact]
    public async Task Concurrent_puts_to_one_key_leave_one_whole_object()
    {
        var versions = Enumerable.Range(1, 6).Select(i => (Bytes: RandomBytes(512 * 1024 + i), Type: $"application/x-version-{i}")).ToList();

        await Task.WhenAll(versions.Select(v => Task.Run(() => Store.PutAsync(PlanKey, new MemoryStream(v.Bytes), v.Type))));

        var stored = await ReadAllAsync(PlanKey);
        var winner = Assert.Single(versions, v => v.Bytes.AsSpan().SequenceEqual(stored));
        Assert.Equal(winner.Type, (await Store.StatAsync(PlanKey))!.ContentType);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task A_create_only_put_writes_once_and_refuses_the_second_writer()
    {
        const string key = "audit/000000000001.json";

        var first = await Store.PutIfAsync(key, Utf8("{\"người dùng\": \"lan\"}"), "application/json", expectedVersion: null);
        var second = await Store.PutIfAsync(key, Utf8("{\"người dùng\": \"minh\"}"), "application/json", expectedVersion: null);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal("{\"người dùng\": \"lan\"}", await ReadTextAsync(key));
    }

    [Fact]
    public async Task A_versioned_read_gives_the_bytes_and_the_version_a_conditional_put_needs()
    {
        var written = await Store.PutIfAsync(PlanKey, Utf8("Kế hoạch bản 1"), "text/plain", null);

        var read = await Store.ReadVersionedAsync(PlanKey);

        Assert.Equal("Kế hoạch bản 1", Encoding.UTF8.GetString(read!.Content));
        Assert.Equal(written, read.Version);
        Assert.Null(await Store.ReadVersionedAsync("văn bản/không có.pdf"));
    }

    [Fact]
    public async Task A_listing_with_versions_gives_each_accepted_key_the_version_a_read_gives()
    {
        var first = await Store.PutIfAsync("hồ sơ/2025/a/meta.json", Utf8("{\"so\":\"12/QĐ-UBND\"}"), "application/json", null);
        await Store.PutIfAsync("hồ sơ/2025/b/meta.json", Utf8("{\"so\":\"13/QĐ-UBND\"}"), "application/json", null);
        await PutTextAsync("hồ sơ/2025/a/text.txt", "Điều 1. Phê duyệt");
        await Store.PutIfAsync("hồ sơ/2025/b/meta.json", Utf8("{\"so\":\"14/QĐ-UBND\"}"), "application/json",
            (await Store.ReadVersionedAsync("hồ sơ/2025/b/meta.json"))!.Version);

        var listed = await Store.ListVersionsAsync("hồ sơ/", key => key.EndsWith("/meta.json", StringComparison.Ordinal));

        Assert.Equal(["hồ sơ/2025/a/meta.json", "hồ sơ/2025/b/meta.json"], listed.Select(k => k.Key));
        Assert.Equal(first, listed[0].Version);
        Assert.Equal((await Store.ReadVersionedAsync("hồ sơ/2025/b/meta.json"))!.Version, listed[1].Version);
        Assert.Empty(await Store.ListVersionsAsync("không có/", _ => true));
    }

    [Fact]
    public async Task A_put_if_the_version_matches_replaces_and_a_stale_version_is_refused()
    {
        var v1 = await Store.PutIfAsync(PlanKey, Utf8("bản 1"), "text/plain", null);
        var v2 = await Store.PutIfAsync(PlanKey, Utf8("bản 2"), "text/plain", v1);

        var stale = await Store.PutIfAsync(PlanKey, Utf8("bản 2 sửa từ bản 1"), "text/plain", v1);

        Assert.NotNull(v2);
        Assert.NotEqual(v1, v2);
        Assert.Null(stale);
        Assert.Equal("bản 2", await ReadTextAsync(PlanKey));
        Assert.Equal("text/plain", (await Store.StatAsync(PlanKey))!.ContentType);
    }

    [Fact]
    public async Task A_put_if_on_a_missing_object_with_a_version_is_refused()
    {
        Assert.Null(await Store.PutIfAsync(PlanKey, Utf8("bản 1"), "text/plain", "0123456789abcdef0123456789abcdef"));
        Assert.Null(await Store.StatAsync(PlanKey));
    }

    [Fact]
    public async Task Concurrent_read_change_writes_lose_no_update()
    {
        const string key = "documents/0123456789abcdef0123/meta.json";
        await Store.PutIfAsync(key, Utf8("0"), "application/json", null);

        // 4 writers each add 1 ten times, re-reading whenever the store refuses a stale version. Each write names its
        // writer, as records differ in what was changed: equal bytes are one and the same version to a store.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                while (true)
                {
                    var current = await Store.ReadVersionedAsync(key);
                    var next = int.Parse(Encoding.UTF8.GetString(current!.Content).Split(' ')[0]) + 1;
                    if (await Store.PutIfAsync(key, Utf8($"{next} {writer}"), "application/json", current.Version) is not null) break;
                }
            }
        })));

        Assert.StartsWith("40 ", await ReadTextAsync(key));
    }

    protected async Task PutTextAsync(string key, string text, string contentType = "text/plain; charset=utf-8") =>
        await Store.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes(text)), contentType);

    protected async Task<string?> ReadTextAsync(string key)
    {
        var bytes = await ReadAllAsync(key);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    protected async Task<byte[]?> ReadAllAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(key);
        if (stream is null)
            return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    protected async Task<List<string>> ListAllAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var key in Store.ListAsync(prefix))
            keys.Add(key);
        return keys;
    }

    protected static byte[] RandomBytes(int size)
    {
        var bytes = new byte[size];
        RandomNumberGenerator.Fill(bytes);
        return bytes;
    }
}
