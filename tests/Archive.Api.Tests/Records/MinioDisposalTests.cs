using System.Net;
using System.Net.Http.Json;
using Archive.Api.Access;
using Archive.Storage.Tests;
using Minio;
using Minio.DataModel.Args;

namespace Archive.Api.Tests.Records;

/// <summary>Disposal on S3 with a versioned bucket (object lock turns versioning on): no version of a destroyed document survives.</summary>
public sealed class MinioDisposalTests : IDisposable
{
    private readonly Archive.Storage.MinioOptions s3 = S3TestServer.Options(S3TestServer.UniqueBucketName("archive-disposal"));
    private readonly ArchiveApiFactory service;

    public MinioDisposalTests() => service = new ArchiveApiFactory(new Dictionary<string, string?>(S3Settings.For(s3))
    {
        ["Storage:Minio:ObjectLock"] = "true",
    });

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task After_disposal_no_version_of_the_document_is_left_in_the_bucket_and_its_tombstone_is()
    {
        var admin = service.CreateClient();
        var id = await DisposalTests.DocumentAsync(admin, "GIẤY MỜI dự lễ ra mắt Ban Thanh tra nhân dân xã năm 2004", "Giấy mời", "2004-05-04");
        // A correction writes the record again: the bucket now keeps two versions of it.
        var corrected = await admin.PatchAsJsonAsync($"/api/documents/{id}", new { issuer = "UBND xã Thượng Ân", reason = "Bổ sung cơ quan ban hành" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        using var owner = S3TestServer.OwnerClient(s3);
        var before = await VersionsAsync(owner, $"documents/{id}/");
        Assert.True(before.Count(v => v.EndsWith("/meta.json", StringComparison.Ordinal)) >= 2, string.Join(", ", before));
        Assert.Contains(before, v => v.EndsWith("/original", StringComparison.Ordinal));

        var proposal = (await (await DisposalTests.ProposeAsync(admin, [], [id])).JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await DisposalTests.ApproveAsync(service.CreateClientAs(ArchiveRoles.Admin), proposal)).StatusCode);

        Assert.Empty(await VersionsAsync(owner, $"documents/{id}/"));
        Assert.Empty(await VersionsAsync(owner, $"processing/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/{id}")).StatusCode);
        var tombstone = Assert.Single((await admin.GetJsonAsync("/api/disposal/tombstones")).EnumerateArray());
        Assert.Equal(id, tombstone.GetProperty("id").GetString());
        // At least what was there before: the pipeline may have written more since, and its processing entry's versions count too.
        Assert.True(tombstone.GetProperty("objectsDestroyed").GetInt32() >= before.Count, tombstone.ToString());
    }

    private async Task<List<string>> VersionsAsync(IMinioClient client, string prefix) =>
        (await S3TestServer.VersionsAsync(client, s3.Bucket, prefix)).Select(v => $"{v.VersionId} {v.Key}").ToList();
}
