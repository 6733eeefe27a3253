using Minio;
using Minio.DataModel.Args;

namespace Archive.Storage.Tests;

/// <summary>
/// The contract against a real S3 server (scripts/s3-test-server.sh). Each test gets its own bucket,
/// created by the store on first use and removed afterwards.
/// </summary>
public sealed class MinioObjectStoreTests : ObjectStoreContract
{
    private readonly MinioOptions options = S3TestServer.Options(S3TestServer.UniqueBucketName("archive-store-tests"));
    private readonly MinioObjectStore store;

    public MinioObjectStoreTests() => store = new MinioObjectStore(options);

    protected override IObjectStore Store => store;

    public override async Task DisposeAsync()
    {
        await store.EnsureBucketAsync();
        await foreach (var key in store.ListAsync(""))
            await store.DeleteAsync(key);
        store.Dispose();

        using var client = S3TestServer.OwnerClient(options);
        await client.RemoveBucketAsync(new RemoveBucketArgs().WithBucket(options.Bucket));
    }

    [Fact]
    public async Task EnsureBucket_creates_the_bucket_once_and_is_harmless_when_repeated()
    {
        await store.EnsureBucketAsync();
        await store.EnsureBucketAsync();

        using var other = new MinioObjectStore(options);
        await other.EnsureBucketAsync();
        await PutTextAsync(PlanKey, "Kế hoạch");
        Assert.NotNull(await other.StatAsync(PlanKey));
    }

    [Fact]
    public async Task Destroying_in_a_versioned_bucket_removes_every_version_not_only_the_current_one()
    {
        var versioned = new MinioOptions
        {
            Endpoint = options.Endpoint, AccessKey = options.AccessKey, SecretKey = options.SecretKey, UseSsl = options.UseSsl,
            Bucket = S3TestServer.UniqueBucketName("archive-versions"), ObjectLock = true,
        };
        using var store = new MinioObjectStore(versioned);
        using var client = S3TestServer.OwnerClient(versioned);
        foreach (var text in new[] { "Hương ước thôn Nà Sla", "Hương ước thôn Nà Sla, sửa đổi lần 1", "Hương ước thôn Nà Sla, sửa đổi lần 2" })
            await store.PutAsync("văn bản/hương ước/original", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "text/plain");
        await store.PutAsync("văn bản/hương ước/text.txt", new MemoryStream("Hương ước"u8.ToArray()), "text/plain");
        await store.DeleteAsync("văn bản/hương ước/text.txt"); // a delete marker; the bytes stay as an older version
        Assert.Equal(4, (await S3TestServer.VersionsAsync(client, versioned.Bucket)).Count);

        var removed = await store.DestroyAsync("văn bản/hương ước/");

        Assert.Equal(4, removed);
        Assert.Empty(await S3TestServer.VersionsAsync(client, versioned.Bucket));
        Assert.Null(await store.OpenReadAsync("văn bản/hương ước/original"));
        // The bucket stays: the delete marker (no bytes) is not listed by the SDK, so it cannot be emptied; the test server is thrown away.
    }

}
