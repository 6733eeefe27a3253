using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests.Hosting;

/// <summary>Every answer carries the security headers; staff pages and the API cannot be framed or stored; no page needs inline script.</summary>
public sealed partial class SecurityHeadersTests(ArchiveApiFactory factory) : IClassFixture<ArchiveApiFactory>
{

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    private static void AssertCommon(HttpResponseMessage response)
    {
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    private static void AssertInternal(HttpResponseMessage response)
    {
        AssertCommon(response);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Staff_pages_and_API_answers_cannot_be_framed_or_stored_even_when_they_are_errors()
    {
        var visitor = factory.CreateAnonymousClient();
        var admin = factory.CreateClient();

        AssertInternal(await visitor.GetAsync("/quan-ly/dang-nhap"));
        AssertInternal(await visitor.GetAsync("/api/documents")); // 401
        AssertInternal(await admin.GetAsync("/api/documents"));
        AssertInternal(await admin.GetAsync("/api/documents/khong-co-van-ban-nay")); // 404 problem
        var staffPage = new HttpRequestMessage(HttpMethod.Get, "/quan-ly/");
        staffPage.Headers.Add("X-Api-Key", factory.AdminKey);
        AssertInternal(await visitor.SendAsync(staffPage));
    }

    [Fact]
    public async Task Public_pages_carry_the_policy_and_may_be_cached()
    {
        var visitor = factory.CreateAnonymousClient();
        foreach (var url in new[] { "/", "/tim-kiem?q=dan+chu", "/feed.atom", "/khong-co-trang-nay" })
        {
            var response = await visitor.GetAsync(url);
            AssertCommon(response);
            Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task No_page_relies_on_inline_script_style_or_event_handlers()
    {
        var admin = factory.CreateClient();
        var upload = await admin.UploadAsync("Kế hoạch số 12/KH-UBND về chuyển đổi số năm 2025\nNội dung: triển khai dịch vụ công trực tuyến."u8.ToArray(), "kế hoạch.txt",
            new Dictionary<string, string> { ["number"] = "12/KH-UBND", ["issuedOn"] = "2025-02-20", ["kind"] = "Kế hoạch" });
        var id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
        (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai theo quy chế" })).EnsureSuccessStatusCode();
        var browser = factory.CreateAnonymousClient();
        browser.DefaultRequestHeaders.Add("X-Api-Key", factory.AdminKey);

        foreach (var url in new[] { "/", "/tim-kiem?q=chuyen+doi+so", "/van-ban/12-kh-ubnd", "/quan-ly/dang-nhap", "/quan-ly/", "/quan-ly/?q=chuyen+doi+so",
                     $"/quan-ly/van-ban/{id}", "/quan-ly/tai-len", "/quan-ly/nhat-ky", "/quan-ly/nguoi-dung" })
        {
            var response = await browser.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match script in ScriptTag().Matches(html))
                Assert.True(script.Value.Contains(" src=", StringComparison.Ordinal) || script.Value.Contains("application/ld+json", StringComparison.Ordinal),
                    $"{url} has an inline script: {script.Value}");
            Assert.DoesNotMatch(StyleAttributeOrElement(), html);
            Assert.DoesNotMatch(EventHandler(), html);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<style[\s>]|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttributeOrElement();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
