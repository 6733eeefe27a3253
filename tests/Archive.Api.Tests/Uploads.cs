using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Small client-side helpers: upload a file as a browser or curl would, read JSON answers.</summary>
public static class Uploads
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Uploads and, when the archive took the file, waits until its text was read (<see cref="WaitUntilReadAsync"/>),
    /// as a user who uploads and then looks for it would. The answer returned is the upload's own, unchanged
    /// ("pending"): read the record again for what the reading found.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, byte[] bytes, string fileName, IDictionary<string, string>? fields = null)
    {
        var response = await client.PostFileAsync(bytes, fileName, fields);
        if (!response.IsSuccessStatusCode) return response;
        var body = await response.Content.ReadAsByteArrayAsync();
        var answered = new ByteArrayContent(body);
        foreach (var (name, values) in response.Content.Headers) answered.Headers.TryAddWithoutValidation(name, values);
        response.Content = answered;
        using var record = JsonDocument.Parse(body);
        await client.WaitUntilReadAsync(record.RootElement.GetProperty("id").GetString()!);
        return response;
    }

    /// <summary>Uploads, waits until the document was read (<see cref="WaitUntilReadAsync"/>) and returns its record as it then is.</summary>
    public static async Task<JsonElement> UploadRecordAsync(
        this HttpClient client, byte[] bytes, string fileName, IDictionary<string, string>? fields = null)
    {
        var response = await client.PostFileAsync(bytes, fileName, fields);
        Assert.True(response.IsSuccessStatusCode, $"Upload of {fileName} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.WaitUntilReadAsync((await response.JsonAsync()).GetProperty("id").GetString()!);
    }

    public static Task<JsonElement> UploadTextRecordAsync(this HttpClient client, string text, string fileName) =>
        client.UploadRecordAsync(Encoding.UTF8.GetBytes(text), fileName);

    /// <summary>The upload alone, answered before the document is read.</summary>
    public static Task<HttpResponseMessage> PostFileAsync(
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

    /// <summary>
    /// Waits until the background workers have read document <paramref name="id"/>: its text status leaves "pending",
    /// or a scan was handed to OCR (which goes on page by page: wait for that with <see cref="WaitUntilDoneAsync"/>).
    /// Returns the record. The deadline is generous because a poll ends as soon as the reading does: on a loaded
    /// machine a word-processor file waits its turn behind every other LibreOffice conversion of the test process
    /// (one at a time), and 120 s was once not enough.
    /// </summary>
    public static Task<JsonElement> WaitUntilReadAsync(this HttpClient client, string id, int seconds = 300) =>
        client.WaitForRecordAsync(id, r => r.GetProperty("textStatus").GetString() != "pending" || r.TryGetProperty("ocr", out var ocr) && ocr.ValueKind != JsonValueKind.Null, seconds);

    /// <summary>Waits until document <paramref name="id"/> leaves "pending" (OCR included); returns the record.</summary>
    public static Task<JsonElement> WaitUntilDoneAsync(this HttpClient client, string id, int seconds = 300) =>
        client.WaitForRecordAsync(id, r => r.GetProperty("textStatus").GetString() != "pending", seconds);

    private static async Task<JsonElement> WaitForRecordAsync(this HttpClient client, string id, Func<JsonElement, bool> done, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var record = await client.ListedRecordAsync(id);
            if (done(record)) return record;
            Assert.True(DateTime.UtcNow < deadline, $"Document {id} was still pending after {seconds} s: {record}");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// The record as the document list shows it, newest first: the list is not audited as a view of the document
    /// (GET /api/documents/{id} is), so waiting leaves the audit trail as a user's upload alone would.
    /// </summary>
    private static async Task<JsonElement> ListedRecordAsync(this HttpClient client, string id)
    {
        for (var page = 1; ; page++)
        {
            var listed = await client.GetJsonAsync($"/api/documents?page={page}&pageSize=100");
            var items = listed.GetProperty("items");
            foreach (var record in items.EnumerateArray())
                if (record.GetProperty("id").GetString() == id) return record;
            Assert.True(items.GetArrayLength() == 100, $"Document {id} is not in the document list");
        }
    }

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
