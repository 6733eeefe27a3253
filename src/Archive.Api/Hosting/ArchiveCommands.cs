using Archive.Indexer.Index;

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
    /// <c>reindex</c>: empties the index and rebuilds it from the store; refuses while a running service
    /// holds the index (<see cref="IndexInUseException"/>).
    /// </summary>
    public static async Task<bool> RunArchiveCommandAsync(this WebApplication app, string[] args)
    {
        if (CommandHelp.Words(args) is not ["reindex", ..]) return false;

        DocumentIndex index;
        try
        {
            index = app.Services.GetRequiredService<DocumentIndex>();
        }
        catch (IndexInUseException e)
        {
            Console.Error.WriteLine(e.Message);
            Environment.ExitCode = CommandHelp.Refused;
            await app.DisposeAsync();
            return true;
        }
        index.Clear();
        var startup = app.Services.GetRequiredService<ArchiveStartup>();
        await startup.PrepareAsync(CancellationToken.None);
        await startup.RepairIndexAsync(CancellationToken.None);
        // Documents never finished are read here, since no hosted workers run in a command.
        await app.Services.GetRequiredService<Ingest.IngestWorkers>().DrainAsync(CancellationToken.None);
        index.Commit();
        await app.DisposeAsync();
        Console.WriteLine("Đã dựng lại chỉ mục từ kho lưu trữ.");
        return true;
    }
}
