using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests.Web;

/// <summary>Staff and public search show 20 results a page, with "Trang trước / Trang sau" links that keep the query and filters.</summary>
public sealed partial class SearchPagingTests : IClassFixture<SearchPagingTests.Service>
{
    private const int Count = 23;

    /// <summary>23 published minutes of one village, uploaded once for the class.</summary>
    public sealed class Service : ArchiveApiFactory
    {
        private readonly Lazy<Task> uploaded;

        public Service() => uploaded = new(async () =>
        {
            var admin = CreateClient();
            for (var i = 1; i <= Count; i++)
            {
                var response = await admin.UploadAsync(Encoding.UTF8.GetBytes($"Biên bản họp thôn Khuổi Slưn lần thứ {i} năm 2025 về việc làm đường bê tông liên thôn."),
                    $"bien-ban-khuoi-slun-{i}.txt", new Dictionary<string, string> { ["kind"] = "Biên bản", ["number"] = $"{i}/BB-TKS" });
                var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
                (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai theo quy chế dân chủ ở cơ sở" })).EnsureSuccessStatusCode();
            }
        });

        public Task UploadedAsync() => uploaded.Value;
    }

    private readonly Service service;

    public SearchPagingTests(Service service) => this.service = service;

    [Fact]
    public async Task Staff_search_pages_keep_the_query_and_the_kind_filter()
    {
        await service.UploadedAsync();
        var staff = service.CreateClient();

        var first = WebUtility.HtmlDecode(await staff.GetStringAsync("/quan-ly/?q=" + Uri.EscapeDataString("Khuổi Slưn") + "&kind=" + Uri.EscapeDataString("Biên bản")));
        var second = WebUtility.HtmlDecode(await staff.GetStringAsync(Link(first, "next")));

        Assert.Contains("Trang 1 / 2", first);
        Assert.Null(Link(first, "prev"));
        Assert.Contains("kind=" + Uri.EscapeDataString("Biên bản"), Link(first, "next"));
        Assert.Contains("Trang 2 / 2", second);
        Assert.Null(Link(second, "next"));
        // The first page is the search's own address.
        Assert.DoesNotContain("page=", Link(second, "prev"));
        var ids = Hits(first, "/quan-ly/van-ban/").Concat(Hits(second, "/quan-ly/van-ban/")).ToList();
        Assert.Equal(20, Hits(first, "/quan-ly/van-ban/").Count);
        Assert.Equal(Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Public_search_pages_keep_the_query()
    {
        await service.UploadedAsync();
        var visitor = service.CreateAnonymousClient();

        var first = WebUtility.HtmlDecode(await visitor.GetStringAsync("/tim-kiem?q=" + Uri.EscapeDataString("khuoi slun")));
        var next = Link(first, "next")!;
        var second = WebUtility.HtmlDecode(await visitor.GetStringAsync(next));

        Assert.Contains("Trang 1 / 2", first);
        Assert.StartsWith("/tim-kiem?q=" + Uri.EscapeDataString("khuoi slun"), next);
        Assert.Contains("Trang 2 / 2", second);
        Assert.Contains("Trang trước", second);
        Assert.Equal(20, Hits(first, "/van-ban/").Count);
        Assert.Equal(Count, Hits(first, "/van-ban/").Concat(Hits(second, "/van-ban/")).Distinct().Count());
    }

    [Fact]
    public async Task A_query_with_one_page_of_results_shows_no_pager()
    {
        await service.UploadedAsync();

        var page = WebUtility.HtmlDecode(await service.CreateClient().GetStringAsync("/quan-ly/?q=" + Uri.EscapeDataString("7/BB-TKS")));

        Assert.DoesNotContain("Phân trang", page);
    }

    [Fact]
    public async Task A_public_search_page_beyond_the_first_10000_results_is_refused_with_a_reason_in_pages()
    {
        var response = await service.CreateAnonymousClient().GetAsync("/tim-kiem?q=" + Uri.EscapeDataString("dân") + "&page=5000000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Told in the page's own terms (pages of 20), not in the API's parameters.
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chỉ xem được 500 trang đầu", page);
        Assert.DoesNotContain("pageSize", page);
    }

    [Fact]
    public async Task A_staff_search_page_beyond_the_first_10000_results_is_refused_with_a_reason_in_pages()
    {
        var response = await service.CreateClient().GetAsync("/quan-ly/?q=" + Uri.EscapeDataString("dân") + "&page=501");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Told in the page's own terms (pages of 20), not in the API's parameters.
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chỉ xem được 500 trang đầu", page);
        Assert.DoesNotContain("pageSize", page);
    }

    private static string? Link(string page, string rel) =>
        Regex.Match(page, $"<a rel=\"{rel}\" href=\"([^\"]+)\"") is { Success: true } match ? match.Groups[1].Value : null;

    private static List<string> Hits(string page, string prefix) =>
        HitLink().Matches(page).Select(m => m.Groups[1].Value).Where(href => href.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [GeneratedRegex("<h3><a href=\"([^\"]+)\"")]
    private static partial Regex HitLink();
}
