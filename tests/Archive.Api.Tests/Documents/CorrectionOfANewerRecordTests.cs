using System.Net.Http.Json;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Documents;

/// <summary>
/// A correction is applied to the record as stored when it is written, not to the copy its request read before: a
/// publication or another correction written in between (another client, while this request waited for the
/// document's lock) keeps its fields. The lost update this guards against made ConcurrentChangesOverHttpTests
/// fail now and then (a title or number written by one client put back by another client's stale copy).
/// </summary>
public sealed class CorrectionOfANewerRecordTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public CorrectionOfANewerRecordTests(ArchiveApiFactory factory) => this.factory = factory;

    private static readonly AuditActor Clerk = new("van-thu", "clerk", "127.0.0.1");

    [Fact]
    public async Task A_number_correction_made_from_a_copy_read_before_a_title_correction_keeps_the_new_title()
    {
        var client = factory.CreateClient();
        var id = (await client.UploadTextRecordAsync(
            "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn Khuổi Nà năm 2025.", "ke-hoach-dai-doan-ket.txt"))
            .GetProperty("id").GetString()!;
        await client.WaitUntilReadAsync(id);
        var catalog = factory.Services.GetRequiredService<DocumentCatalog>();
        var corrector = factory.Services.GetRequiredService<MetadataCorrector>();
        var readBefore = catalog.Find(id)!;

        await corrector.CorrectAsync(readBefore, new MetadataCorrection("Kế hoạch Ngày hội Đại đoàn kết thôn Khuổi Nà", null, null, null, null, "Sửa trích yếu"), Clerk);
        var stored = await corrector.CorrectAsync(readBefore, new MetadataCorrection(null, null, "17/KH-BCĐ", null, null, "Bổ sung số"), Clerk);

        Assert.Equal("Kế hoạch Ngày hội Đại đoàn kết thôn Khuổi Nà", stored.Title);
        Assert.Equal("17/KH-BCĐ", stored.Number);
        var shown = await client.GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("Kế hoạch Ngày hội Đại đoàn kết thôn Khuổi Nà", shown.GetProperty("title").GetString());
        Assert.Equal("17/KH-BCĐ", shown.GetProperty("number").GetString());
        Assert.Equal("provided", shown.GetProperty("fieldSources").GetProperty("title").GetString());
        Assert.Equal("provided", shown.GetProperty("fieldSources").GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_correction_made_from_a_copy_read_before_a_publication_keeps_it_published_at_the_address_of_its_new_number()
    {
        var client = factory.CreateClient();
        var id = (await client.UploadTextRecordAsync(
            "Thông báo lịch cắt điện sửa chữa đường dây trung thế xã Pác Nặm ngày 14 tháng 6 năm 2025.", "thong-bao-cat-dien.txt"))
            .GetProperty("id").GetString()!;
        await client.WaitUntilReadAsync(id);
        var catalog = factory.Services.GetRequiredService<DocumentCatalog>();
        var readBefore = catalog.Find(id)!;
        var published = await client.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai lịch cắt điện" });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        var stored = await factory.Services.GetRequiredService<MetadataCorrector>()
            .CorrectAsync(readBefore, new MetadataCorrection(null, null, "52/TB-ĐL", null, null, "Bổ sung số"), Clerk);

        Assert.Equal(Visibilities.Published, stored.Visibility);
        Assert.Equal("52-tb-dl", stored.PublicAddress);
        Assert.Equal(Visibilities.Published, (await client.GetJsonAsync($"/api/documents/{id}")).GetProperty("visibility").GetString());
    }
}
