using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Records;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Records;

/// <summary>
/// Disposal that cannot be done by accident, on the local store: proposed by one person, carried out only on a
/// different admin's approval, refused while anything is held, permanent or not yet due, leaving tombstones.
/// The S3 side (every version gone) is <see cref="MinioDisposalTests"/>.
/// </summary>
public sealed class DisposalTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    internal static async Task<string> DossierAsync(HttpClient client, string code, int year, object retention)
    {
        var response = await client.PostAsJsonAsync("/api/dossiers", new { code, title = $"Hồ sơ {code} năm {year}", year, retention });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    internal static async Task<string> DocumentAsync(HttpClient client, string text, string kind, string issuedOn)
    {
        var response = await client.UploadAsync(System.Text.Encoding.UTF8.GetBytes(text), $"{kind}.txt",
            new Dictionary<string, string> { ["kind"] = kind, ["issuedOn"] = issuedOn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    internal static Task<HttpResponseMessage> ProposeAsync(HttpClient client, string[] dossierIds, string[] documentIds) =>
        client.PostAsJsonAsync("/api/disposal/proposals", new { dossierIds, documentIds, reason = "Hết thời hạn bảo quản theo bảng thời hạn của cơ quan" });

    internal static Task<HttpResponseMessage> ApproveAsync(HttpClient client, string proposal) =>
        client.PostAsJsonAsync($"/api/disposal/proposals/{proposal}/approve", new { reason = "Hội đồng xác định giá trị tài liệu đã thẩm tra" });

    [Fact]
    public async Task A_proposal_is_carried_out_only_by_a_second_admin_and_leaves_tombstones_instead_of_the_records()
    {
        var admin = service.CreateClient();
        var dossier = await DossierAsync(admin, "04.VP", 1998, 10);
        var minutes = await DocumentAsync(admin, "BIÊN BẢN họp giao ban tháng 6 năm 1998 của Văn phòng", "Biên bản", "1998-06-05");
        var report = await DocumentAsync(admin, "BÁO CÁO công tác tháng 6 năm 1998 của Văn phòng", "Báo cáo", "1998-06-30");
        foreach (var document in new[] { minutes, report })
            (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = document })).EnsureSuccessStatusCode();
        var invitation = await DocumentAsync(admin, "GIẤY MỜI dự hội nghị triển khai kế hoạch năm 2001 tại hội trường xã", "Giấy mời", "2001-01-15");

        var proposed = await ProposeAsync(service.CreateClientAs(ArchiveRoles.Clerk), [dossier], [invitation]);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var proposal = (await proposed.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await ApproveAsync(service.CreateClientAs(ArchiveRoles.Clerk), proposal)).StatusCode);

        var approved = await ApproveAsync(admin, proposal);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("carried-out", (await approved.JsonAsync()).GetProperty("status").GetString());

        var store = service.Services.GetRequiredService<IObjectStore>();
        foreach (var id in new[] { minutes, report, invitation })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/{id}/content")).StatusCode);
            Assert.Empty(await store.ListAsync($"documents/{id}/").ToListAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/dossiers/{dossier}")).StatusCode);
        Assert.DoesNotContain(minutes, (await admin.GetJsonAsync("/api/search?q=giao%20ban%20th%C3%A1ng%206")).HitIds());
        Assert.Empty((await admin.GetJsonAsync("/api/disposal/due")).EnumerateArray());

        var tombstones = (await admin.GetJsonAsync("/api/disposal/tombstones")).EnumerateArray().ToList();
        Assert.Equal(4, tombstones.Count);
        var clerk = $"thử-{ArchiveRoles.Clerk}";
        Assert.All(tombstones, t =>
        {
            Assert.Equal(clerk, t.GetProperty("proposedBy").GetString());
            Assert.NotEqual(clerk, t.GetProperty("approvedBy").GetString());
            Assert.Equal("Hội đồng xác định giá trị tài liệu đã thẩm tra", t.GetProperty("approvalReason").GetString());
        });
        var minutesStone = tombstones.Single(t => t.GetProperty("id").GetString() == minutes);
        Assert.Equal(dossier, minutesStone.GetProperty("dossierId").GetString());
        Assert.Equal(64, minutesStone.GetProperty("sha256").GetString()!.Length);
        Assert.True(minutesStone.GetProperty("objectsDestroyed").GetInt32() >= 2);
        Assert.Equal("5 năm", tombstones.Single(t => t.GetProperty("id").GetString() == invitation).GetProperty("retention").GetString());
        var dossierStone = tombstones.Single(t => t.GetProperty("target").GetString() == "dossier");
        Assert.Equal(new[] { minutes, report }.Order(), dossierStone.GetProperty("documentIds").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal("04.VP", dossierStone.GetProperty("code").GetString());

        var trail = (await admin.AuditAsync()).EnumerateArray().ToList();
        Assert.Single(trail, e => e.GetProperty("action").GetString() == "disposal-propose");
        Assert.Single(trail, e => e.GetProperty("action").GetString() == "disposal-approve");
        Assert.Equal(4, trail.Count(e => e.GetProperty("action").GetString() == "disposal-destroy"));
        Assert.Equal(HttpStatusCode.Conflict, (await ApproveAsync(service.CreateClientAs(ArchiveRoles.Admin), proposal)).StatusCode);
    }

    [Fact]
    public async Task The_proposer_may_not_approve_their_own_proposal_even_as_an_admin()
    {
        var admin = service.CreateClient();
        var invitation = await DocumentAsync(admin, "GIẤY MỜI họp bàn kế hoạch làm đường liên thôn năm 2002", "Giấy mời", "2002-04-02");
        var proposal = (await (await ProposeAsync(admin, [], [invitation])).JsonAsync()).GetProperty("id").GetString()!;

        var refused = await ApproveAsync(admin, proposal);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("quản trị viên khác", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/documents/{invitation}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(service.CreateClientAs(ArchiveRoles.Admin), proposal)).StatusCode);
    }

    [Fact]
    public async Task Permanent_not_yet_due_and_filed_documents_cannot_be_proposed()
    {
        var admin = service.CreateClient();
        var permanent = await DossierAsync(admin, "01.HU", 1990, "vĩnh viễn");
        var recent = await DossierAsync(admin, "02.VP", DateTime.UtcNow.Year - 1, 10);
        var convention = await DocumentAsync(admin, "HƯƠNG ƯỚC thôn Phiêng Luông được thông qua năm 1995", "Hương ước", "1995-02-01");
        var filed = await DocumentAsync(admin, "GIẤY MỜI họp tổng kết năm 1996", "Giấy mời", "1996-12-01");
        await admin.PostAsJsonAsync($"/api/dossiers/{recent}/documents", new { documentId = filed });

        foreach (var (dossiers, documents, words) in new (string[], string[], string)[]
        {
            ([permanent], [], "vĩnh viễn"), ([recent], [], "chưa hết thời hạn"), ([], [convention], "vĩnh viễn"), ([], [filed], "chỉ được hủy cùng hồ sơ"),
        })
        {
            var refused = await ProposeAsync(admin, dossiers, documents);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains(words, (await refused.JsonAsync()).GetProperty("detail").GetString());
        }
        Assert.Empty((await admin.GetJsonAsync("/api/disposal/proposals")).EnumerateArray());
    }

    [Fact]
    public async Task A_hold_placed_after_the_proposal_stops_the_approval_until_it_is_lifted()
    {
        var admin = service.CreateClient();
        var dossier = await DossierAsync(admin, "06.TC", 1999, 5);
        var receipt = await DocumentAsync(admin, "BÁO CÁO thu tiền đóng góp xây dựng nhà văn hóa thôn năm 1999", "Báo cáo", "1999-08-10");
        await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = receipt });
        var proposal = (await (await ProposeAsync(admin, [dossier], [])).JsonAsync()).GetProperty("id").GetString()!;
        var auditor = service.CreateClientAs(ArchiveRoles.Auditor);
        (await auditor.PostAsJsonAsync($"/api/documents/{receipt}/hold", new { reason = "Thanh tra huyện đang xác minh khoản thu" })).EnsureSuccessStatusCode();
        var second = service.CreateClientAs(ArchiveRoles.Admin);

        var refused = await ApproveAsync(second, proposal);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Thanh tra huyện đang xác minh khoản thu", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/documents/{receipt}/content")).StatusCode);
        Assert.Equal("proposed", (await admin.GetJsonAsync($"/api/disposal/proposals/{proposal}")).GetProperty("status").GetString());

        using var release = new HttpRequestMessage(HttpMethod.Delete, $"/api/documents/{receipt}/hold") { Content = JsonContent.Create(new { reason = "Xác minh xong" }) };
        (await auditor.SendAsync(release)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(second, proposal)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/{receipt}")).StatusCode);
    }

    [Fact]
    public async Task A_held_document_refuses_deletion_whatever_asks_for_it()
    {
        var admin = service.CreateClient();
        var id = await DocumentAsync(admin, "QUYẾT ĐỊNH xử lý vi phạm hành chính về đất đai năm 2003", "Quyết định", "2003-03-03");
        await admin.PostAsJsonAsync($"/api/documents/{id}/hold", new { reason = "Vụ kiện hành chính đang xét xử" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.Services.GetRequiredService<DocumentDestruction>().DestroyAsync(id, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/documents/{id}/content")).StatusCode);
    }
}
