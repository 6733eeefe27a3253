using Archive.Api.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// The whole service in memory, on a fresh data folder of its own (local store by default; extra
/// settings switch it to MinIO or change limits). Deletes its folder when disposed.
/// <see cref="WebApplicationFactory{T}.CreateClient()"/> signs in as the first admin (the known
/// <see cref="AdminKey"/>); <see cref="CreateAnonymousClient"/> and <see cref="CreateClientAs"/> say otherwise.
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
            // Outside the store, as in production: the audit key and the anchored checkpoints.
            ["Audit:AnchorFolder"] = Path.Combine(DataFolder, "audit-anchor"),
            ["Work:Folder"] = Path.Combine(DataFolder, "work"),
            ["DataProtection:KeysFolder"] = Path.Combine(DataFolder, "keys"),
            // Each test's service would compile nothing new (one process) but still build a scratch index: on only where tested.
            ["Index:WarmUpSearch"] = "false",
            [AccessStartup.AdminKeyVariable] = AdminKey,
        };
        foreach (var (key, value) in extraSettings) settings[key] = value;
    }

    public string DataFolder { get; }

    /// <summary>The first admin's key, set as ARCHIVE_ADMIN_KEY would be; one for all factories, as several may share a store.</summary>
    public string AdminKey => "ak_test-admin-key-for-the-archive-tests";

    private readonly Dictionary<string, string> roleKeys = [];
    private bool anonymous;

    /// <summary>
    /// How long a test's request may take. HttpClient's 100 s default failed a test on a loaded machine: a request that
    /// converts a Word file waits its turn behind every other LibreOffice conversion of the test process (one at a
    /// time). How fast the service answers is measured in bench/, not here.
    /// </summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Timeout = RequestTimeout;
        if (!anonymous) client.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
    }

    /// <summary>A client that presents no key and no cookie, as a visitor of the public site; it does not follow redirects.</summary>
    public HttpClient CreateAnonymousClient()
    {
        lock (roleKeys)
        {
            anonymous = true;
            try { return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }); }
            finally { anonymous = false; }
        }
    }

    /// <summary>A client signed in with the key of a user of <paramref name="role"/> (created once, through the real user directory).</summary>
    public HttpClient CreateClientAs(string role)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, KeyFor(role));
        return client;
    }

    public string KeyFor(string role)
    {
        lock (roleKeys)
        {
            if (!roleKeys.TryGetValue(role, out var key))
            {
                var users = Services.GetRequiredService<UserDirectory>();
                key = users.AddAsync($"thử-{role}", role, null, CancellationToken.None).GetAwaiter().GetResult();
                roleKeys[role] = key;
            }
            return key;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        // Registered as an instance, so no host disposes it (each would remove the shared profile).
        builder.ConfigureTestServices(services => services.AddSingleton(SharedOfficeConverter.Instance));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Once: a second Dispose (a test's using, then its class's list) must not wait on the next service's lock.
        if (disposing && !indexReleased)
        {
            indexReleased = true;
            WaitForIndexRelease();
        }
        if (disposing && Directory.Exists(DataFolder))
        {
            try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// The app of a minimal-hosting service may still be disposing (releasing the index folder's lock) when the factory's
    /// Dispose returns; a test that starts the next service on the same folder would then find the index "in use". Waits
    /// until the lock can be taken (taken and let go at once), up to a minute.
    /// </summary>
    private bool indexReleased;

    private void WaitForIndexRelease()
    {
        if (settings.GetValueOrDefault("Index:Path") is not { } index) return;
        var lockFile = Path.Combine(index, Archive.Indexer.Index.IndexOwnership.FileName);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (File.Exists(lockFile) && DateTime.UtcNow < deadline)
        {
            try
            {
                using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) return;
            }
            catch (FileNotFoundException)
            {
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(50);
            }
        }
    }
}
