using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The whole service in memory, on a fresh data folder of its own (local store by default; extra
/// settings switch it to MinIO or change limits). Deletes its folder when disposed.
/// </summary>
public class ArchiveApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public ArchiveApiFactory() : this(new Dictionary<string, string?>())
    {
    }

    internal ArchiveApiFactory(IDictionary<string, string?> extraSettings)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "archive-api-tests", Guid.NewGuid().ToString("N"));
        settings = new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = Path.Combine(DataFolder, "store"),
            ["Index:Path"] = Path.Combine(DataFolder, "index"),
        };
        foreach (var (key, value) in extraSettings) settings[key] = value;
    }

    public string DataFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        }
    }
}
