using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Records;

/// <summary>A dossier's whole life over HTTP: opened and filled by a clerk, closed by an admin, fixed while closed, reopened with an audited reason.</summary>
public sealed class DossierLifeTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    private async Task<string> UploadAsync(string text, string name) =>
        (await service.CreateClient().UploadTextRecordAsync(text, name)).GetProperty("id").GetString()!;

    private static async Task<JsonElement> CreateAsync(HttpClient client, string code, object retention, int year = 2025)
    {
        var response = await client.PostAsJsonAsync("/api/dossiers", new
        {
            code, title = "Hồ sơ tổ chức hội nghị đối thoại với nhân dân xã Tân Văn năm 2025", year, retention,
            unit = "Văn phòng HĐND và UBND", responsible = "Hoàng Thị Lan",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    [Fact]
    public async Task A_dossier_is_created_filled_closed_fixed_and_reopened_by_an_admin_with_an_audited_reason()
    {
        var plan = await UploadAsync("KẾ HOẠCH tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã Tân Văn với nhân dân năm 2025", "kế hoạch đối thoại.txt");
        var minutes = await UploadAsync("BIÊN BẢN hội nghị đối thoại giữa Chủ tịch UBND xã Tân Văn với nhân dân, có mặt 112 người", "biên bản đối thoại.txt");
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);
        var admin = service.CreateClient();

        var created = await CreateAsync(clerk, "05.VP", 10);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("open", created.GetProperty("status").GetString());
        Assert.Equal(10, created.GetProperty("retention").GetInt32());
        Assert.Equal("2036-01-01", created.GetProperty("disposalDate").GetString());
        Assert.Empty(created.GetProperty("documentIds").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/dossiers/{id}/documents", new { documentId = plan })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/dossiers/{id}/documents", new { documentId = minutes })).StatusCode);
        var filled = await clerk.GetJsonAsync($"/api/dossiers/{id}");
        Assert.Equal([plan, minutes], filled.GetProperty("documentIds").EnumerateArray().Select(e => e.GetString()!));

        // Closing is an admin's act, with a reason.
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/dossiers/{id}/close", new { reason = "Hết năm" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/dossiers/{id}/close", new { reason = " " })).StatusCode);
        var closed = await (await admin.PostAsJsonAsync($"/api/dossiers/{id}/close", new { reason = "Công việc đã kết thúc, nộp lưu cơ quan" })).JsonAsync();
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        // Closed: neither its content nor its documents' metadata or publication change, for anyone.
        await AssertConflictAsync(await clerk.PostAsJsonAsync($"/api/dossiers/{id}/documents", new { documentId = await UploadAsync("Giấy mời dự hội nghị đối thoại xã Tân Văn", "giấy mời.txt") }));
        await AssertConflictAsync(await admin.DeleteAsync($"/api/dossiers/{id}/documents/{minutes}"));
        await AssertConflictAsync(await clerk.PatchAsJsonAsync($"/api/documents/{plan}", new { title = "Kế hoạch đã sửa", reason = "Thử sửa" }));
        await AssertConflictAsync(await admin.PostAsJsonAsync($"/api/documents/{minutes}/publish", new { reason = "Công khai biên bản" }));
        Assert.NotEqual("Kế hoạch đã sửa", (await admin.GetJsonAsync($"/api/documents/{plan}")).GetProperty("title").GetString());

        // Only an admin reopens, with a reason, and the trail says who and why.
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/dossiers/{id}/reopen", new { reason = "Bổ sung" })).StatusCode);
        var reopened = await (await admin.PostAsJsonAsync($"/api/dossiers/{id}/reopen", new { reason = "Bổ sung báo cáo kết quả đối thoại" })).JsonAsync();
        Assert.Equal("open", reopened.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await clerk.PatchAsJsonAsync($"/api/documents/{plan}", new { title = "Kế hoạch đối thoại năm 2025", reason = "Tiêu đề đầy đủ" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.DeleteAsync($"/api/dossiers/{id}/documents/{minutes}")).StatusCode);

        var trail = (await admin.AuditAsync()).EnumerateArray().ToList();
        var reopening = Assert.Single(trail, e => e.GetProperty("action").GetString() == "dossier-reopen");
        Assert.Equal("admin", reopening.GetProperty("role").GetString());
        Assert.Contains("Bổ sung báo cáo kết quả đối thoại", reopening.GetProperty("details").GetString());
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "dossier-close");
        Assert.Equal(2, trail.Count(e => e.GetProperty("action").GetString() == "dossier-add-document"));
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "dossier-remove-document" && e.GetProperty("documentId").GetString() == minutes);
        var history = (await admin.GetJsonAsync($"/api/dossiers/{id}")).GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["dossier-create", "dossier-add-document", "dossier-add-document", "dossier-close", "dossier-reopen", "dossier-remove-document"], history);
    }

    private static async Task AssertConflictAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Contains("khóa", problem.GetProperty("title").GetString() + problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_document_belongs_to_one_dossier_and_a_code_to_one_dossier_a_year()
    {
        var decision = await UploadAsync("QUYẾT ĐỊNH về việc kiện toàn Tổ hòa giải thôn Khuổi Phầy", "quyết định hòa giải.txt");
        var client = service.CreateClient();
        var first = (await CreateAsync(client, "03.TP", 20)).GetProperty("id").GetString()!;
        var second = (await CreateAsync(client, "04.TP", "vĩnh viễn")).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{first}/documents", new { documentId = decision })).StatusCode);
        var refused = await client.PostAsJsonAsync($"/api/dossiers/{second}/documents", new { documentId = decision });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("03.TP", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/dossiers/{second}/documents", new { documentId = "0123456789abcdef0123" })).StatusCode);

        var duplicate = await client.PostAsJsonAsync("/api/dossiers", new { code = "03.tp", title = "Hồ sơ khác", year = 2025, retention = 5 });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/dossiers", new { code = "03.TP", title = "Hồ sơ năm sau", year = 2026, retention = 5 })).StatusCode);

        var permanent = await client.GetJsonAsync($"/api/dossiers/{second}");
        Assert.Equal("vĩnh viễn", permanent.GetProperty("retention").GetString());
        Assert.Equal(JsonValueKind.Null, permanent.GetProperty("disposalDate").ValueKind);
    }

    [Fact]
    public async Task A_dossier_without_code_year_or_a_readable_period_is_refused_field_by_field_in_Vietnamese()
    {
        var response = await service.CreateClient().PostAsJsonAsync("/api/dossiers", new { title = "Hồ sơ thiếu thông tin", year = 1800, retention = "mãi mãi" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["code", "retention", "year"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("vĩnh viễn", errors.GetProperty("retention")[0].GetString());
    }

    [Fact]
    public async Task Dossiers_are_read_back_from_the_store_by_a_new_instance()
    {
        var document = await UploadAsync("Báo cáo kết quả thực hiện dân chủ ở cơ sở xã Tân Văn năm 2024", "báo cáo.txt");
        var id = (await CreateAsync(service.CreateClient(), "01.DC", 20, 2024)).GetProperty("id").GetString()!;
        await service.CreateClient().PostAsJsonAsync($"/api/dossiers/{id}/documents", new { documentId = document });
        await service.CreateClient().PostAsJsonAsync($"/api/dossiers/{id}/close", new { reason = "Kết thúc năm 2024" });

        using var again = new ArchiveApiFactory(new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = Path.Combine(service.DataFolder, "store"),
            ["Audit:AnchorFolder"] = Path.Combine(service.DataFolder, "audit-anchor"),
        });
        var client = again.CreateClient();
        var dossier = await client.GetJsonAsync($"/api/dossiers/{id}");
        Assert.Equal("closed", dossier.GetProperty("status").GetString());
        Assert.Equal("2045-01-01", dossier.GetProperty("disposalDate").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PatchAsJsonAsync($"/api/documents/{document}", new { issuer = "UBND xã Tân Văn", reason = "Bổ sung" })).StatusCode);
    }
}
