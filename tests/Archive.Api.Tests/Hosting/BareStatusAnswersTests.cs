using System.Net;
using System.Net.Http.Headers;
using Archive.Api.Access;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// Answers the framework gives by status alone (a parameter that does not bind, a method a public page does not take,
/// a refused sign-in for a client that accepts no JSON) are said in Vietnamese and are never server errors.
/// </summary>
public sealed class BareStatusAnswersTests(ArchiveApiFactory service) : IClassFixture<ArchiveApiFactory>
{

    private static HttpRequestMessage Get(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    public async Task A_refused_API_call_from_a_client_that_accepts_no_JSON_is_a_Vietnamese_401_or_403_not_a_server_error(string accept)
    {
        var anonymous = await service.CreateAnonymousClient().SendAsync(Get("/api/search?q=a", accept));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Chưa đăng nhập", await anonymous.Content.ReadAsStringAsync());

        var official = await service.CreateClientAs(ArchiveRoles.Official).SendAsync(Get("/api/users", accept));
        Assert.Equal(HttpStatusCode.Forbidden, official.StatusCode);
        Assert.Contains("Không có quyền", await official.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/documents?page=abc")]
    [InlineData("/api/search?q=a&pageSize=m%C6%B0%E1%BB%9Di")]
    [InlineData("/api/dossiers?year=abc")]
    public async Task A_parameter_that_is_not_a_number_is_a_Vietnamese_problem(string url)
    {
        var answer = await service.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.JsonAsync();
        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains("không đúng dạng", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_page_number_edited_into_words_shows_the_first_page_of_results_on_the_public_and_staff_searches()
    {
        var publicPage = await service.CreateAnonymousClient().SendAsync(Get("/tim-kiem?q=lu%E1%BA%ADt&page=abc", "text/html"));
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("text/html", publicPage.Content.Headers.ContentType?.ToString());

        var staffPage = await service.CreateClient().SendAsync(Get("/quan-ly/?page=1&page=2", "text/html"));
        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
        Assert.Contains("text/html", staffPage.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_public_page_answers_HEAD_like_GET_and_refuses_other_methods_without_sending_anyone_to_the_staff_sign_in()
    {
        var anonymous = service.CreateAnonymousClient();

        var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        // Kestrel sends no body for HEAD; the in-memory test server does not strip it, so only the answer is checked.
        Assert.Contains("text/html", head.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/van-ban/khong-co"))).StatusCode);

        var asPost = Get("/tim-kiem", "text/html");
        asPost.Method = HttpMethod.Post;
        var post = await anonymous.SendAsync(asPost);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Null(post.Headers.Location);
        Assert.Contains("Phương thức không được hỗ trợ", await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await anonymous.DeleteAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_browser_sent_a_bare_status_gets_a_page_of_the_site_with_its_header_and_a_way_home()
    {
        var anonymous = service.CreateAnonymousClient();
        var asPost = Get("/tim-kiem", "text/html");
        asPost.Method = HttpMethod.Post;

        var post = await anonymous.SendAsync(asPost);
        var page = System.Net.WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("<html lang=\"vi\">", page);
        Assert.Contains("<header class=\"site\">", page);
        Assert.Contains("<h1>Phương thức không được hỗ trợ</h1>", page);
        Assert.Contains("Địa chỉ này không nhận yêu cầu POST.", page);
        Assert.Contains("<a href=\"/\">Về trang chủ</a>", page);
    }
}
