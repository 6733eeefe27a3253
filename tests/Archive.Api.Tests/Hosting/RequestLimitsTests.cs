using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// Requests the service cannot or will not read, sent by anyone (bodies over a route's limit or cut short, forms with
/// too many fields, very long addresses): each gets a 4xx with a Vietnamese reason, never a server error or an empty
/// answer, and the upload routes still take their files. Kestrel's limits are only enforced by a real Kestrel
/// (TestServer does not), so the service runs as a process, one for the class.
/// </summary>
public sealed class RequestLimitsTests(RequestLimitsTests.Service service) : IClassFixture<RequestLimitsTests.Service>
{
    public sealed class Service : IAsyncLifetime
    {
        private readonly ServiceDataFolder folder = new("request-limits-tests");

        public ArchiveProcess Process { get; private set; } = null!;

        public async Task InitializeAsync() => Process = await ArchiveProcess.StartAsync(folder.Root, folder.Settings());

        public Task DisposeAsync()
        {
            Process.Dispose();
            folder.Dispose();
            return Task.CompletedTask;
        }
    }

    private HttpClient Anonymous => new() { BaseAddress = service.Process.Address, Timeout = ArchiveApiFactory.RequestTimeout };

    [Fact]
    public async Task An_anonymous_post_of_two_megabytes_to_the_sign_in_page_is_refused_as_too_large_in_Vietnamese()
    {
        using var client = Anonymous;
        var form = new FormUrlEncodedContent([new("key", new string('a', 2 * 1024 * 1024))]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/quan-ly/dang-nhap") { Content = form };
        request.Headers.Accept.ParseAdd("text/html");

        var answer = await client.SendAsync(request);

        var page = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.True(answer.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)answer.StatusCode}: {page}\n{service.Process.Output}");
        Assert.Contains("Yêu cầu quá lớn", page);
    }

    [Fact]
    public async Task A_sign_in_form_with_two_thousand_fields_is_a_bad_request_not_a_server_error()
    {
        using var client = Anonymous;
        var form = new FormUrlEncodedContent(Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"f{i}", "x")));

        var answer = await client.PostAsync("/quan-ly/dang-nhap", form);

        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {body}");
        Assert.Contains("Không đọc được dữ liệu gửi lên", body);
    }

    [Fact]
    public async Task A_sign_in_form_cut_short_is_a_bad_request_not_a_server_error()
    {
        using var client = Anonymous;
        var answer = await client.PostAsync("/quan-ly/dang-nhap", CutShort("key", "ak_khong-dung"));

        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {body}");
        Assert.Contains("bị cắt ngang", body);
    }

    [Fact]
    public async Task An_upload_cut_short_is_a_bad_request_and_stores_nothing()
    {
        var before = (await service.Process.Client.GetJsonAsync("/api/documents")).GetProperty("total").GetInt32();

        var answer = await service.Process.Client.PostAsync("/api/documents", CutShort("file", "Biên bản họp thôn Bản Chắt", fileName: "bien-ban.txt"));

        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {body}");
        Assert.Contains("Không đọc được nội dung biểu mẫu", body);
        Assert.Equal(before, (await service.Process.Client.GetJsonAsync("/api/documents")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Two_files_in_one_upload_are_refused_rather_than_one_dropped()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Kế hoạch tổ chức lễ hội Lồng tồng xã Thái Cường")), "file", "ke-hoach.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Biên bản họp ban tổ chức lễ hội")), "file", "bien-ban.txt" },
        };

        var answer = await service.Process.Client.PostAsync("/api/documents", form);

        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {body}");
        Assert.Contains("chỉ nhận một tệp", body);
    }

    [Fact]
    public async Task The_upload_route_still_takes_a_file_larger_than_a_form()
    {
        var text = new StringBuilder();
        while (text.Length < 1_500_000) text.Append($"Sổ đăng ký hộ tịch xã Bắc Lãng, trang {text.Length}: khai sinh, kết hôn, khai tử. ");

        var answer = await service.Process.Client.PostFileAsync(Encoding.UTF8.GetBytes(text.ToString()), "so-ho-tich.txt");

        Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_long_question_reaches_the_search_and_one_past_its_limit_is_told_why_in_Vietnamese()
    {
        var question = string.Concat(Enumerable.Repeat("quyền và nghĩa vụ của người dân ", 150)); // ~4,800 letters, ~30 KB encoded
        var tooLong = new string('đ', 10_001);

        var asked = await service.Process.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(question)}");
        var refused = await service.Process.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(tooLong)}");

        Assert.True(asked.StatusCode == HttpStatusCode.OK, $"{(int)asked.StatusCode}: {await asked.Content.ReadAsStringAsync()}");
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{(int)refused.StatusCode}: {body}");
        Assert.Contains("quá dài", body);
    }

    // A multipart body whose last part never ends: no closing boundary, the connection simply stops sending.
    private static ByteArrayContent CutShort(string field, string value, string? fileName = null)
    {
        var disposition = fileName is null ? $"form-data; name=\"{field}\"" : $"form-data; name=\"{field}\"; filename=\"{fileName}\"";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"--ranh-gioi\r\nContent-Disposition: {disposition}\r\n\r\n{value}"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=ranh-gioi");
        return content;
    }
}
