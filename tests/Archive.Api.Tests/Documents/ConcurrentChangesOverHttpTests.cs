using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Api.Documents;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Documents;

/// <summary>
/// Issue 12's check of the one writer from outside: publication, withdrawal, corrections and OCR progress on one
/// document, interleaved from four clients, 200 rounds in all, end with every field at its last write, and the
/// audit trail has every change once, numbered without a gap or a repeat.
/// </summary>
public sealed class ConcurrentChangesOverHttpTests : IDisposable
{
    private const int Rounds = 50;
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string id, object fields) =>
        client.PatchAsync($"/api/documents/{id}", new StringContent(JsonSerializer.Serialize(fields), Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Four_clients_changing_one_document_200_times_leave_each_field_at_its_last_write_and_each_change_audited_once()
    {
        var setup = factory.CreateClient();
        var record = await setup.UploadTextRecordAsync(
            "Biên bản họp Ban Thanh tra nhân dân xã Tân Lập\nNgày 12 tháng 3 năm 2025, Ban Thanh tra nhân dân họp bàn kế hoạch giám sát.",
            "bien-ban-ttnd.txt");
        var id = record.GetProperty("id").GetString()!;
        var catalog = factory.Services.GetRequiredService<DocumentCatalog>();

        async Task Run(Func<HttpClient, int, Task<HttpResponseMessage>> change)
        {
            var client = factory.CreateClient();
            for (var i = 1; i <= Rounds; i++)
            {
                var response = await change(client, i);
                Assert.True(response.IsSuccessStatusCode, $"Round {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        await Task.WhenAll(
            Task.Run(() => Run((client, i) => client.PostAsJsonAsync(
                $"/api/documents/{id}/{(i % 2 == 1 ? "publish" : "unpublish")}", new { reason = $"Vòng {i}" }))),
            Task.Run(() => Run((client, i) => PatchAsync(client, id, new { title = $"Biên bản họp lần {i}", reason = "Sửa trích yếu" }))),
            Task.Run(() => Run((client, i) => PatchAsync(client, id, new { number = $"{i}/BB-TTND", reason = "Sửa số" }))),
            // The OCR worker is not a client of the API: it writes progress through the catalog, as the service does.
            Task.Run(async () =>
            {
                for (var i = 1; i <= Rounds; i++)
                    await catalog.UpdateAsync(id, r => r with { Ocr = new OcrState(Rounds, i) }, CancellationToken.None);
            }));

        var stored = await setup.GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("internal", stored.GetProperty("visibility").GetString());
        Assert.Equal($"Biên bản họp lần {Rounds}", stored.GetProperty("title").GetString());
        Assert.Equal($"{Rounds}/BB-TTND", stored.GetProperty("number").GetString());
        Assert.Equal(Rounds, stored.GetProperty("ocr").GetProperty("pagesDone").GetInt32());

        var entries = (await setup.AuditAsync($"documentId={id}")).EnumerateArray().ToList();
        int Count(string action) => entries.Count(e => e.GetProperty("action").GetString() == action);
        Assert.Equal(Rounds / 2, Count("publish"));
        Assert.Equal(Rounds / 2, Count("unpublish"));
        Assert.Equal(2 * Rounds, Count("metadata-change"));
        var all = (await setup.AuditAsync()).EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        var verification = await setup.GetJsonAsync("/api/audit/verify");
        Assert.True(verification.GetProperty("ok").GetBoolean(), verification.ToString());
        Assert.Equal(all.Count, verification.GetProperty("entries").GetInt64());
    }
}
