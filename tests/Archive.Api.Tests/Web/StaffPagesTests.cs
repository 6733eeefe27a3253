using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Api.Access;
using Archive.Indexer.Extraction;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Web;

/// <summary>The staff pages over HTTP: search filters, upload with metadata, corrections with history, users, the one formats list.</summary>
public sealed partial class StaffPagesTests : IClassFixture<StaffPagesTests.Service>
{
    /// <summary>Three village minutes, two of March 2025 with different chairs, one of April.</summary>
    public sealed class Service : ArchiveApiFactory
    {
        private readonly Lazy<Task> uploaded;

        public Service() => uploaded = new(async () =>
        {
            foreach (var (village, day, chair) in new[] { ("Nà Lầm", "05/3/2025", "Hoàng Văn Bình"), ("Khe Thuổng", "19/3/2025", "Lý Văn Tư"), ("Bản Quyên", "09/4/2025", "Hoàng Văn Bình") })
            {
                var text = $"BIÊN BẢN\nHọp thôn {village}\nThời gian: 19 giờ 00 phút, ngày {day}\nĐịa điểm: Nhà văn hóa thôn {village}\nChủ trì: Ông {chair} - Trưởng thôn\n"
                    + "Thư ký: Bà Nông Thị Mai\nHội nghị biểu quyết thông qua mức đóng góp làm đường với 30/32 hộ đồng ý.\n";
                var response = await CreateClient().UploadAsync(Encoding.UTF8.GetBytes(text), $"bien-ban-{village}.txt");
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        });

        public Task UploadedAsync() => uploaded.Value;
    }

    private readonly Service service;

    public StaffPagesTests(Service service) => this.service = service;

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task An_auditor_finds_the_March_minutes_chaired_by_one_person_in_one_step()
    {
        await service.UploadedAsync();
        var auditor = service.CreateClientAs(ArchiveRoles.Auditor);

        var page = Decode(await auditor.GetStringAsync("/quan-ly/?kind=Biên+bản&from=2025-03-01&to=2025-03-31&chair=Hoang+Van+Binh"));

        Assert.Contains("1 văn bản phù hợp", page);
        Assert.Contains("Họp thôn Nà Lầm", page);
        Assert.DoesNotContain("Họp thôn Khe Thuổng", page);
        Assert.DoesNotContain("Họp thôn Bản Quyên", page);
        // The filters in force can be removed one by one; the month shortcuts keep the other filters.
        Assert.Contains("Bỏ bộ lọc Chủ trì: Hoang Van Binh", page);
        Assert.Contains("from=2025-04-01&to=2025-04-30", page);
        Assert.Contains("chair=Hoang%20Van%20Binh", page);
    }

    [Fact]
    public async Task Facet_counts_are_links_that_narrow_the_search()
    {
        await service.UploadedAsync();
        var page = Decode(await service.CreateClient().GetStringAsync("/quan-ly/?q=hop+thon"));

        var facet = FacetLink().Match(page);
        Assert.True(facet.Success, "no facet link for Biên bản");
        Assert.StartsWith(" (3)", page[(facet.Index + facet.Length)..]);
        var narrowed = Decode(await service.CreateClient().GetStringAsync(WebUtility.HtmlDecode(facet.Groups[1].Value)));
        Assert.Contains("3 văn bản phù hợp", narrowed);
    }

