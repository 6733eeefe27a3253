using Archive.Api.Documents;
using Archive.Api.Audit;
using Archive.Storage.Tests;
using Minio;
using Minio.DataModel.Args;
using Minio.DataModel.ObjectLock;

namespace Archive.Api.Tests.Audit;

/// <summary>On S3 with Audit:RetentionDays, the server itself keeps every audit entry: object lock in compliance mode.</summary>
public sealed class AuditRetentionTests : IDisposable
{
    private readonly Archive.Storage.MinioOptions s3 = S3TestServer.Options(S3TestServer.UniqueBucketName("archive-lock"));
    private readonly ArchiveApiFactory factory;

    public AuditRetentionTests() => factory = new ArchiveApiFactory(new Dictionary<string, string?>(S3Settings.For(s3))
    {
        ["Audit:RetentionDays"] = "1",
    });

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Audit_entries_are_locked_so_that_not_even_the_bucket_owner_can_delete_them()
    {
        var client = factory.CreateClient();
        (await client.UploadTextAsync("Quyết định thành lập Ban Thanh tra nhân dân xã Cường Lợi", "quyết định.txt")).EnsureSuccessStatusCode();
        using var owner = S3TestServer.OwnerClient(s3);
        var key = StoreLayout.AuditEntry(1);

        var retention = await owner.GetObjectRetentionAsync(new GetObjectRetentionArgs().WithBucket(s3.Bucket).WithObject(key));
        Assert.Equal(ObjectRetentionMode.COMPLIANCE, retention.Mode);
        Assert.True(DateTime.Parse(retention.RetainUntilDate, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal) > DateTime.UtcNow.AddHours(23), $"retained until {retention.RetainUntilDate}");

        var version = (await owner.StatObjectAsync(new StatObjectArgs().WithBucket(s3.Bucket).WithObject(key))).VersionId;
        Assert.False(string.IsNullOrEmpty(version));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            owner.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(s3.Bucket).WithObject(key).WithVersionId(version)));
        Assert.Contains("forbidden by object lock", refused.Message);
        Assert.Equal(version, (await owner.StatObjectAsync(new StatObjectArgs().WithBucket(s3.Bucket).WithObject(key).WithVersionId(version))).VersionId);
    }
}
