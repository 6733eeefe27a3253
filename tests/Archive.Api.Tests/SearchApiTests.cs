using System.Net;
using System.Text;

namespace Archive.Api.Tests;

public sealed class SearchApiTests : IClassFixture<ArchiveApiFactory>
{
    private static readonly string Law = "QUỐC HỘI\nLuật số: 60/2014/QH13\nLUẬT HỘ TỊCH\n"
        + string.Concat(Enumerable.Range(1, 40).Select(n => n == 18
            ? "Điều 18. Thủ tục đăng ký kết hôn\n1. Hai bên nam, nữ nộp tờ khai đăng ký kết hôn theo mẫu quy định cho cơ quan đăng ký hộ tịch và cùng có mặt khi đăng ký kết hôn.\n"
            : $"Điều {n}. Quy định về sổ hộ tịch lần thứ {n}\nCông chức tư pháp - hộ tịch cập nhật sổ hộ tịch và lưu trữ hồ sơ theo quy định.\n"));

    private readonly HttpClient client;
    private readonly Task uploaded;

    public SearchApiTests(ArchiveApiFactory factory)
    {
        client = factory.CreateClient();
        uploaded = UploadOnce();
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool done;

    private async Task UploadOnce()
    {
        await Gate.WaitAsync();
        try
        {
            if (done) return;
            var law = await client.UploadAsync(Encoding.UTF8.GetBytes(Law), "luat-ho-tich.txt", new Dictionary<string, string>
            {
                ["title"] = "Luật Hộ tịch", ["kind"] = "Luật", ["number"] = "60/2014/QH13", ["issuedOn"] = "2014-11-20", ["issuer"] = "Quốc hội",
            });
            Assert.True(law.IsSuccessStatusCode, await law.Content.ReadAsStringAsync());
            var decree = await client.UploadAsync(Encoding.UTF8.GetBytes(
                "CHÍNH PHỦ\nSố: 123/2015/NĐ-CP\nĐiều 1. Phạm vi\nQuy định chi tiết Luật Hộ tịch.\nĐiều 23. Giá trị sử dụng của Giấy xác nhận tình trạng hôn nhân\nGiấy xác nhận tình trạng hôn nhân có giá trị 6 tháng kể từ ngày cấp."),
                "nd-123-2015.txt", new Dictionary<string, string>
                {
                    ["title"] = "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", ["kind"] = "Nghị định",
                    ["number"] = "123/2015/NĐ-CP", ["issuedOn"] = "2015-11-15", ["issuer"] = "Chính phủ",
                });
            Assert.True(decree.IsSuccessStatusCode, await decree.Content.ReadAsStringAsync());
            done = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task A_citizens_question_without_diacritics_finds_the_article_that_answers_it()
    {
        await uploaded;
        var answer = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("thu tuc dang ky ket hon can nhung giay to gi"));

        var top = answer.GetProperty("hits")[0];
        Assert.Equal("Luật Hộ tịch", top.GetProperty("title").GetString());
        var passage = top.GetProperty("passage");
        Assert.Equal("Điều 18", passage.GetProperty("label").GetString());
        Assert.Equal("Thủ tục đăng ký kết hôn", passage.GetProperty("heading").GetString());
        Assert.Equal("dieu-18", passage.GetProperty("anchor").GetString());
        Assert.Contains("<mark>kết</mark> <mark>hôn</mark>", passage.GetProperty("snippet").GetString());
    }

    [Theory]
    [InlineData("nđ 123/2015")]
    [InlineData("123/2015/ND-CP")]
    [InlineData("nghi dinh 123")]
    public async Task A_symbol_query_puts_the_document_with_that_number_first(string typed)
    {
        await uploaded;
        var answer = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(typed));

        Assert.Equal("123/2015/NĐ-CP", answer.GetProperty("hits")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Facets_and_filters_answer_for_the_current_query()
    {
        await uploaded;
        var all = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("hộ tịch"));
        var kinds = all.GetProperty("facets").GetProperty("kind").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("Luật", kinds);
        Assert.Contains("Nghị định", kinds);

        var decrees = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("hộ tịch") + "&kind=" + Uri.EscapeDataString("nghi dinh") + "&from=2015-01-01&sort=date");
        Assert.All(decrees.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Nghị định", h.GetProperty("kind").GetString()));
        Assert.Equal("123/2015/NĐ-CP", decrees.GetProperty("hits")[0].GetProperty("number").GetString());
    }

    [Theory]
    [InlineData("\"kết hôn")]
    [InlineData("*")]
    [InlineData("title:hộ tịch")]
    [InlineData("\\")]
    [InlineData("🙂🙂 kết hôn")]
    [InlineData("?!.,;:()")]
    [InlineData("-\"")]
    public async Task Any_query_answers_200_or_400_never_500(string typed)
    {
        await uploaded;
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(typed));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{typed}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_5000_character_query_answers_200()
    {
        await uploaded;
        var typed = string.Concat(Enumerable.Repeat("đăng ký kết hôn \"hộ tịch\" -sổ ", 200))[..5000];

        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(1, 101)]
    [InlineData(101, 100)]
    [InlineData(5_000_000, 10)]
    [InlineData(10_000_000, 100)]
    public async Task Pages_beyond_the_first_10000_results_or_pages_of_more_than_100_are_refused_in_Vietnamese(int page, int pageSize)
    {
        await uploaded;
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString("hộ tịch")}&page={page}&pageSize={pageSize}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains("pageSize", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(500, 20)]
    public async Task The_last_page_within_10000_results_answers(int page, int pageSize)
    {
        await uploaded;
        var answer = await client.GetJsonAsync($"/api/search?q={Uri.EscapeDataString("hộ tịch")}&page={page}&pageSize={pageSize}");

        Assert.Equal(0, answer.GetProperty("hits").GetArrayLength());
        Assert.True(answer.GetProperty("total").GetInt32() >= 2);
    }
}
