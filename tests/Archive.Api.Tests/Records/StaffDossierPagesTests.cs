using System.Net;
using System.Text;
using Archive.Api.Access;
using Archive.Api.Tests.Web;

namespace Archive.Api.Tests.Records;

/// <summary>The dossier pages without script: a clerk opens and fills a dossier, an admin closes it, an auditor reads the year's list and its export.</summary>
public sealed class StaffDossierPagesTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task A_clerk_opens_and_fills_a_dossier_an_admin_closes_it_and_then_the_page_refuses_more_in_Vietnamese()
    {
        var document = (await (await service.CreateClient().UploadTextAsync("Tờ trình đề nghị phê duyệt hương ước thôn Pò Mã, xã Tú Mịch", "tờ trình.txt"))
            .JsonAsync()).GetProperty("id").GetString()!;
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);

        var token = await StaffForms.TokenAsync(clerk, "/quan-ly/ho-so", "/quan-ly/ho-so");
        var refused = await StaffForms.PostAsync(clerk, "/quan-ly/ho-so", token, new Dictionary<string, string> { ["code"] = "", ["title"] = "Hồ sơ hương ước", ["year"] = "2025", ["retention"] = "mãi mãi" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = Decode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("vĩnh viễn", html);

        var created = await StaffForms.PostAsync(clerk, "/quan-ly/ho-so", token, new Dictionary<string, string>
        {
            ["code"] = "07.TP", ["title"] = "Hồ sơ phê duyệt hương ước thôn Pò Mã", ["year"] = "2025", ["retention"] = "vĩnh viễn",
            ["unit"] = "Phòng Tư pháp", ["responsible"] = "Lục Văn Hưng",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();

        var add = $"{page}/van-ban";
        var added = await StaffForms.PostAsync(clerk, add, await StaffForms.TokenAsync(clerk, page, add), new Dictionary<string, string> { ["documentId"] = document });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains($"href=\"/quan-ly/van-ban/{document}\"", Decode(await added.Content.ReadAsStringAsync()));

        var admin = service.CreateClientAs(ArchiveRoles.Admin);
        var close = $"{page}/khoa";
        Assert.Equal(HttpStatusCode.OK, (await StaffForms.PostAsync(admin, close, await StaffForms.TokenAsync(admin, page, close),
            new Dictionary<string, string> { ["reason"] = "Đã hoàn thành hồ sơ" })).StatusCode);

        var closedPage = Decode(await clerk.GetStringAsync(page));
        Assert.Contains("Hồ sơ đã khóa", closedPage);
        Assert.DoesNotContain($"action=\"{add}\"", closedPage);
        // A form kept open from before the closing is refused with the reason, not carried out.
        var late = await StaffForms.PostAsync(clerk, $"{page}/van-ban/{document}/rut", token, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("đã khóa", Decode(await late.Content.ReadAsStringAsync()));
        Assert.Single((await service.CreateClient().GetJsonAsync($"/api/dossiers/{page.Split('/')[^1]}")).GetProperty("documentIds").EnumerateArray());
    }

    [Fact]
    public async Task An_auditor_reads_the_years_list_and_exports_it_for_a_spreadsheet_without_forms_to_change_it()
    {
        var admin = service.CreateClient();
        foreach (var (code, title) in new[] { ("10.VP", "Hồ sơ tiếp công dân năm 2024"), ("2.VP", "=HYPERLINK(\"http://x\") Hồ sơ, báo cáo \"năm\"") })
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/dossiers", Json(new { code, title, year = 2024, retention = 10 }))).StatusCode);

        var auditor = service.CreateClientAs(ArchiveRoles.Auditor);
        var page = Decode(await auditor.GetStringAsync("/quan-ly/ho-so?nam=2024"));
        Assert.Contains("Danh mục hồ sơ năm 2024", page);
        Assert.Contains("Hồ sơ tiếp công dân năm 2024", page);
        Assert.DoesNotContain("Lập hồ sơ mới", page);

        var export = await auditor.GetAsync("/api/dossiers/catalog.csv?year=2024");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("STT,Ký hiệu hồ sơ,Tiêu đề hồ sơ,Thời hạn bảo quản", lines[0]);
        // Numbered as people number them, and a title that looks like a formula stays text.
        Assert.StartsWith("1,2.VP,\"'=HYPERLINK(\"\"http://x\"\") Hồ sơ, báo cáo \"\"năm\"\"\",10 năm", lines[1]);
        Assert.StartsWith("2,10.VP,Hồ sơ tiếp công dân năm 2024,10 năm", lines[2]);
        Assert.EndsWith(",01/01/2035", lines[2]);
    }

    private static StringContent Json(object value) => new(System.Text.Json.JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
