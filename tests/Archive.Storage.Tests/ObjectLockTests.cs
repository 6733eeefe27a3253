using System.Text;
using Minio;
using Minio.DataModel.Args;

namespace Archive.Storage.Tests;

/// <summary>
/// Locked originals (<see cref="IObjectLocks"/>): an ordinary call can neither delete nor overwrite them, destruction
/// still can. On the test Ceph server with a bucket created with object lock, and on the local folder (read-only files).
/// </summary>
public sealed class ObjectLockTests : IDisposable
{
    private const string Key = "documents/0123456789abcdef0123/original";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "archive-lock-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_locked_original_in_the_local_folder_is_read_only_refuses_overwrite_and_delete_and_is_still_destroyed()
    {
        var store = new LocalFolderObjectStore(folder);
        await store.PutAsync(Key, Utf8("Quyết định phê duyệt hương ước thôn Khuổi Khon"), "text/plain");
        Assert.True((await store.SupportAsync()).Supported);

        await store.LockAsync(Key, null);

        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(Path.Combine(folder, "objects", Key)));
        await Assert.ThrowsAsync<ObjectLockedException>(() => store.PutAsync(Key, Utf8("bản giả mạo"), "text/plain"));
        await Assert.ThrowsAsync<ObjectLockedException>(() => store.DeleteAsync(Key));
        await using (var kept = (await store.OpenReadAsync(Key))!)
            Assert.Equal("Quyết định phê duyệt hương ước thôn Khuổi Khon", await new StreamReader(kept).ReadToEndAsync());
        // Another key beside it is not locked.
        await store.PutAsync("documents/0123456789abcdef0123/text.txt", Utf8("chữ"), "text/plain");
        await store.DeleteAsync("documents/0123456789abcdef0123/text.txt");

        Assert.Equal(1, await store.DestroyAsync("documents/0123456789abcdef0123/"));
        Assert.Null(await store.StatAsync(Key));
    }

    [Fact]
    public async Task A_locked_original_on_an_object_lock_bucket_cannot_be_removed_or_replaced_by_an_ordinary_call_but_is_destroyed()
    {
        var options = S3TestServer.Options(S3TestServer.UniqueBucketName("archive-lock"));
        options.ObjectLock = true;
        using var store = new MinioObjectStore(options);
        await store.PutAsync(Key, Utf8("Hương ước thôn Nà Pàn, bản gốc"), "text/plain");
        var support = await store.SupportAsync();
        Assert.True(support.Supported, support.Description);

        await store.LockAsync(Key, DateTimeOffset.UtcNow.AddYears(5));

        using var owner = S3TestServer.OwnerClient(options);
        var version = (await VersionsAsync(owner, options.Bucket)).Single();
        var stat = await owner.StatObjectAsync(new StatObjectArgs().WithBucket(options.Bucket).WithObject(Key).WithVersionId(version));
        Assert.Equal("GOVERNANCE", stat.ObjectLockMode?.ToString());
        Assert.True(stat.ObjectLockRetainUntilDate > DateTime.UtcNow.AddYears(4), $"until {stat.ObjectLockRetainUntilDate:O}");
        await store.SetLegalHoldAsync(Key, true);
        Assert.True(await LegalHoldAsync(owner, options.Bucket, version));
        await store.SetLegalHoldAsync(Key, false);
        Assert.False(await LegalHoldAsync(owner, options.Bucket, version));
        // The bucket's owner, deleting that version without bypassing governance, is refused.
        await Assert.ThrowsAnyAsync<Exception>(() => owner.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(options.Bucket).WithObject(Key).WithVersionId(version)));
        // A put over it is a new version: the locked one stays, byte for byte.
        await store.PutAsync(Key, Utf8("bản giả mạo"), "text/plain");
        Assert.Equal("Hương ước thôn Nà Pàn, bản gốc", await ReadVersionAsync(owner, options.Bucket, version));


        Assert.True(await store.DestroyAsync("documents/0123456789abcdef0123/") >= 2);
        Assert.Empty(await VersionsAsync(owner, options.Bucket));
    }

    [Fact]
    public async Task A_bucket_created_without_object_lock_says_so_and_locking_there_changes_nothing()
    {
        using var store = new MinioObjectStore(S3TestServer.Options(S3TestServer.UniqueBucketName("archive-nolock")));
        await store.PutAsync(Key, Utf8("Biên bản họp thôn"), "text/plain");

        var support = await store.SupportAsync();
        await store.LockAsync(Key, null);

        Assert.False(support.Supported);
        Assert.Contains("no S3 Object Lock", support.Description);
        await store.DeleteAsync(Key);
        Assert.Null(await store.StatAsync(Key));
    }

    private static async Task<List<string>> VersionsAsync(IMinioClient client, string bucket) =>
        (await S3TestServer.VersionsAsync(client, bucket, Key)).Where(v => v.Key == Key && v.VersionId.Length > 0).Select(v => v.VersionId).Distinct().ToList();

    private static async Task<string> ReadVersionAsync(IMinioClient client, string bucket, string version)
    {
        using var copy = new MemoryStream();
        await client.GetObjectAsync(new GetObjectArgs().WithBucket(bucket).WithObject(Key).WithVersionId(version).WithCallbackStream(s => s.CopyTo(copy)));
        return Encoding.UTF8.GetString(copy.ToArray());
    }

    private static async Task<bool> LegalHoldAsync(IMinioClient client, string bucket, string version) =>
        (await client.StatObjectAsync(new StatObjectArgs().WithBucket(bucket).WithObject(Key).WithVersionId(version))).LegalHoldEnabled == true;
}
