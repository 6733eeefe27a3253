using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Access;
using Archive.Storage.Tests;
using Minio;
using Minio.DataModel.Args;

namespace Archive.Api.Tests.Records;

/// <summary>
/// Originals under S3 Object Lock on the test Ceph server: locked until their disposal date (2100, the latest date the archive sets,
/// when kept "vĩnh viễn"), a legal hold mirrored to the bucket and lifted with it, and an approved disposal still removes every version.
/// </summary>
public sealed class MinioOriginalLockTests : IDisposable
{
    private readonly Archive.Storage.MinioOptions s3 = S3TestServer.Options(S3TestServer.UniqueBucketName("archive-originals"));
    private readonly ArchiveApiFactory service;

    public MinioOriginalLockTests() => service = new ArchiveApiFactory(new Dictionary<string, string?>(S3Settings.For(s3))
    {
        ["Storage:Minio:ObjectLock"] = "true",
    });

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task Originals_are_locked_until_their_disposal_date_holds_are_mirrored_and_an_approved_disposal_still_removes_them()
    {
        var admin = service.CreateClient();
        using (var ready = JsonDocument.Parse(await service.CreateAnonymousClient().GetStringAsync("/healthz/ready")))
            Assert.Equal("Healthy", ready.RootElement.GetProperty("entries").GetProperty("originalLock").GetProperty("status").GetString());
        // A loose invitation of this year: its kind's line (5 years) keeps it until 1 January five years after next.
        var year = DateTime.UtcNow.Year;
        var invitation = await DisposalTests.DocumentAsync(admin, $"GIẤY MỜI dự hội nghị tổng kết công tác dân vận năm {year} của xã Hữu Kiên", "Giấy mời", $"{year}-03-02");
        var convention = await DisposalTests.DocumentAsync(admin, "HƯƠNG ƯỚC thôn Phiêng Pẻn, xã Nậm Hăn: quy định về giữ gìn vệ sinh nguồn nước", "Hương ước", $"{year}-02-01");
        Assert.Equal(HttpStatusCode.Created, (await DocumentVersionsTests.PostVersionAsync(admin, convention,
            System.Text.Encoding.UTF8.GetBytes("HƯƠNG ƯỚC thôn Phiêng Pẻn, xã Nậm Hăn (sửa đổi): giữ gìn vệ sinh nguồn nước và đường làng"), "sửa đổi.txt")).StatusCode);
        await admin.WaitUntilReadAsync(convention);

        using var owner = S3TestServer.OwnerClient(s3);
        var (invitationVersion, invitationLock) = await OriginalAsync(owner, $"documents/{invitation}/original");
        Assert.Equal("GOVERNANCE", invitationLock.ObjectLockMode?.ToString());
        Assert.Equal(new DateTime(year + 6, 1, 1), invitationLock.ObjectLockRetainUntilDate?.ToUniversalTime().Date);
        foreach (var key in new[] { $"documents/{convention}/original", $"documents/{convention}/versions/2/original" })
        {
            var (_, kept) = await OriginalAsync(owner, key);
            Assert.Equal(Archive.Storage.MinioObjectStore.NoEnd.UtcDateTime, kept.ObjectLockRetainUntilDate?.ToUniversalTime());
        }
        // Not even the bucket's owner removes that version by an ordinary call.
        await Assert.ThrowsAnyAsync<Exception>(() => owner.RemoveObjectAsync(
            new RemoveObjectArgs().WithBucket(s3.Bucket).WithObject($"documents/{invitation}/original").WithVersionId(invitationVersion)));

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/documents/{invitation}/hold", new { reason = "Thanh tra huyện đang xem xét" })).StatusCode);
        Assert.True((await OriginalAsync(owner, $"documents/{invitation}/original")).Stat.LegalHoldEnabled);
        using (var lift = new HttpRequestMessage(HttpMethod.Delete, $"/api/documents/{invitation}/hold") { Content = JsonContent.Create(new { reason = "Thanh tra đã kết luận" }) })
            Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(lift)).StatusCode);
        Assert.NotEqual(true, (await OriginalAsync(owner, $"documents/{invitation}/original")).Stat.LegalHoldEnabled);

        // Filed in a dossier of long ago, the locked invitation is due with it and destroyed on a second admin's approval.
        var dossier = await DisposalTests.DossierAsync(admin, "02.VP", 2004, 5);
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = invitation })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/close", new { reason = "Hoàn thành hồ sơ" })).EnsureSuccessStatusCode();
        var proposal = (await (await DisposalTests.ProposeAsync(admin, [dossier], [])).JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await DisposalTests.ApproveAsync(service.CreateClientAs(ArchiveRoles.Admin), proposal)).StatusCode);

        Assert.Empty(await S3TestServer.VersionsAsync(owner, s3.Bucket, $"documents/{invitation}/"));
    }

    private async Task<(string Version, Minio.DataModel.ObjectStat Stat)> OriginalAsync(IMinioClient owner, string key)
    {
        var stat = await owner.StatObjectAsync(new StatObjectArgs().WithBucket(s3.Bucket).WithObject(key));
        return (stat.VersionId, stat);
    }
}
