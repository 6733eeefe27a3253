using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Access;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Records;

/// <summary>The disposal due list: what has run out is listed, "vĩnh viễn" never is, and a legal hold marks what must be kept.</summary>
public sealed class HoldsAndDueListTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    private async Task<string> DossierAsync(string code, int year, object retention)
    {
        var response = await service.CreateClient().PostAsJsonAsync("/api/dossiers", new { code, title = $"Hồ sơ {code} năm {year}", year, retention });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private async Task<List<JsonElement>> DueAsync() =>
        (await service.CreateClientAs(ArchiveRoles.Auditor).GetJsonAsync("/api/disposal/due")).EnumerateArray().ToList();

    [Fact]
    public async Task Dossiers_and_loose_documents_past_their_date_are_due_permanent_and_recent_ones_never()
    {
        var expired = await DossierAsync("01.VP", 1998, 10);
        await DossierAsync("02.VP", 1998, "vĩnh viễn");
        await DossierAsync("03.VP", DateTime.UtcNow.Year, 5);
        var invitation = (await service.CreateClient().UploadRecordAsync("GIẤY MỜI họp giao ban tháng 3 năm 2001"u8.ToArray(), "giấy mời.txt",
            new Dictionary<string, string> { ["kind"] = "Giấy mời", ["issuedOn"] = "2001-03-02" })).GetProperty("id").GetString()!;
        var convention = (await service.CreateClient().UploadRecordAsync("HƯƠNG ƯỚC thôn Khòn Coọng năm 1999"u8.ToArray(), "hương ước.txt",
            new Dictionary<string, string> { ["kind"] = "Hương ước", ["issuedOn"] = "1999-05-01" })).GetProperty("id").GetString()!;

        var due = await DueAsync();

        // Oldest first: the 2001 invitation (5 years) before the 1998 dossier (10 years).
        Assert.Equal([invitation, expired], due.Select(i => i.GetProperty("id").GetString()!));
        Assert.Equal("2009-01-01", due[1].GetProperty("disposalDate").GetString());
        Assert.Equal("2007-01-01", (await service.CreateClient().GetJsonAsync($"/api/documents/{invitation}/retention")).GetProperty("disposalDate").GetString());
        Assert.DoesNotContain(due, i => i.GetProperty("id").GetString() == convention);
        Assert.All(due, i => Assert.False(i.GetProperty("held").GetBoolean()));
    }

    [Fact]
    public async Task A_hold_with_a_reason_marks_a_dossier_and_the_dossier_of_a_held_document_and_lifting_it_is_audited()
    {
        var dossier = await DossierAsync("07.TTr", 2000, 10);
        var document = (await (await service.CreateClient().UploadTextAsync("Báo cáo kết quả thanh tra việc thu, chi quỹ thôn năm 2000", "báo cáo thanh tra.txt"))
            .JsonAsync()).GetProperty("id").GetString()!;
        await service.CreateClient().PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = document });
        var auditor = service.CreateClientAs(ArchiveRoles.Auditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await service.CreateClientAs(ArchiveRoles.Clerk).PostAsJsonAsync($"/api/documents/{document}/hold", new { reason = "Thử" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.PostAsJsonAsync($"/api/documents/{document}/hold", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await auditor.PostAsJsonAsync($"/api/documents/{document}/hold", new { reason = "Đơn khiếu nại về quỹ thôn đang giải quyết" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await auditor.PostAsJsonAsync($"/api/documents/{document}/hold", new { reason = "Lần hai" })).StatusCode);

        var item = Assert.Single(await DueAsync());
        Assert.True(item.GetProperty("held").GetBoolean());
        Assert.Equal("Đơn khiếu nại về quỹ thôn đang giải quyết", item.GetProperty("holdReason").GetString());

        Assert.Equal(HttpStatusCode.Created, (await auditor.PostAsJsonAsync($"/api/dossiers/{dossier}/hold", new { reason = "Thanh tra huyện yêu cầu giữ nguyên hồ sơ" })).StatusCode);
        using var release = new HttpRequestMessage(HttpMethod.Delete, $"/api/documents/{document}/hold") { Content = JsonContent.Create(new { reason = "Khiếu nại đã giải quyết xong" }) };
        Assert.Equal(HttpStatusCode.OK, (await auditor.SendAsync(release)).StatusCode);
        Assert.Equal("Thanh tra huyện yêu cầu giữ nguyên hồ sơ", Assert.Single(await DueAsync()).GetProperty("holdReason").GetString());

        using var again = new HttpRequestMessage(HttpMethod.Delete, $"/api/dossiers/{dossier}/hold") { Content = JsonContent.Create(new { reason = "Kết thúc thanh tra" }) };
        Assert.Equal(HttpStatusCode.OK, (await service.CreateClient().SendAsync(again)).StatusCode);
        Assert.False(Assert.Single(await DueAsync()).GetProperty("held").GetBoolean());
        var trail = (await service.CreateClient().AuditAsync()).EnumerateArray().ToList();
        Assert.Equal(2, trail.Count(e => e.GetProperty("action").GetString() == "hold-place"));
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "hold-release" && e.GetProperty("details").GetString()!.Contains("Khiếu nại đã giải quyết xong"));
    }

    [Fact]
    public async Task Holds_are_read_back_from_the_store_by_a_new_instance()
    {
        var dossier = await DossierAsync("09.VP", 1995, 5);
        await service.CreateClient().PostAsJsonAsync($"/api/dossiers/{dossier}/hold", new { reason = "Vụ án đang điều tra" });

        using var again = new ArchiveApiFactory(new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = Path.Combine(service.DataFolder, "store"),
            ["Audit:AnchorFolder"] = Path.Combine(service.DataFolder, "audit-anchor"),
        });
        var item = Assert.Single((await again.CreateClient().GetJsonAsync("/api/disposal/due")).EnumerateArray());
        Assert.True(item.GetProperty("held").GetBoolean());
    }
}
