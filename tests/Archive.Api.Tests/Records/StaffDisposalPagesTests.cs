using System.Net;
using Archive.Api.Access;
using Archive.Api.Tests.Web;

namespace Archive.Api.Tests.Records;

/// <summary>The holds and disposal page without script: an auditor holds and releases, one admin proposes what is ticked, another approves.</summary>
public sealed class StaffDisposalPagesTests : IDisposable
{
    private const string Page = "/quan-ly/huy-tai-lieu";
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task An_auditor_holds_a_due_dossier_so_it_cannot_be_ticked_and_lifting_the_hold_needs_a_reason()
    {
        var dossier = await DisposalTests.DossierAsync(service.CreateClient(), "03.VP", 1997, 10);
        var auditor = service.CreateClientAs(ArchiveRoles.Auditor);
        var hold = $"{Page}/phong-toa";

        var placed = await StaffForms.PostAsync(auditor, hold, await StaffForms.TokenAsync(auditor, Page, hold),
            new Dictionary<string, string> { ["target"] = "dossier", ["id"] = dossier, ["reason"] = "Đoàn kiểm tra của tỉnh đang làm việc" });

        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        var html = await HtmlAsync(placed);
        Assert.Contains("Đang phong tỏa: Đoàn kiểm tra của tỉnh đang làm việc", html);
        Assert.DoesNotContain($"name=\"ho-so:{dossier}\"", html);
        Assert.DoesNotContain($"action=\"{Page}/de-nghi\"", html); // auditors read and hold; they do not propose

        var release = $"{Page}/phong-toa/dossier/{dossier}/go";
        var token = await StaffForms.TokenAsync(auditor, Page, release);
        Assert.Equal(HttpStatusCode.BadRequest, (await StaffForms.PostAsync(auditor, release, token, new Dictionary<string, string> { ["reason"] = "" })).StatusCode);
        var lifted = await StaffForms.PostAsync(auditor, release, token, new Dictionary<string, string> { ["reason"] = "Kết thúc kiểm tra" });
        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.Contains("Không có tài liệu nào bị phong tỏa", await HtmlAsync(lifted));
    }

    [Fact]
    public async Task One_admin_proposes_the_ticked_records_the_page_offers_him_no_approval_and_another_admin_approves()
    {
        var first = service.CreateClient();
        var dossier = await DisposalTests.DossierAsync(first, "08.VP", 1996, 10);
        var invitation = await DisposalTests.DocumentAsync(first, "GIẤY MỜI dự họp dân bàn việc làm đường bê tông năm 1999", "Giấy mời", "1999-09-09");
        var propose = $"{Page}/de-nghi";

        var proposed = await StaffForms.PostAsync(first, propose, await StaffForms.TokenAsync(first, Page, propose), new Dictionary<string, string>
        {
            [$"ho-so:{dossier}"] = "1", [$"van-ban:{invitation}"] = "1", ["reason"] = "Hết thời hạn bảo quản",
        });

        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        var html = await HtmlAsync(proposed);
        Assert.Contains("chờ một quản trị viên khác duyệt", html);
        Assert.Contains("Bạn lập đề nghị này", html);
        Assert.DoesNotContain("/duyet\"", html);

        var second = service.CreateClientAs(ArchiveRoles.Admin);
        var proposal = (await second.GetJsonAsync("/api/disposal/proposals"))[0].GetProperty("id").GetString()!;
        var approve = $"{Page}/de-nghi/{proposal}/duyet";
        var approved = await StaffForms.PostAsync(second, approve, await StaffForms.TokenAsync(second, Page, approve),
            new Dictionary<string, string> { ["reason"] = "Hội đồng đã thẩm tra danh mục" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        html = await HtmlAsync(approved);
        Assert.Contains("Đã hủy (2)", html); // the (empty) dossier and the invitation
        Assert.Contains("Không có tài liệu nào đến hạn hủy", html);
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"/api/documents/{invitation}")).StatusCode);
    }
}