    [Fact]
    public async Task The_search_form_sent_with_its_empty_filter_fields_searches_by_the_words_alone()
    {
        await service.UploadedAsync();

        var response = await service.CreateClient().GetAsync("/quan-ly/?q=hop+thon&kind=&issuer=&from=&to=&chair=&place=&validity=&sort=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Họp thôn Nà Lầm", Decode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_empty_result_suggests_what_to_change()
    {
        var page = Decode(await service.CreateClient().GetStringAsync("/quan-ly/?q=nd59+qwzx+thuế&kind=Quyết+định"));

        Assert.Contains("0 văn bản phù hợp", page);
        Assert.Contains("“nghị định 59”", page);
        Assert.Contains("Tìm không dấu: “nd59 qwzx thue”", page);
        Assert.Contains("Dùng ít từ hơn: “nd59 qwzx”", page);
        Assert.Contains("Bỏ bộ lọc, chỉ tìm theo từ khóa.", page);
    }

    [Fact]
    public async Task The_upload_form_without_script_stores_one_file_with_its_metadata_and_refuses_a_wrong_number_beside_its_field()
    {
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);
        var token = await StaffForms.TokenAsync(clerk, "/quan-ly/tai-len", "/quan-ly/tai-len");
        MultipartFormDataContent Form(string number) => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Kế hoạch tổ chức Tết trồng cây xã Cường Lợi năm 2025.")), "file", "ke-hoach-trong-cay.txt" },
            { new StringContent(number), "number" }, { new StringContent("Kế hoạch"), "kind" }, { new StringContent("14/01/2025"), "issuedOn" },
            { new StringContent("UBND xã Cường Lợi"), "issuer" }, { new StringContent(""), "title" },
        };

        var refused = await clerk.PostAsync("/quan-ly/tai-len", Form("hello world"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\">“hello world” không giống số", Decode(await refused.Content.ReadAsStringAsync()));

        var stored = await clerk.PostAsync("/quan-ly/tai-len", Form("07/KH-UBND"));
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        var id = stored.Headers.Location!.ToString().Split('/')[^1];
        var record = await service.CreateClient().GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("07/KH-UBND", record.GetProperty("number").GetString());
        Assert.Equal("2025-01-14", record.GetProperty("issuedOn").GetString());
        Assert.Equal("provided", record.GetProperty("fieldSources").GetProperty("issuer").GetString());
        Assert.Contains((await service.CreateClient().AuditAsync($"documentId={id}")).EnumerateArray(), e => e.GetProperty("action").GetString() == "upload");
    }

    [Fact]
    public async Task The_upload_form_without_script_stores_every_file_chosen_and_refuses_one_number_for_several()
    {
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);
        var token = await StaffForms.TokenAsync(clerk, "/quan-ly/tai-len", "/quan-ly/tai-len");
        string[] names = ["thong-bao-tiem-phong-dot-1.txt", "thong-bao-tiem-phong-dot-2.txt", "thong-bao-tiem-phong-dot-3.txt"];
        MultipartFormDataContent Form(string number)
        {
            var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            foreach (var name in names)
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"Thông báo lịch tiêm phòng gia súc, gia cầm ({name}).")), "file", name);
            form.Add(new StringContent(number), "number");
            form.Add(new StringContent("Thông báo"), "kind");
            form.Add(new StringContent(""), "title");
            return form;
        }

        var refused = await clerk.PostAsync("/quan-ly/tai-len", Form("12/TB-UBND"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đã chọn 3 tệp", Decode(await refused.Content.ReadAsStringAsync()));

        var stored = await clerk.PostAsync("/quan-ly/tai-len", Form(""));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var page = Decode(await stored.Content.ReadAsStringAsync());
        Assert.Contains("3 trên 3 tệp đã được lưu", page);
        var ids = DocumentLink().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(3, ids.Count);
        foreach (var id in ids)
            Assert.Equal("Thông báo", (await service.CreateClient().GetJsonAsync($"/api/documents/{id}")).GetProperty("kind").GetString());
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/quan-ly/van-ban/([^\"/?#]+)\"")]
    private static partial System.Text.RegularExpressions.Regex DocumentLink();

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_on_the_page_and_a_saved_one_shows_in_the_history_with_old_and_new()
    {
        var response = await service.CreateClient().UploadAsync(Encoding.UTF8.GetBytes("Quyết định khen thưởng tập thể thôn Bó Lếch năm 2024."), "qd-khen.txt",
            new Dictionary<string, string> { ["number"] = "88/QĐ-UBND", ["title"] = "Quyết định khen thưởng thôn Bó Lếch" });
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);
        var page = $"/quan-ly/van-ban/{id}";
        var fields = new Dictionary<string, string> { ["title"] = "Quyết định khen thưởng thôn Bó Lếch", ["number"] = "89/QĐ-UBND", ["reason"] = " " };

        var refused = await StaffForms.PostAsync(clerk, $"{page}/sua", await StaffForms.TokenAsync(clerk, page, $"{page}/sua"), fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = Decode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Hãy ghi lý do sửa", again);
        Assert.Contains("value=\"89/QĐ-UBND\"", again);

        fields["reason"] = "Sai số quyết định";
        var saved = await StaffForms.PostAsync(clerk, $"{page}/sua", await StaffForms.TokenAsync(clerk, page, $"{page}/sua"), fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = Decode(await clerk.GetStringAsync(page));
        Assert.Contains("Lịch sử", history);
        Assert.Contains("số: '88/QĐ-UBND' → '89/QĐ-UBND' — lý do: Sai số quyết định", history);
        // A clerk sees changes, not who looked at the document; no hash or BagIt for a clerk.
        Assert.DoesNotContain("Giao diện quản lý", history);
        Assert.DoesNotContain("SHA-256", history);
        Assert.DoesNotContain("BagIt", history);
        Assert.Contains("SHA-256", Decode(await service.CreateClientAs(ArchiveRoles.Auditor).GetStringAsync(page)));
    }

    [Fact]
    public async Task An_admin_adds_a_user_whose_key_is_shown_once_and_works()
    {
        var admin = service.CreateClient();
        var token = await StaffForms.TokenAsync(admin, "/quan-ly/nguoi-dung", "/quan-ly/nguoi-dung");

        var added = await StaffForms.PostAsync(admin, "/quan-ly/nguoi-dung", token, new Dictionary<string, string> { ["name"] = "thu.thanhtra", ["role"] = "auditor" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.True(added.Headers.CacheControl!.NoStore);
        var key = KeyField().Match(await added.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("ak_", key);
        var auditor = service.CreateAnonymousClient();
        auditor.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/audit/verify")).StatusCode);
        Assert.DoesNotContain(key, await admin.GetStringAsync("/quan-ly/nguoi-dung"));
        Assert.Contains((await admin.AuditAsync()).EnumerateArray(), e => e.GetProperty("action").GetString() == "user-added"
            && e.GetProperty("details").GetString() == "thu.thanhtra (auditor)");
    }

    [Fact]
    public async Task One_list_of_formats_feeds_the_file_picker_the_415_answer_and_the_API_description()
    {
        var page = Decode(await service.CreateClientAs(ArchiveRoles.Clerk).GetStringAsync("/quan-ly/tai-len"));
        var accept = AcceptAttribute().Match(page).Groups[1].Value.Split(',');
        foreach (var format in AcceptedFormats.All)
        {
            Assert.Contains(format.MediaType, accept);
            Assert.All(format.FileExtensions, e => Assert.Contains(e, accept));
        }

        var refused = await service.CreateClient().UploadAsync([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0xFF, 0xFF], "setup.exe");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains(AcceptedFormats.Names, (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Contains(AcceptedFormats.Names, await service.CreateClient().GetStringAsync("/openapi/v1.json"));
        Assert.Contains(AcceptedFormats.Names, page);
    }

    [GeneratedRegex("<a href=\"(/quan-ly/\\?q=hop%20thon&kind=Bi%C3%AAn%20b%E1%BA%A3n)\"[^>]*>Biên bản</a>")]
    private static partial Regex FacetLink();

    [GeneratedRegex("id=\"new-key\" readonly value=\"([^\"]+)\"")]
    private static partial Regex KeyField();

    [GeneratedRegex("accept=\"([^\"]+)\"")]
    private static partial Regex AcceptAttribute();
}
