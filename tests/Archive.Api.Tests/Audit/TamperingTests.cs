using Archive.Api.Documents;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Archive.Api.Audit;

namespace Archive.Api.Tests.Audit;

/// <summary>Changes made behind the service's back, straight in the local store's folder, are found.</summary>
public sealed class TamperingTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();
    private readonly HttpClient client;

    public TamperingTests() => client = factory.CreateClient();

    public void Dispose() => factory.Dispose();

    private string StoredFile(string key) => Path.Combine(factory.DataFolder, "store", "objects", key);

    private async Task<string> UploadAsync(string text)
    {
        var response = await client.UploadTextAsync(text, "biên bản.txt");
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_changed_original_and_a_changed_audit_entry_are_both_found()
    {
        var id = await UploadAsync("Biên bản họp Ban Thanh tra nhân dân xã: quỹ đóng góp còn 12.500.000 đồng");
        await UploadAsync("Biên bản họp thôn Bản Chắt bầu trưởng thôn");
        Assert.Equal("ok", (await (await client.PostAsync($"/api/documents/{id}/verify", null)).JsonAsync()).GetProperty("status").GetString());
        Assert.True((await client.GetJsonAsync("/api/audit/verify")).GetProperty("ok").GetBoolean());

        File.WriteAllText(StoredFile($"documents/{id}/original"), "Biên bản họp Ban Thanh tra nhân dân xã: quỹ đóng góp còn 2.500.000 đồng", Encoding.UTF8);
        var entryFile = StoredFile(StoreLayout.AuditEntry(1));
        var entry = JsonNode.Parse(File.ReadAllText(entryFile))!;
        entry["user"] = "người khác";
        File.WriteAllText(entryFile, entry.ToJsonString());

        var check = await (await client.PostAsync($"/api/documents/{id}/verify", null)).JsonAsync();
        Assert.Equal("mismatch", check.GetProperty("status").GetString());
        var chain = await client.GetJsonAsync("/api/audit/verify");
        Assert.False(chain.GetProperty("ok").GetBoolean());
        Assert.Equal(1, chain.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task A_removed_original_is_reported_missing()
    {
        var id = await UploadAsync("Quyết định khen thưởng tổ hòa giải thôn Khe Dăm");
        File.Delete(StoredFile($"documents/{id}/original"));

        var check = await (await client.PostAsync($"/api/documents/{id}/verify", null)).JsonAsync();
        Assert.Equal("missing", check.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_removed_entry_in_the_middle_or_at_the_end_breaks_the_chain()
    {
        var id = await UploadAsync("Thông báo kết quả kiểm tra công tác dân chủ ở cơ sở");
        for (var i = 0; i < 3; i++) await client.GetAsync($"/api/documents/{id}");
        var total = (await client.AuditAsync()).GetArrayLength();
        Assert.True(total >= 4);

        File.Delete(StoredFile(StoreLayout.AuditEntry(total)));
        var end = await client.GetJsonAsync("/api/audit/verify");
        Assert.False(end.GetProperty("ok").GetBoolean());
        Assert.Equal(total, end.GetProperty("firstBrokenSequence").GetInt64());

        File.Delete(StoredFile(StoreLayout.AuditEntry(2)));
        var middle = await client.GetJsonAsync("/api/audit/verify");
        Assert.Equal(2, middle.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task Metadata_corrections_are_audited_with_what_changed()
    {
        // The opening line gives the number 32/KH-UBND; the clerk corrects it.
        var id = await UploadAsync("Kế hoạch số 32/KH-UBND thực hiện dân chủ ở cơ sở");
        var response = await client.PatchAsJsonAsync($"/api/documents/{id}", new { number = "33/KH-UBND", reason = "Sửa số hiệu" });
        Assert.Equal("33/KH-UBND", (await response.JsonAsync()).GetProperty("number").GetString());

        var audit = await client.AuditAsync($"documentId={id}&user=admin");
        var change = audit.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "metadata-change");
        Assert.Contains("33/KH-UBND", change.GetProperty("details").GetString());
        Assert.Contains("Sửa số hiệu", change.GetProperty("details").GetString());
        Assert.False(string.IsNullOrEmpty(change.GetProperty("remoteIp").GetString()) && change.GetProperty("user").GetString() != "admin");
    }
}
