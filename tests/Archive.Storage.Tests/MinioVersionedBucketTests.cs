using System.Text;

namespace Archive.Storage.Tests;

/// <summary>
/// Conditional puts on a bucket with object lock, which S3 makes versioned. Ceph RGW 16.2 (the test server) refuses
/// every If-Match there, even a true one; the store must still replace the version it was given and refuse a stale one.
/// </summary>
public sealed class MinioVersionedBucketTests : IDisposable
{
    private const string Key = "documents/0123456789abcdef0123/meta.json";
    private readonly MinioObjectStore store = new(LockedBucket());

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_put_if_with_the_current_version_replaces_it_and_a_stale_version_is_refused()
    {
        var v1 = await store.PutIfAsync(Key, Utf8("{\"trạng thái\": \"chờ\"}"), "application/json", null);
        var v2 = await store.PutIfAsync(Key, Utf8("{\"trạng thái\": \"xong\"}"), "application/json", v1);
        var stale = await store.PutIfAsync(Key, Utf8("{\"trạng thái\": \"lỗi\"}"), "application/json", v1);

        Assert.NotNull(v1);
        Assert.NotNull(v2);
        Assert.Null(stale);
        var now = await store.ReadVersionedAsync(Key);
        Assert.Equal("{\"trạng thái\": \"xong\"}", Encoding.UTF8.GetString(now!.Content));
        Assert.Equal(v2, now.Version);
    }

    [Fact]
    public async Task A_put_if_absent_on_a_key_that_exists_is_refused_and_the_first_content_kept()
    {
        var first = await store.PutIfAsync(Key, Utf8("{\"người dùng\": \"lan\"}"), "application/json", null);
        var second = await store.PutIfAsync(Key, Utf8("{\"người dùng\": \"minh\"}"), "application/json", null);

        Assert.NotNull(first);
        Assert.Null(second);
        var now = await store.ReadVersionedAsync(Key);
        Assert.Equal("{\"người dùng\": \"lan\"}", Encoding.UTF8.GetString(now!.Content));
        Assert.Equal(first, now.Version);
    }

    [Fact]
    public async Task Concurrent_read_change_writes_in_one_process_lose_no_update()
    {
        await store.PutIfAsync(Key, Utf8("0"), "application/json", null);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                while (true)
                {
                    var current = await store.ReadVersionedAsync(Key);
                    var next = int.Parse(Encoding.UTF8.GetString(current!.Content).Split(' ')[0]) + 1;
                    if (await store.PutIfAsync(Key, Utf8($"{next} {writer}"), "application/json", current.Version) is not null) break;
                }
            }
        })));

        var final = await store.ReadVersionedAsync(Key);
        Assert.StartsWith("20 ", Encoding.UTF8.GetString(final!.Content));
    }

    private static MinioOptions LockedBucket()
    {
        var options = S3TestServer.Options(S3TestServer.UniqueBucketName("archive-versioned"));
        options.ObjectLock = true;
        return options;
    }

    private static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
