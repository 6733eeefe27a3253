using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Archive.Storage.Tests;

/// <summary>Outages come out as <see cref="StoreOutageException"/>s the service can answer with 503 or 507, never as "no such object".</summary>
public sealed class StoreOutageTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "archive-outage-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_store_folder_that_went_away_is_unavailable_rather_than_empty()
    {
        var store = new LocalFolderObjectStore(root);
        await store.PutAsync("documents/a/meta.json", Text("{}"), "application/json");
        Directory.Delete(root, recursive: true); // the volume was unmounted under the running service

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.PutAsync("documents/b/meta.json", Text("{}"), "application/json"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.OpenReadAsync("documents/a/meta.json"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.StatAsync("documents/a/meta.json"));
        await Assert.ThrowsAsync<StoreUnavailableException>(async () =>
        {
            await foreach (var _ in store.ListAsync("documents/")) { }
        });
    }

    [Fact]
    public async Task A_missing_object_in_a_present_folder_is_still_just_missing()
    {
        var store = new LocalFolderObjectStore(root);
        Assert.Null(await store.OpenReadAsync("documents/none/meta.json"));
        Assert.Null(await store.StatAsync("documents/none/meta.json"));
    }

    [Fact]
    public void A_disk_without_space_is_reported_as_full()
    {
        // /dev/full answers every write with ENOSPC: the very error a full disk gives.
        var error = Assert.ThrowsAny<IOException>(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[4096]);
            full.Flush();
        });

        Assert.IsType<StoreFullException>(LocalStoreFailures.Translate(error, root));
        Assert.Null(LocalStoreFailures.Translate(new IOException("the key is a folder of other keys"), root));
    }

    [Fact]
    public async Task An_S3_server_that_refuses_connections_is_unavailable()
    {
        var store = new MinioObjectStore(new MinioOptions
        {
            Endpoint = $"127.0.0.1:{ClosedPort()}",
            AccessKey = "archive",
            SecretKey = "archive-secret",
            Bucket = "archive-outage",
        });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.PutAsync("audit/000000000001.json", Text("{}"), "application/json"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.OpenReadAsync("documents/a/meta.json"));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // free again once the listener stops
    }
}
