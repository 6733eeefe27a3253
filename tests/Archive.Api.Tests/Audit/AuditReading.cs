using System.Text.Json;

namespace Archive.Api.Tests.Audit;

/// <summary>Reads the whole audit trail (or the part a filter selects) through the paged API, in the order it was recorded.</summary>
public static class AuditReading
{
    /// <param name="filter">The query string without "?" ("documentId=…&amp;user=…"), or empty for the whole trail.</param>
    public static async Task<JsonElement> AuditAsync(this HttpClient client, string filter = "")
    {
        var entries = new List<JsonElement>();
        for (var url = "/api/audit?" + filter; url is not null;)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            entries.AddRange((await response.JsonAsync()).EnumerateArray().Select(e => e.Clone()));
            url = response.Headers.TryGetValues("Link", out var links) && links.Single() is var link && link.EndsWith("rel=\"next\"")
                ? link[1..link.IndexOf('>')] : null;
        }
        entries.Reverse(); // the API answers newest first
        return JsonSerializer.SerializeToElement(entries);
    }
}
