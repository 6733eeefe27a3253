using System.Net;

namespace Archive.Api.Tests;

/// <summary>Refused uploads and bad requests: one service for the class (no test here stores a document, so each still finds none stored).</summary>
public sealed class UploadErrorTests(UploadErrorTests.Service factory) : IClassFixture<UploadErrorTests.Service>
{
    /// <summary>A service with a 2 KB file limit.</summary>
    public sealed class Service() : ArchiveApiFactory(new Dictionary<string, string?> { ["Upload:MaxFileBytes"] = "2048" });

    private readonly HttpClient client = factory.CreateClient();

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        // Vietnamese, readable by a clerk: the title carries Vietnamese letters.
        Assert.Matches("[àáảãạăâđêôơưếệốộớờủứừ]", problem.GetProperty("title").GetString()!.ToLowerInvariant());
    }

    private int StoredDocuments() =>
        Directory.Exists(Path.Combine(factory.DataFolder, "store", "objects", "documents"))
            ? Directory.GetDirectories(Path.Combine(factory.DataFolder, "store", "objects", "documents")).Length
            : 0;

    [Fact]
    public async Task An_empty_file_is_refused_with_400()
    {
        await AssertProblemAsync(await client.UploadAsync([], "rỗng.txt"), HttpStatusCode.BadRequest);
        Assert.Equal(0, StoredDocuments());
    }

    [Fact]
    public async Task A_request_without_a_file_is_refused_with_400()
    {
        var response = await client.PostAsync("/api/documents", new MultipartFormDataContent { { new StringContent("x"), "title" } });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_executable_is_refused_with_415_and_not_stored_whatever_its_name()
    {
        var exe = new byte[512];
        new Random(5).NextBytes(exe);
        "MZ"u8.CopyTo(exe);
        await AssertProblemAsync(await client.UploadAsync(exe, "gia-mao.pdf"), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, StoredDocuments());
    }

    [Theory]
    [InlineData("biên bản.docx")]
    [InlineData("hương ước.odt")]
    public async Task A_file_that_starts_like_a_zip_but_is_cut_short_is_refused_with_415_not_500(string name)
    {
        // Shorter than a ZIP's end-of-directory record: reading the directory would seek before the start.
        await AssertProblemAsync(await client.UploadAsync("PK\x03\x04hỏng"u8.ToArray(), name), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, StoredDocuments());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413()
    {
        var big = new byte[4096];
        Array.Fill(big, (byte)'a');
        await AssertProblemAsync(await client.UploadAsync(big, "lớn.txt"), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, StoredDocuments());
    }

    [Fact]
    public async Task A_malformed_issue_date_is_refused_with_400()
    {
        var response = await client.UploadAsync("Quyết định"u8.ToArray(), "qd.txt", new Dictionary<string, string> { ["issuedOn"] = "30/02/2025" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, StoredDocuments());
    }

    [Fact]
    public async Task An_unknown_document_is_404_with_problem_details()
    {
        await AssertProblemAsync(await client.GetAsync("/api/documents/0123456789abcdef0123"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.GetAsync("/api/documents/0123456789abcdef0123/content"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("page=0")]
    public async Task A_bad_search_is_400_never_500(string query)
    {
        await AssertProblemAsync(await client.GetAsync($"/api/search?{query}"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("\"dân chủ")]
    [InlineData("*:\\?")]
    [InlineData("😀 nghị định")]
    [InlineData("AND OR NOT")]
    public async Task Odd_queries_answer_200(string q)
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
