using System.Net;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Access;

/// <summary>A client trying key after key is slowed down (429) and cannot fill the audit trail; right keys always get in.</summary>
public sealed class FailedSignInTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new(new Dictionary<string, string?>
    {
        ["FailedSignIns:PerAddress"] = "5",
        ["FailedSignIns:PerKeyPrefix"] = "100",
        ["Audit:FailedSignInsPerMinute"] = "3",
    });

    public void Dispose() => factory.Dispose();

    private static string WrongKey(int i) => $"ak_{i:D3}-{Guid.NewGuid():N}";

    private async Task<List<AuditEntryView>> FailedSignInEntriesAsync() =>
        (await factory.CreateClient().AuditAsync()).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == AuditActions.SignInFailed)
            .Select(e => new AuditEntryView(e.GetProperty("details").GetString() ?? ""))
            .ToList();

    private sealed record AuditEntryView(string Details);

    [Fact]
    public async Task Repeated_wrong_keys_get_429_with_Retry_After_and_are_counted_not_written_one_by_one()
    {
        var client = factory.CreateAnonymousClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
            request.Headers.Add("X-Api-Key", WrongKey(i));
            answers.Add(await client.SendAsync(request));
        }

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        Assert.All(answers.Skip(5), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        var refused = answers[^1];
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(AccessProblems.TooManySignInsTitle, (await refused.JsonAsync()).GetProperty("title").GetString());

        // The right key from the same client is never refused.
        using (var admin = new HttpRequestMessage(HttpMethod.Get, "/api/documents"))
        {
            admin.Headers.Add("X-Api-Key", factory.AdminKey);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(admin)).StatusCode);
        }

        // Three written one by one; the other nine (two over the audit cap, seven refused) in one counting entry.
        Assert.Equal(3, (await FailedSignInEntriesAsync()).Count);
        await factory.Services.GetRequiredService<FailedSignInLog>().WriteCountsAsync(force: true);
        var entries = await FailedSignInEntriesAsync();
        Assert.Equal(4, entries.Count);
        Assert.Contains("9 lần đăng nhập thất bại", entries[^1].Details);
    }

    [Fact]
    public async Task The_staff_sign_in_form_answers_429_after_repeated_wrong_keys()
    {
        var browser = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var token = await StaffForms.TokenAsync(browser, AccessProblems.SignInPath, AccessProblems.SignInPath);
            var answer = await StaffForms.PostAsync(browser, AccessProblems.SignInPath, token, new Dictionary<string, string> { ["key"] = WrongKey(i) });
            statuses.Add(answer.StatusCode);
            if (answer.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(answer.Headers.RetryAfter);
                Assert.Contains("Hãy thử lại sau", await answer.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public void One_wrong_key_tried_from_many_addresses_is_limited_by_its_prefix()
    {
        using var throttle = new SignInThrottle(Options.Create(new FailedSignInOptions { PerAddress = 100, PerKeyPrefix = 3 }));
        const string stolen = "ak_Zx81-revoked-key-of-a-former-clerk";

        var waits = Enumerable.Range(1, 4).Select(i => throttle.CountFailure($"203.0.113.{i}", stolen)).ToList();

        Assert.All(waits.Take(3), w => Assert.Null(w));
        Assert.NotNull(waits[3]);
        Assert.Null(throttle.CountFailure("203.0.113.9", "ak_Qq42-another-wrong-key"));
    }
}
