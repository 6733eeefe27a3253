using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Browser;

/// <summary>The whole way a clerk and a publisher go, in a real browser: sign in, upload, find, open, publish, see it in public.</summary>
public sealed class StaffAndPublicSiteBrowserTests
{
    // Read from the documents' own headers at upload (the upload form gives no metadata).
    private const string PlanTitle = "Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025";
    private const string PlanNumber = "32/KH-UBND";
    private const string MinutesTitle = "Họp thôn Bản Chắt";

    [Fact]
    public async Task A_signed_in_admin_uploads_finds_publishes_and_a_visitor_sees_the_document()
    {
        await using var session = await BrowserSession.StartAsync();
        var staff = await session.NewPageAsync();

        await staff.GotoAsync("/quan-ly/");
        Assert.Contains("/quan-ly/dang-nhap", staff.Url);
        await staff.GetByLabel("Khóa truy cập").FillAsync("ak_sai-khoa-0000000000");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("không đúng");
        await staff.GetByLabel("Khóa truy cập").FillAsync(ArchiveProcess.AdminKey);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await staff.WaitForURLAsync(new Regex("/quan-ly/$"));

        await staff.GotoAsync("/quan-ly/tai-len");
        await staff.GetByLabel("Chọn tệp từ máy").SetInputFilesAsync(
        [
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "ke-hoach-dejavu-serif.pdf"),
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "bien-ban-utf16le.txt"),
        ]);
        await Assertions.Expect(staff.Locator("#uploads li")).ToHaveCountAsync(2);
        await Assertions.Expect(staff.Locator("#uploads li").Filter(new() { HasText = "ke-hoach-dejavu-serif.pdf" }))
            .ToContainTextAsync("Đã lưu vào kho", new() { Timeout = 30_000 });
        await Assertions.Expect(staff.Locator("#uploads li").Filter(new() { HasText = "bien-ban-utf16le.txt" }))
            .ToContainTextAsync("Đã lưu vào kho", new() { Timeout = 30_000 });
        await BrowserSession.ScreenshotAsync(staff, "staff-upload");

        await staff.GotoAsync("/quan-ly/");
        await staff.GetByLabel("Từ khóa").FillAsync("dan chu co so");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        var hit = staff.Locator("ol.hits li").Filter(new() { HasText = PlanNumber });
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit.Locator("mark").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(staff, "staff-search");

        await hit.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(staff.GetByText("Nội bộ", new() { Exact = true })).ToBeVisibleAsync();
        await staff.GetByLabel("Lý do").FillAsync("Công khai kế hoạch theo Luật Thực hiện dân chủ ở cơ sở");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Công bố lên trang công khai" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Đã công bố", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("table")).ToContainTextAsync("Công bố");
        await BrowserSession.ScreenshotAsync(staff, "staff-document");

        var visitor = await session.NewPageAsync();
        await visitor.GotoAsync("/");
        await Assertions.Expect(visitor.Locator("link[rel=alternate][type='application/atom+xml']")).ToHaveCountAsync(1);
        var published = visitor.GetByRole(AriaRole.Link, new() { Name = PlanTitle });
        await Assertions.Expect(published).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText(MinutesTitle)).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(visitor, "public-home");

        await published.ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(PlanTitle);
        await Assertions.Expect(visitor.Locator("script[type='application/ld+json']")).ToHaveCountAsync(1);
        Assert.Contains("\"@type\":\"Legislation\"", await visitor.Locator("script[type='application/ld+json']").TextContentAsync());
        await BrowserSession.ScreenshotAsync(visitor, "public-document");

        var feed = await visitor.APIRequest.GetAsync("/feed.atom");
        Assert.Contains(PlanTitle, await feed.TextAsync());
        Assert.DoesNotContain("bien-ban-utf16le", await feed.TextAsync());
    }
}
