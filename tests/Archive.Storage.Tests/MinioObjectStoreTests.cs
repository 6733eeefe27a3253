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

        using var client = new MinioClient()
            .WithEndpoint(options.Endpoint)
            .WithCredentials(options.AccessKey, options.SecretKey)
            .WithSSL(options.UseSsl)
            .Build();
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
}
