using System.Net;
using System.Text;
using Archive.Api.Access;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Web;

/// <summary>The correction form on the staff document page: clerks and admins only, antiforgery-protected, audited like the API.</summary>
public sealed class MetadataCorrectionFormTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public MetadataCorrectionFormTests(ArchiveApiFactory factory) => this.factory = factory;

    private async Task<string> UploadAsync(string text, string fileName, string number)
    {
        var response = await factory.CreateClient().UploadAsync(Encoding.UTF8.GetBytes(text), fileName,
            new Dictionary<string, string>
            {
                ["title"] = Title, ["number"] = number, ["kind"] = "Kế hoạch", ["issuedOn"] = "2025-02-20", ["issuer"] = "UBND xã Đình Lập",
            });
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private const string Title = "Kế hoạch thực hiện dân chủ ở cơ sở xã Đình Lập năm 2025";

    private static Dictionary<string, string> Fields(string number, string reason = "Số đánh máy sai") => new()
    {
        ["title"] = Title,
        ["kind"] = "Kế hoạch",
        ["number"] = number,
        ["issuedOn"] = "2025-02-20",
        ["issuer"] = "UBND xã Đình Lập",
        ["reason"] = reason,
    };

    [Fact]
    public async Task A_clerk_corrects_the_number_through_the_form_and_the_record_search_and_audit_follow()
    {
        var id = await UploadAsync("Kế hoạch thực hiện dân chủ ở cơ sở xã Đình Lập năm 2025, tổ chức hội nghị nhân dân ở các thôn.", "ke-hoach-dan-chu.txt", "31/KH-UBND");
        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);
        var page = $"/quan-ly/van-ban/{id}";
        var token = await StaffForms.TokenAsync(clerk, page, $"{page}/sua");

        var response = await StaffForms.PostAsync(clerk, $"{page}/sua", token, Fields("32/KH-UBND"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmed = WebUtility.HtmlDecode(await clerk.GetStringAsync(response.Headers.Location!.ToString()));
        Assert.Contains("Đã lưu thông tin đã sửa", confirmed);
        var record = await factory.CreateClient().GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("32/KH-UBND", record.GetProperty("number").GetString());
        Assert.Equal(Title, record.GetProperty("title").GetString());
        Assert.Contains(id, (await factory.CreateClient().GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("32/KH-UBND"))).HitIds());
        var audit = await factory.CreateClient().AuditAsync($"documentId={id}");
        var change = Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "metadata-change");
        Assert.Equal("thử-clerk", change.GetProperty("user").GetString());
        Assert.Contains("số: '31/KH-UBND' → '32/KH-UBND'", change.GetProperty("details").GetString());
        Assert.Contains("Số đánh máy sai", change.GetProperty("details").GetString());
        // Fields left as they were keep the source they had.
        Assert.DoesNotContain("tiêu đề", change.GetProperty("details").GetString());
    }

    /// <summary>
    /// A clerk opens the correction form of a new document; then another clerk corrects it through the API with
    /// <paramref name="otherCorrection"/> (JSON). The form's fields are as the first clerk's browser holds them.
    /// </summary>
    private async Task<(string Id, string Page, HttpClient Clerk, Dictionary<string, string> OpenedEarlier)> OpenedBeforeAnotherCorrectionAsync(
        string text, string fileName, string number, string otherCorrection)
    {
        var id = await UploadAsync(text, fileName, number);
        var page = $"/quan-ly/van-ban/{id}";
        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);
        var openedEarlier = await StaffForms.FieldsAsync(clerk, page, $"{page}/sua");
        var other = await factory.CreateClientAs(ArchiveRoles.Clerk)
            .PatchAsync($"/api/documents/{id}", new StringContent(otherCorrection, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        return (id, page, clerk, openedEarlier);
    }

    [Fact]
    public async Task A_form_opened_before_another_clerks_correction_does_not_put_back_the_field_it_left_untouched()
    {
        var (id, page, first, openedEarlier) = await OpenedBeforeAnotherCorrectionAsync(
            "Kế hoạch tổ chức hội nghị nhân dân thôn Bản Chuối năm 2025.", "ke-hoach-ban-chuoi.txt", "41/KH-UBND",
            "{\"issuer\":\"UBND huyện Đình Lập\",\"reason\":\"Văn bản của huyện\"}");

        openedEarlier["number"] = "42/KH-UBND";
        openedEarlier["reason"] = "Số đánh máy sai";
        var response = await first.PostAsync($"{page}/sua", new FormUrlEncodedContent(openedEarlier));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await factory.CreateClient().GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("42/KH-UBND", record.GetProperty("number").GetString());
        Assert.Equal("UBND huyện Đình Lập", record.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task Two_clerks_changing_the_same_field_the_second_is_shown_the_first_ones_value_and_saves_only_when_sending_again()
    {
        var (id, page, second, openedEarlier) = await OpenedBeforeAnotherCorrectionAsync(
            "Kế hoạch sửa chữa đường liên thôn Khe Mò – Bản Chuối năm 2025.", "ke-hoach-duong.txt", "43/KH-UBND",
            "{\"number\":\"44/KH-UBND\",\"reason\":\"Số đánh máy sai\"}");

        openedEarlier["number"] = "45/KH-UBND";
        openedEarlier["reason"] = "Theo sổ văn bản đi";
        var refused = await second.PostAsync($"{page}/sua", new FormUrlEncodedContent(openedEarlier));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var answer = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Số, ký hiệu vừa được người khác sửa thành “44/KH-UBND”", WebUtility.HtmlDecode(answer));
        Assert.True(WebUtility.HtmlDecode(answer).IndexOf("Thông tin sửa chưa được lưu", StringComparison.Ordinal)
            < WebUtility.HtmlDecode(answer).IndexOf("<h2>Văn bản gốc</h2>", StringComparison.Ordinal), "the page says at its top that nothing was saved");
        Assert.Equal("44/KH-UBND", (await factory.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("number").GetString());

        // The page that says so keeps what the clerk typed; sent again as it is, it is saved.
        var again = StaffForms.FieldsOf(answer, $"{page}/sua");
        Assert.Equal("45/KH-UBND", again["number"]);
        Assert.Equal("Theo sổ văn bản đi", again["reason"]);
        var saved = await second.PostAsync($"{page}/sua", new FormUrlEncodedContent(again));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("45/KH-UBND", (await factory.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("number").GetString());
        var changes = (await factory.CreateClient().AuditAsync($"documentId={id}")).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "metadata-change").Select(e => e.GetProperty("details").GetString()).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, d => d!.Contains("số: '44/KH-UBND' → '45/KH-UBND'"));
    }

    [Fact]
    public async Task An_empty_title_is_refused_with_a_Vietnamese_message_and_nothing_changes()
    {
        var id = await UploadAsync("Biên bản họp thôn Khe Mò về việc sửa đường liên thôn.", "bien-ban-khe-mo.txt", "05/BB-TKM");
        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);
        var page = $"/quan-ly/van-ban/{id}";
        var token = await StaffForms.TokenAsync(clerk, page, $"{page}/sua");
        var fields = Fields("06/BB-TKM");
        fields["title"] = "  ";

        var response = await StaffForms.PostAsync(clerk, $"{page}/sua", token, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tiêu đề không được để trống", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal("05/BB-TKM", (await factory.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task An_official_sees_no_form_and_is_refused_when_posting_one()
    {
        var id = await UploadAsync("Thông báo lịch tiếp công dân của UBND xã Bắc Lãng tháng 3 năm 2025.", "thong-bao-tiep-dan.txt", "12/TB-UBND");
        var official = factory.CreateClientAs(ArchiveRoles.Official);
        var page = $"/quan-ly/van-ban/{id}";
        Assert.DoesNotContain($"{page}/sua", await official.GetStringAsync(page));
        // A token the official legitimately has (the sign-out form), so only the role can refuse the post.
        var token = await StaffForms.TokenAsync(official, page, "/quan-ly/dang-xuat");

        var response = await StaffForms.PostAsync(official, $"{page}/sua", token, Fields("99/TB-UBND"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("12/TB-UBND", (await factory.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_changes_nothing()
    {
        var id = await UploadAsync("Quyết định phê duyệt danh sách hộ nghèo xã Đình Lập năm 2025.", "quyet-dinh-ho-ngheo.txt", "40/QĐ-UBND");
        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);

        var response = await clerk.PostAsync($"/quan-ly/van-ban/{id}/sua", new FormUrlEncodedContent(Fields("41/QĐ-UBND")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("40/QĐ-UBND", (await factory.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("number").GetString());
    }
}
