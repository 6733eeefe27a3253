using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.Documents;
using Archive.Api.Records;
using Archive.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Documents;

/// <summary>
/// An upload another instance stored and never answered nor announced (killed between the two): the clerk sends the
/// same file again, here, and the document is read, not left "pending" with nobody to read it, and its original is
/// locked as any upload's.
/// </summary>
public sealed class StrandedUploadTests : IDisposable
{
    private readonly LockWatchingService service = new();

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task The_same_file_sent_again_after_another_instance_stored_it_unannounced_is_locked_and_read_here()
    {
        var client = service.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("Biên bản họp thôn Khuổi Luông về việc sửa đường vào bản, ngày 12 tháng 3 năm 2026.");
        // What the other instance left in the store: the original and a pending record (after this one's start-up repair).
        // The lock is seen where the service asks for it (the local folder store has no object lock of its own).
        var id = await StoredElsewhereAsync(bytes, "biên bản họp thôn.txt", TextStatuses.Pending);

        var again = await client.PostFileAsync(bytes, "biên bản họp thôn.txt");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(id, service.Locked);
        var read = await client.WaitUntilDoneAsync(id, seconds: 120);
        Assert.Equal("ok", read.GetProperty("textStatus").GetString());
    }

    [Fact]
    public async Task The_same_file_sent_again_after_another_instance_read_it_leaves_its_lock_alone()
    {
        var client = service.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("Kế hoạch sửa chữa nhà văn hóa thôn Bản Chắt, năm 2026.");
        // Stored, locked and read by the other instance, not yet heard of here (its change feed not followed yet): its
        // lock there may follow a dossier this instance's register does not know, and must not be moved from here.
        var id = await StoredElsewhereAsync(bytes, "kế hoạch.txt", TextStatuses.Ok);

        var again = await client.PostFileAsync(bytes, "kế hoạch.txt");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain(id, service.Locked);
    }

    /// <summary>The original and the record another instance wrote to the shared store, unknown to this one; returns the id.</summary>
    private async Task<string> StoredElsewhereAsync(byte[] bytes, string fileName, string textStatus)
    {
        var store = service.Services.GetRequiredService<IObjectStore>();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var id = StoreLayout.IdFor(sha256);
        await store.PutAsync(StoreLayout.Original(id), new MemoryStream(bytes), "text/plain");
        await StoredJson.WriteAsync(store, StoreLayout.Meta(id), new DocumentRecord
        {
            Id = id,
            Sha256 = sha256,
            FileName = fileName,
            ContentType = "text/plain",
            Size = bytes.Length,
            Title = Path.GetFileNameWithoutExtension(fileName),
            CreatedAt = DateTimeOffset.UtcNow,
            TextStatus = textStatus,
        }, CancellationToken.None);
        return id;
    }

    /// <summary>The service whose original locks (the real ones, <see cref="OriginalLocks"/>) note each document they are asked to lock.</summary>
    private sealed class LockWatchingService : ArchiveApiFactory
    {
        public ConcurrentBag<string> Locked { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddSingleton<IOriginalLocks>(sp => new Watched(sp.GetRequiredService<OriginalLocks>(), Locked)));
        }

        private sealed class Watched(OriginalLocks inner, ConcurrentBag<string> locked) : IOriginalLocks
        {
            public Task LockAsync(DocumentRecord record, CancellationToken cancellationToken)
            {
                locked.Add(record.Id);
                return inner.LockAsync(record, cancellationToken);
            }
        }
    }
}
