using System.Net;
using System.Net.Http.Json;
using Archive.Api.Access;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Records;

public sealed class RetentionScheduleApiTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task The_schedule_starts_from_the_circular_and_keeps_village_conventions_forever()
    {
        var schedule = await service.CreateClientAs(ArchiveRoles.Auditor).GetJsonAsync("/api/retention-schedule");

        var rules = schedule.GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, r => Assert.StartsWith("Thông tư 10/2022/TT-BNV", r.GetProperty("basis").GetString()));
        var convention = Assert.Single(rules, r => r.GetProperty("kind").GetString() == "Hương ước");
        Assert.Equal("vĩnh viễn", convention.GetProperty("retention").GetString());
    }

    [Fact]
    public async Task An_admin_replaces_the_schedule_with_a_reason_and_loose_documents_follow_it_at_once()
    {
        var admin = service.CreateClient();
        var invitation = (await admin.UploadRecordAsync("GIẤY MỜI dự họp thôn Nà Lừa ngày 12/3/2024"u8.ToArray(), "giấy mời.txt",
            new Dictionary<string, string> { ["kind"] = "Giấy mời", ["issuedOn"] = "2024-03-05" })).GetProperty("id").GetString()!;
        var rules = new object[]
        {
            new { description = "Giấy mời họp", retention = 3, kind = "giay moi", basis = "Quyết định của cơ quan" },
            new { description = "Hương ước", retention = "vĩnh viễn", kind = "Hương ước" },
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await service.CreateClientAs(ArchiveRoles.Clerk).PutAsJsonAsync("/api/retention-schedule", new { rules, reason = "Thử" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/retention-schedule", new { rules })).StatusCode);
        var wrong = await admin.PutAsJsonAsync("/api/retention-schedule", new { rules = new[] { new { description = "Giấy mời", retention = "mãi mãi" } }, reason = "Thử" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Dòng 1", (await wrong.JsonAsync()).GetProperty("detail").GetString());

        var saved = await admin.PutAsJsonAsync("/api/retention-schedule", new { rules, reason = "Áp dụng quy chế lưu trữ mới của cơ quan" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Giấy mời", (await saved.JsonAsync()).GetProperty("rules")[0].GetProperty("kind").GetString());

        var retention = await admin.GetJsonAsync($"/api/documents/{invitation}/retention");
        Assert.Equal(3, retention.GetProperty("retention").GetInt32());
        Assert.Equal("2028-01-01", retention.GetProperty("disposalDate").GetString());
        Assert.Contains((await admin.AuditAsync()).EnumerateArray(), e => e.GetProperty("action").GetString() == "retention-schedule-change"
            && e.GetProperty("details").GetString()!.Contains("quy chế lưu trữ mới"));
    }
}
