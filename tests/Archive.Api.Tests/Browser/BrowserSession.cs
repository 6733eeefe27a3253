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

    private BrowserSession(IPlaywright playwright, IBrowser browser, ArchiveProcess server, string data)
    {
        this.playwright = playwright;
        Browser = browser;
        Server = server;
        DataFolder = data;
    }

    public IBrowser Browser { get; }
    public ArchiveProcess Server { get; }
    public string DataFolder { get; }

    /// <summary>Where the screenshots go (printed, to be looked at).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "archive-browser-screenshots");

    public static async Task<BrowserSession> StartAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/install-browser.sh (Debian's chromium package).");
        var data = Path.Combine(Path.GetTempPath(), "archive-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(ScreenshotFolder);
        var server = await ArchiveProcess.StartAsync(data, new Dictionary<string, string>
        {
            ["Storage__Local__Root"] = Path.Combine(data, "store"),
            ["Index__Path"] = Path.Combine(data, "index"),
        });
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new BrowserSession(playwright, browser, server, data);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString().TrimEnd('/'),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        Server.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
