using System.Net;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests.Audit;

/// <summary>
/// The audit trail reads newest first, a page at a time, by the project's paging rules: an auditor sees the latest
/// entries without dates, and a long trail is neither cut silently nor read whole per request.
/// </summary>
public sealed partial class AuditPagingTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();
    private readonly HttpClient client;

    public AuditPagingTests() => client = factory.CreateClient();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_trail_answers_newest_first_in_pages_of_at_most_100_with_a_link_to_the_next_and_refuses_deeper_paging_in_Vietnamese()
    {
        var id = (await (await client.UploadTextAsync("Biên bản kiểm kê tài sản nhà văn hóa thôn Nà Lừa năm 2025", "kiem-ke.txt")).JsonAsync()).GetProperty("id").GetString()!;
        // Each reading of an internal document is an entry: 130 of them make a trail longer than a page.
        for (var i = 0; i < 130; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{id}")).StatusCode);

        var first = await client.GetAsync("/api/audit");
        var page = (await first.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(100, page.Count);
        Assert.Equal(page.OrderDescending(), page);
        var verification = await client.GetJsonAsync("/api/audit/verify");
        Assert.Equal(verification.GetProperty("entries").GetInt64(), page[0]);
        var next = Assert.Single(first.Headers.GetValues("Link"));
        Assert.Contains("page=2", next);
        Assert.EndsWith("rel=\"next\"", next);

        var second = await client.GetAsync(next[1..next.IndexOf('>')]);
        var rest = (await second.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(page[^1] - 1, rest[0]);
        Assert.Equal(1, rest[^1]);
        Assert.False(second.Headers.Contains("Link"));
        Assert.Equal(page.Count + rest.Count, (await client.AuditAsync()).GetArrayLength());

        foreach (var refused in new[] { "/api/audit?pageSize=101", "/api/audit?page=0", "/api/audit?page=101&pageSize=100" })
        {
            var answer = await client.GetAsync(refused);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Matches("trang|pageSize", (await answer.JsonAsync()).GetProperty("detail").GetString()!);
        }
    }

    /// <summary>
    /// Another process over the same store (an operator command, a second instance): its own trail, appending after this
    /// one's last entry without this one hearing of it.
    /// </summary>
    private async Task<Archive.Api.Audit.AuditTrail> OtherProcessAddsAUserAsync(string details)
    {
        var other = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<Archive.Api.Audit.AuditTrail>(factory.Services);
        await other.LoadAsync(CancellationToken.None);
        await other.AppendAsync(Archive.Api.Audit.AuditActor.Console("vanthu-ca-dem"), Archive.Api.Audit.AuditActions.UserAdded, null, details);
        return other;
    }

    [Fact]
    public async Task An_entry_another_instance_wrote_beside_this_one_is_the_newest_the_trail_shows()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/audit?pageSize=1")).StatusCode); // the service is up
        var other = await OtherProcessAddsAUserAsync("thêm người dùng bên cạnh dịch vụ");

        var newest = (await client.GetJsonAsync("/api/audit?pageSize=1"))[0];
        Assert.Equal(other.Count, newest.GetProperty("sequence").GetInt64());
        Assert.Equal("user-added", newest.GetProperty("action").GetString());
    }

    [Fact]
    public async Task An_entry_kept_aside_for_days_during_an_outage_does_not_end_a_walk_from_a_date_before_entries_that_match()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/audit?pageSize=1")).StatusCode); // the service is up
        // Another process over the same store writes an entry today...
        var other = await OtherProcessAddsAUserAsync("thêm người dùng trong lúc kho mất kết nối");
        // ...then an entry that waited three days on disk while the store refused it is written after it, with the time it happened.
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Archive.Storage.IObjectStore>(factory.Services);
        var late = new Archive.Api.Audit.AuditEntry
        {
            Sequence = other.Count + 1, At = DateTimeOffset.UtcNow.AddDays(-3), User = "lan", Role = "clerk",
            Action = Archive.Api.Audit.AuditActions.View, PreviousHash = "", Details = "xem trong lúc kho mất kết nối",
        };
        await store.PutAsync(Archive.Api.Documents.StoreLayout.AuditEntry(late.Sequence),
            new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(late, Archive.Api.Audit.AuditTrail.Stored)), "application/json");

        var today = DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var found = (await client.GetJsonAsync($"/api/audit?from={today}")).EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Contains(other.Count, found);
        Assert.DoesNotContain(late.Sequence, found);
    }

    [Fact]
    public async Task Dates_at_the_ends_of_the_calendar_are_answered_not_a_server_error()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/audit?from=0001-01-01&to=9999-12-31")).StatusCode);
        foreach (var address in new[] { "/quan-ly/nhat-ky?from=01/01/0001", "/quan-ly/?q=bien+ban&from=01/01/0001", "/quan-ly/?q=bien+ban&from=01/12/9999" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task The_staff_audit_page_shows_the_newest_entries_first_pages_on_and_walks_the_chain_only_when_asked()
    {
        var id = (await (await client.UploadTextAsync("Biên bản họp tổ hòa giải thôn Khuổi Phầy", "hoa-giai.txt")).JsonAsync()).GetProperty("id").GetString()!;
        for (var i = 0; i < 60; i++) await client.GetAsync($"/api/documents/{id}");
        var newest = (await client.GetJsonAsync("/api/audit?pageSize=1"))[0].GetProperty("sequence").GetInt64();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/quan-ly/nhat-ky"));
        var shown = Sequence().Matches(html).Select(m => long.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(newest, shown[0]);
        Assert.Equal(shown.OrderDescending(), shown);
        Assert.Contains("Trang sau", html);
        Assert.DoesNotContain("Nhật ký nguyên vẹn", html);

        var checkedPage = WebUtility.HtmlDecode(await client.GetStringAsync("/quan-ly/nhat-ky?kiem-tra=1&trang=2"));
        Assert.Contains("Nhật ký nguyên vẹn", checkedPage);
        Assert.Contains("Trang 2", checkedPage);
    }

    [GeneratedRegex("<td data-label=\"Số\"[^>]*>(\\d+)</td>")]
    private static partial Regex Sequence();
}
