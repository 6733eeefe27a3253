using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Web;

/// <summary>
/// Corrections through PATCH: checked by the same rules as the forms, answered in Vietnamese whatever the body, and a
/// corrected number never breaks a public address (the old one redirects to the new).
/// </summary>
public sealed class CorrectionTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public CorrectionTests(ArchiveApiFactory factory) => this.factory = factory;

    private async Task<string> UploadAsync(string text, string number)
    {
        var response = await factory.CreateClient().UploadAsync(Encoding.UTF8.GetBytes(text), "van-ban.txt",
            new Dictionary<string, string> { ["number"] = number, ["kind"] = "Thông báo", ["title"] = text[..40] });
        Assert.True(response.IsSuccessStatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> PatchAsync(string id, string json) =>
        factory.CreateClient().PatchAsync($"/api/documents/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task AssertVietnameseProblemAsync(HttpResponseMessage response, HttpStatusCode status, string words)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.DoesNotContain("Bad Request", problem.GetProperty("title").GetString());
        Assert.Contains(words, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"number\": \"hello")]
    [InlineData("[1, 2]")]
    [InlineData("{\"number\": 33, \"reason\": \"x\"}")]
    [InlineData("")]
    public async Task A_malformed_body_is_answered_with_a_Vietnamese_problem(string body)
    {
        var id = await UploadAsync("Thông báo lịch tiếp công dân của UBND xã Bính Xá tháng 5 năm 2025.", "41/TB-UBND");

        await AssertVietnameseProblemAsync(await PatchAsync(id, body), HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task A_ten_megabyte_title_is_refused_before_it_is_read_whole()
    {
        var id = await UploadAsync("Thông báo kết quả kiểm tra quỹ đền ơn đáp nghĩa xã Lâm Ca năm 2024.", "42/TB-UBND");
        var title = new string('Đ', 10 * 1024 * 1024);

        await AssertVietnameseProblemAsync(await PatchAsync(id, $"{{\"title\":\"{title}\",\"reason\":\"thử\"}}"), HttpStatusCode.RequestEntityTooLarge, "KB");
        await AssertVietnameseProblemAsync(await PatchAsync(id, $"{{\"title\":\"{title[..5000]}\",\"reason\":\"thử\"}}"), HttpStatusCode.BadRequest, "quá giới hạn");
        Assert.StartsWith("Thông báo kết quả", (await factory.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_correction_without_a_reason_or_with_a_number_that_is_not_one_changes_nothing()
    {
        var id = await UploadAsync("Thông báo về việc thu quỹ phòng chống thiên tai thôn Nà Pàn năm 2025.", "43/TB-UBND");

        await AssertVietnameseProblemAsync(await PatchAsync(id, "{\"number\":\"44/TB-UBND\"}"), HttpStatusCode.BadRequest, "lý do");
        await AssertVietnameseProblemAsync(await PatchAsync(id, "{\"number\":\"hello world\",\"reason\":\"Sửa số\"}"), HttpStatusCode.BadRequest, "không giống số");
        await AssertVietnameseProblemAsync(await PatchAsync(id, "{\"issuedOn\":\"2025-02-30\",\"reason\":\"Sửa ngày\"}"), HttpStatusCode.BadRequest, "không phải một ngày");

        var record = await factory.CreateClient().GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("43/TB-UBND", record.GetProperty("number").GetString());
        var audit = await factory.CreateClient().AuditAsync($"documentId={id}");
        Assert.DoesNotContain(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "metadata-change");
    }

    [Fact]
    public async Task A_published_document_whose_number_is_corrected_keeps_its_old_address_as_a_permanent_redirect()
    {
        var id = await UploadAsync("Thông báo lịch thu gom rác thải sinh hoạt thị trấn Đình Lập năm 2025.", "45/TB-UBND");
        var admin = factory.CreateClient();
        (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai lịch thu gom" })).EnsureSuccessStatusCode();
        var visitor = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/van-ban/45-tb-ubnd")).StatusCode);

        var patch = await PatchAsync(id, "{\"number\":\"46/TB-UBND\",\"reason\":\"Số đánh máy sai\"}");

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var record = await patch.JsonAsync();
        Assert.Equal("46-tb-ubnd", record.GetProperty("publicAddress").GetString());
        Assert.Equal(["45-tb-ubnd"], record.GetProperty("formerAddresses").EnumerateArray().Select(a => a.GetString()!).ToArray());
        var old = await visitor.GetAsync("/van-ban/45-tb-ubnd");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/van-ban/46-tb-ubnd", old.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/van-ban/46-tb-ubnd")).StatusCode);
        Assert.Contains("/van-ban/46-tb-ubnd", await visitor.GetStringAsync("/sitemap.xml"));
        var change = Assert.Single((await admin.AuditAsync($"documentId={id}")).EnumerateArray(), e => e.GetProperty("action").GetString() == "metadata-change");
        Assert.Contains("số: '45/TB-UBND' → '46/TB-UBND' — lý do: Số đánh máy sai", change.GetProperty("details").GetString());
    }

    [Fact]
    public async Task An_address_is_given_once_unpublishing_and_publishing_again_keeps_it()
    {
        var id = await UploadAsync("Thông báo tuyển dụng công chức cấp xã năm 2025 của UBND huyện.", "47/TB-UBND");
        var admin = factory.CreateClient();
        (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/documents/{id}/unpublish", new { reason = "Rút để sửa" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync("/van-ban/47-tb-ubnd")).StatusCode);

        var again = await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai lại" });

        Assert.Equal("47-tb-ubnd", (await again.JsonAsync()).GetProperty("publicAddress").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAnonymousClient().GetAsync("/van-ban/47-tb-ubnd")).StatusCode);
    }

    private Task<HttpResponseMessage> PatchIfMatchAsync(string id, string json, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/documents/{id}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task A_correction_with_the_entity_tag_read_is_saved_and_one_with_an_older_tag_is_refused_with_412()
    {
        var id = await UploadAsync("Thông báo lịch tiếp công dân của Chủ tịch UBND xã Kiên Mộc năm 2025.", "48/TB-UBND");
        var read = await factory.CreateClient().GetAsync($"/api/documents/{id}");
        var tag = read.Headers.ETag!.ToString();
        Assert.False(read.Headers.ETag.IsWeak);

        // Another client corrects the issuer meanwhile (without If-Match: it changes only the field it names).
        var other = await PatchAsync(id, "{\"issuer\":\"UBND xã Kiên Mộc\",\"reason\":\"Bổ sung cơ quan\"}");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var otherTag = other.Headers.ETag!.ToString();
        Assert.NotEqual(tag, otherTag);

        var stale = await PatchIfMatchAsync(id, "{\"number\":\"49/TB-UBND\",\"reason\":\"Số đánh máy sai\"}", tag);
        await AssertVietnameseProblemAsync(stale, HttpStatusCode.PreconditionFailed, "đã được thay đổi sau lần bạn đọc");
        Assert.Equal(otherTag, stale.Headers.ETag!.ToString());
        var record = await factory.CreateClient().GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("48/TB-UBND", record.GetProperty("number").GetString());

        var fresh = await PatchIfMatchAsync(id, "{\"number\":\"49/TB-UBND\",\"reason\":\"Số đánh máy sai\"}", $"\"0000\", {otherTag}");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("49/TB-UBND", (await fresh.JsonAsync()).GetProperty("number").GetString());
        Assert.Equal((await factory.CreateClient().GetAsync($"/api/documents/{id}")).Headers.ETag!.ToString(), fresh.Headers.ETag!.ToString());
        var changes = (await factory.CreateClient().AuditAsync($"documentId={id}")).EnumerateArray().Count(e => e.GetProperty("action").GetString() == "metadata-change");
        Assert.Equal(2, changes);
    }

    [Theory]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("W/\"{0}\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("not a tag", HttpStatusCode.PreconditionFailed)]
    public async Task If_match_any_passes_and_a_weak_or_unreadable_tag_never_matches(string header, HttpStatusCode expected)
    {
        var id = await UploadAsync("Thông báo kế hoạch kiểm tra an toàn thực phẩm trên địa bàn xã Bắc Xa năm 2025.", "50/TB-UBND");
        var tag = (await factory.CreateClient().GetAsync($"/api/documents/{id}")).Headers.ETag!.Tag.Trim('"');

        var answer = await PatchIfMatchAsync(id, "{\"title\":\"Thông báo kế hoạch kiểm tra an toàn thực phẩm\",\"reason\":\"Rút gọn tiêu đề\"}", string.Format(header, tag));

        Assert.Equal(expected, answer.StatusCode);
    }
}
