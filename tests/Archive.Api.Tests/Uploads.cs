using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Small client-side helpers: upload a file as a browser or curl would, read JSON answers.</summary>
public static class Uploads
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, byte[] bytes, string fileName, IDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
            form.Add(new StringContent(value, Encoding.UTF8), name);
        return client.PostAsync("/api/documents", form);
    }

    public static Task<HttpResponseMessage> UploadTextAsync(this HttpClient client, string text, string fileName) =>
        client.UploadAsync(Encoding.UTF8.GetBytes(text), fileName);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Json))!;

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>The body whatever the status (error pages must not leak either).</summary>
    public static async Task<string> GetStringOrErrorAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).Content.ReadAsStringAsync();

    public static IEnumerable<string> HitIds(this JsonElement searchAnswer) =>
        searchAnswer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!);

    /// <summary>A test fixture file shared with the indexer tests (copied next to the test assembly).</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
