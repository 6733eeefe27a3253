using System.Net;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Archive.Api.Tests.Hosting;

public sealed class OpenApiDocumentTests : IClassFixture<ArchiveApiFactory>
{
    private readonly ArchiveApiFactory factory;

    public OpenApiDocumentTests(ArchiveApiFactory factory) => this.factory = factory;

    private async Task<string> DocumentAsync() => await factory.CreateAnonymousClient().GetStringAsync("/openapi/v1.json");

    private async Task<JsonElement> OperationAsync(string path, string method)
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        return document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).Clone();
    }

    [Fact]
    public async Task The_document_reads_back_without_errors_and_passes_the_OpenAPI_validation_rules()
    {
        var json = await DocumentAsync();

        var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());
        var validationErrors = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? [];

        Assert.Empty(read.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(validationErrors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.True(read.Document!.Paths.Count >= 20, $"only {read.Document!.Paths.Count} paths");
    }

    [Fact]
    public async Task The_upload_describes_its_multipart_form_with_the_file_required_and_every_metadata_field()
    {
        var upload = await OperationAsync("/api/documents", "post");

        var schema = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        var properties = schema.GetProperty("properties");
        Assert.Equal(["file", "issuedOn", "issuer", "kind", "number", "title"], properties.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("binary", properties.GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["file"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("32/KH-UBND", properties.GetProperty("number").GetProperty("examples")[0].GetString());
        Assert.Equal(1000, properties.GetProperty("title").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task The_key_is_described_as_bearer_or_X_Api_Key_and_required_by_the_API_but_not_by_health_or_the_document()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        var root = document.RootElement;

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("http", schemes.GetProperty("Bearer").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("apiKey", schemes.GetProperty("ApiKey").GetProperty("type").GetString());
        Assert.Equal("header", schemes.GetProperty("ApiKey").GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        var uploadSecurity = root.GetProperty("paths").GetProperty("/api/documents").GetProperty("post").GetProperty("security");
        Assert.Equal(["ApiKey", "Bearer"], uploadSecurity.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Order());
        Assert.False(root.GetProperty("paths").GetProperty("/healthz").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Every_API_operation_answers_a_typed_success_and_problem_details_for_its_errors_with_Vietnamese_examples()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        var paths = document.RootElement.GetProperty("paths");
        var operations = paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();

        Assert.True(operations.Count >= 19, $"only {operations.Count} API operations");
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation.GetProperty("responses");
            Assert.True(responses.EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{method} {path} has no success answer");
            foreach (var status in new[] { "401", "403", "429", "503" })
            {
                Assert.True(responses.TryGetProperty(status, out var problem), $"{method} {path} lacks {status}");
                var media = problem.GetProperty("content").GetProperty("application/problem+json");
                Assert.Equal("#/components/schemas/ProblemDetails", media.GetProperty("schema").GetProperty("$ref").GetString());
            }
        }
        var upload = paths.GetProperty("/api/documents").GetProperty("post").GetProperty("responses");
        Assert.All(new[] { "400", "413", "415" }, status => Assert.True(upload.TryGetProperty(status, out _), $"upload lacks {status}"));
        Assert.True(paths.GetProperty("/api/documents/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.GetProperty("/api/documents/{id}/text").GetProperty("get").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.GetProperty("/api/users/{name}").GetProperty("delete").GetProperty("responses").TryGetProperty("409", out _));
        var example = upload.GetProperty("415").GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
        Assert.Equal("Định dạng tệp không được hỗ trợ", example.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_reference_page_and_its_script_come_from_the_service_itself_without_a_CDN()
    {
        var client = factory.CreateClient();

        var page = await client.GetAsync("/scalar");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("cdn.jsdelivr.net", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.DoesNotContain("://", script);
            var address = new Uri(page.RequestMessage!.RequestUri!, script);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address.PathAndQuery)).StatusCode);
        }
    }
}
