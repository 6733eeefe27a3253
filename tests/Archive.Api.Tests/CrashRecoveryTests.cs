namespace Archive.Api.Tests;

/// <summary>The store is the system of record: a killed service loses nothing it had answered for.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly ServiceDataFolder folder = new("crash-tests");

    public void Dispose() => folder.Dispose();

    // Commits so rare (3600 s) that the killed process surely never committed the upload, or frequent.
    private Dictionary<string, string> Settings(double commitSeconds) =>
        folder.Settings(("Index__CommitIntervalSeconds", commitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<bool> FoundAsync(HttpClient client, string query, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120); // generous for a loaded machine: found ends the wait
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}")).HitIds().Contains(id)) return true;
            await Task.Delay(100);
        }
        return false;
    }

    [Fact]
    public async Task An_upload_answered_just_before_a_kill_9_is_searchable_after_restart()
    {
        string id;
        using (var first = await ArchiveProcess.StartAsync(folder.Root, Settings(commitSeconds: 3600)))
        {
            var response = await first.Client.PostFileAsync("Biên bản họp thôn Bản Chắt về đóng góp xây dựng nhà văn hóa"u8.ToArray(), "biên bản.txt");
            response.EnsureSuccessStatusCode();
            id = (await response.JsonAsync()).GetProperty("id").GetString()!;
            first.KillHard();
        }

        using var second = await ArchiveProcess.StartAsync(folder.Root, Settings(commitSeconds: 2));

        Assert.True(await FoundAsync(second.Client, "nha van hoa ban chat", id), second.Output);
        var original = await second.Client.GetAsync($"/api/documents/{id}/content");
        Assert.Contains("Bản Chắt", await original.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reindex_command_rebuilds_the_index_from_the_store()
    {
        string id;
        using (var first = await ArchiveProcess.StartAsync(folder.Root, Settings(commitSeconds: 1)))
        {
            var response = await first.Client.UploadTextAsync("Quyết định phê duyệt hương ước thôn Khe Dăm", "hương ước.txt");
            id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        }
        Directory.Delete(folder.PathOf("index"), recursive: true);
        Directory.CreateDirectory(folder.PathOf(Path.Combine("index", "garbage-from-an-old-analyzer")));

        var (exitCode, output) = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(commitSeconds: 1), "reindex");
        Assert.True(exitCode == 0, output);

        // Read the rebuilt index directly, with no service running that could repair it on start.
        var schemaFolder = new DirectoryInfo(folder.PathOf(Path.Combine("index", Archive.Indexer.Index.DocumentSchema.Stamp)));
        using (var directory = new Lucene.Net.Store.NIOFSDirectory(schemaFolder))
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(directory))
        {
            var documentEntry = new Lucene.Net.Search.BooleanQuery
            {
                { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("id", id)), Lucene.Net.Search.Occur.MUST },
                { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("entry", "document")), Lucene.Net.Search.Occur.MUST },
            };
            var hits = new Lucene.Net.Search.IndexSearcher(reader).Search(documentEntry, 1);
            Assert.Equal(1, hits.TotalHits);
        }
        Assert.False(Directory.Exists(folder.PathOf(Path.Combine("index", "garbage-from-an-old-analyzer"))));
    }

    [Fact]
    public async Task OCR_interrupted_by_a_kill_9_resumes_after_restart()
    {
        string id;
        using (var first = await ArchiveProcess.StartAsync(folder.Root, Settings(commitSeconds: 1)))
        {
            var response = await first.Client.UploadAsync(Uploads.Fixture("quyet-dinh-ban-quet-ky-so.pdf"), "bản quét.pdf");
            response.EnsureSuccessStatusCode();
            id = (await response.JsonAsync()).GetProperty("id").GetString()!;
            first.KillHard(); // tesseract needs seconds for the page: the kill lands mid-OCR
        }
        var meta = File.ReadAllText(folder.PathOf(Path.Combine("store", "objects", "documents", id, "meta.json")));
        Assert.Contains("\"textStatus\": \"pending\"", meta);

        using var second = await ArchiveProcess.StartAsync(folder.Root, Settings(commitSeconds: 1));
        var doc = await second.Client.WaitUntilDoneAsync(id);

        Assert.Equal("ok", doc.GetProperty("textStatus").GetString());
        Assert.True(await FoundAsync(second.Client, "cong nhan huong uoc", id), second.Output);
    }
}
