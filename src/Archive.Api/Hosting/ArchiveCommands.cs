using Archive.Indexer.Index;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>The service's defaults and its command-line commands (besides serving).</summary>
public static class ArchiveCommands
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless --urls, ASPNETCORE_URLS or similar says otherwise.</summary>
    public static IWebHostBuilder UseArchiveDefaultUrl(this ConfigureWebHostBuilder webHost)
    {
        var configured = webHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (string.IsNullOrWhiteSpace(configured) && Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") is null)
            webHost.UseUrls(DefaultUrl);
        return webHost;
    }

    /// <summary>
    /// Runs a command given on the command line and returns true, or returns false to serve.
    /// <c>reindex</c>: throws the index away and rebuilds it from the store (stop the service first).
    /// </summary>
    public static async Task<bool> RunArchiveCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not ["reindex", ..]) return false;

        var options = app.Services.GetRequiredService<IOptions<IndexOptions>>().Value;
        var folder = Path.Combine(options.Path, DocumentSchema.Stamp);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var startup = app.Services.GetRequiredService<ArchiveStartup>();
        await startup.PrepareAsync(CancellationToken.None);
        await startup.RepairIndexAsync(CancellationToken.None);
        await app.DisposeAsync();
        Console.WriteLine("Đã dựng lại chỉ mục từ kho lưu trữ.");
        return true;
    }
}
