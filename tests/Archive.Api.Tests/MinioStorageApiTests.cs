using System.Net;
using Archive.Storage.Tests;

namespace Archive.Api.Tests;

/// <summary>The same service configured for MinIO (a real S3 server started by the test command).</summary>
public sealed class MinioStorageApiTests : IDisposable
{
    private readonly string bucket = "archive-api-" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<ArchiveApiFactory> factories = [];

    public void Dispose()
    {
        foreach (var factory in factories) factory.Dispose();
    }

    private ArchiveApiFactory Service()
    {
        var s3 = S3TestServer.Options(bucket);
        var factory = new ArchiveApiFactory(S3Settings.For(s3));
        factories.Add(factory);
        return factory;
    }

    [Fact]
    public async Task Configured_for_MinIO_the_service_creates_its_bucket_stores_serves_and_finds_documents()
    {
        var client = Service().CreateClient();
        var bytes = Uploads.Fixture("ke-hoach-liberation-serif.pdf");

        var response = await client.UploadAsync(bytes, "kế hoạch dân chủ.pdf");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString();

        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=dan%20chu%20co%20so")).HitIds());
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=d%C3%A2n%20ch%E1%BB%A7")).HitIds());
        var content = await client.GetAsync($"/api/documents/{id}/content");
        Assert.Equal(bytes, await content.Content.ReadAsByteArrayAsync());
        Assert.Equal("kế hoạch dân chủ.pdf", content.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, (await client.UploadAsync(bytes, "lần hai.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_new_instance_with_an_empty_index_rebuilds_it_from_the_MinIO_store()
    {
        string id;
        using (var first = Service())
        {
            var response = await first.CreateClient().UploadTextAsync("Biên bản họp thôn Nà Pằn bầu trưởng thôn", "biên bản.txt");
            id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        }

        var second = Service();
        var client = second.CreateClient();
        var startup = second.Services.GetService(typeof(Archive.Api.Hosting.ArchiveStartup)) as Archive.Api.Hosting.ArchiveStartup;
        await startup!.Repaired.WaitAsync(TimeSpan.FromSeconds(120)); // a cap for a hung repair, generous for a loaded machine

        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=bau%20truong%20thon%20na%20pan")).HitIds());
        Assert.Equal(id, (await client.GetJsonAsync($"/api/documents/{id}")).GetProperty("id").GetString());
    }
}
