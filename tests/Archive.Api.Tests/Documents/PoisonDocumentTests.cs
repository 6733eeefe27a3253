using System.Security.Cryptography;
using System.Text;
using Archive.Api.Documents;
using Archive.Api.Ingest;
using Archive.Storage;

namespace Archive.Api.Tests.Documents;

/// <summary>
/// A document whose processing was begun and cut short again and again (the service killed while reading it) is
/// marked failed with the reason at the next start, and the documents beside it are processed as usual.
/// </summary>
public sealed class PoisonDocumentTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static async Task<string> StorePendingAsync(IObjectStore store, string text, string fileName)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var id = StoreLayout.IdFor(sha);
        await store.PutAsync(StoreLayout.Original(id), new MemoryStream(bytes), "text/plain");
        await StoredJson.WriteAsync(store, StoreLayout.Meta(id), new DocumentRecord
        {
            Id = id, Sha256 = sha, FileName = fileName, ContentType = "text/plain", Size = bytes.Length,
            Title = Path.GetFileNameWithoutExtension(fileName), CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        return id;
    }

    [Fact]
    public async Task A_document_cut_short_at_every_attempt_ends_failed_with_its_reason_and_the_others_are_searchable()
    {
        var store = new LocalFolderObjectStore(Path.Combine(factory.DataFolder, "store"));
        var poison = await StorePendingAsync(store, "Tờ trình về việc sửa chữa đường giao thông thôn Nà Sla", "to-trinh.txt");
        var good = await StorePendingAsync(store, "Thông báo lịch tiêm chủng mở rộng tại trạm y tế xã Hữu Kiên", "thong-bao.txt");
        // What a service killed while processing it leaves behind, as many times as attempts are allowed.
        for (var i = 0; i < ProcessingAttempts.Limit; i++) await new ProcessingAttempts(store).BeginAsync(poison, CancellationToken.None);

        var client = factory.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(120); // generous for a loaded machine: the loop ends as soon as both are read
        async Task<bool> PendingAsync(string id) => (await client.GetJsonAsync($"/api/documents/{id}")).GetProperty("textStatus").GetString() == "pending";
        while ((await PendingAsync(good) || await PendingAsync(poison)) && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var failed = await client.GetJsonAsync($"/api/documents/{poison}");
        Assert.Equal("failed", failed.GetProperty("textStatus").GetString());
        Assert.Contains("gián đoạn 3 lần", failed.GetProperty("textError").GetString());
        Assert.Equal("ok", (await client.GetJsonAsync($"/api/documents/{good}")).GetProperty("textStatus").GetString());
        Assert.Contains(good, (await client.GetJsonAsync("/api/search?q=tiem%20chung%20huu%20kien")).HitIds());
        Assert.Null(await store.StatAsync(StoreLayout.Processing(poison)));
        Assert.Null(await store.StatAsync(StoreLayout.Processing(good)));
    }
}
