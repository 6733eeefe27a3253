using Microsoft.Playwright;

namespace Archive.Api.Tests.Browser;

/// <summary>
/// Debian's headless chromium driven by Playwright, against the real service as a child process.
/// The browser is never downloaded: scripts/install-browser.sh installs /usr/bin/chromium, and
/// without it these tests fail (a skipped browser test would hide a broken UI).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, ArchiveProcess server, ServiceDataFolder data)
    {
        this.playwright = playwright;
        Browser = browser;
        Server = server;
        Data = data;
    }

    public IBrowser Browser { get; }
    public ArchiveProcess Server { get; }
    public ServiceDataFolder Data { get; }

    /// <summary>Where the screenshots go (printed, to be looked at).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "archive-browser-screenshots");

    /// <summary>
    /// Whether the pages are photographed for a person to look at (ARCHIVE_TEST_SCREENSHOTS=1): a full-page screenshot
    /// costs seconds of a loaded machine's processor and no test reads it, so the suite takes them only when asked.
    /// </summary>
    public static bool TakesScreenshots { get; } = Environment.GetEnvironmentVariable("ARCHIVE_TEST_SCREENSHOTS") is "1" or "true";

    public static async Task<BrowserSession> StartAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/install-browser.sh (Debian's chromium package).");
        // Expectations poll until they hold; their 5 s default is too short for a loaded 2-core machine.
        Assertions.SetDefaultExpectTimeout(60_000);
        var data = new ServiceDataFolder("browser-tests");
        Directory.CreateDirectory(ScreenshotFolder);
        var server = await ArchiveProcess.StartAsync(data.Root, data.Settings());
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new BrowserSession(playwright, browser, server, data);
    }

    public async Task<IPage> NewPageAsync(int width = 1366)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString().TrimEnd('/'),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = width, Height = width < 500 ? 844 : 900 },
            AcceptDownloads = true,
        });
        // Playwright's 30 s default is a speed limit this test is not about: CI's two cores run the other test
        // projects beside this one (a sign-in timed out at load 14). A page that never comes still fails, later.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) => ScreenshotAsync(page, name, fullPage: true);

    /// <summary>The page (or the screen only) as name.png in <see cref="ScreenshotFolder"/>, when <see cref="TakesScreenshots"/>.</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage) => TakesScreenshots
        ? page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage })
        : Task.CompletedTask;

    /// <summary>The widths every page is looked at: a desktop screen and a phone.</summary>
    public static readonly int[] Widths = [1366, 390];

    /// <summary>
    /// The page as it is now at each of <see cref="Widths"/>: a check that nothing is wider than the screen (no horizontal
    /// scrolling on a phone) and, when asked, a full-page screenshot (name-WIDTH.png, to be looked at).
    /// </summary>
    public static async Task LookAsync(IPage page, string name)
    {
        var size = page.ViewportSize!;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, width < 500 ? 844 : 900);
            var wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(wide <= width, $"{name} is {wide} px wide on a {width} px screen");
            await ScreenshotAsync(page, $"{name}-{width}", fullPage: true);
        }
        await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    /// <summary>A fresh browser (no cookies) signed in to the staff pages with <paramref name="key"/>.</summary>
    public async Task<IPage> SignedInAsync(string key, int width = 1366)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/quan-ly/dang-nhap");
        await page.GetByLabel("Khóa truy cập").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // Off the sign-in page once the next page's document is parsed; its pictures may still be coming (the load event
        // waits for them, and a loaded machine's page renderings twice missed the 120 s for it). Later steps wait for
        // what they look at.
        await page.WaitForURLAsync(url => !url.Contains("dang-nhap"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        Server.Dispose();
        Data.Dispose();
    }
}
