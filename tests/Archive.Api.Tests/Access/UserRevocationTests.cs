using System.Net;
using Archive.Api.Access;
using Archive.Api.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Access;

/// <summary>Admins list users and revoke keys: a revoked key (or staff session) stops working at once; the last admin stays.</summary>
public sealed class UserRevocationTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static string Users(string? name = null) => name is null ? "/api/users" : $"/api/users/{Uri.EscapeDataString(name)}";

    [Fact]
    public async Task A_revoked_key_gets_401_at_once_and_the_revocation_is_audited()
    {
        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/documents")).StatusCode);

        var response = await factory.CreateClient().DeleteAsync(Users("thử-clerk"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync("/api/documents")).StatusCode);
        var listed = await factory.CreateClient().GetJsonAsync(Users());
        var entry = Assert.Single(listed.EnumerateArray(), u => u.GetProperty("name").GetString() == "thử-clerk");
        Assert.True(entry.GetProperty("revoked").GetBoolean());
        Assert.Equal("clerk", entry.GetProperty("role").GetString());
        Assert.DoesNotContain("sha256", listed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var audit = await factory.CreateClient().AuditAsync();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "user-revoked"
            && e.GetProperty("user").GetString() == "admin" && e.GetProperty("details").GetString()!.Contains("thử-clerk"));
    }

    [Fact]
    public async Task The_last_active_admin_cannot_be_revoked_but_can_once_another_admin_exists()
    {
        var refused = await factory.CreateClient().DeleteAsync(Users("admin"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("quản trị viên cuối cùng", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/documents")).StatusCode);

        var second = factory.CreateClientAs(ArchiveRoles.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await second.DeleteAsync(Users("admin"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await second.DeleteAsync(Users("thử-admin"))).StatusCode);
    }

    [Fact]
    public async Task Revoking_an_unknown_user_is_a_404()
    {
        var response = await factory.CreateClient().DeleteAsync(Users("không-có-ai"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_revokes_a_key_from_the_users_page_and_a_signed_in_session_of_that_user_ends()
    {
        var officialKey = factory.KeyFor(ArchiveRoles.Official);
        var browser = factory.CreateAnonymousClient();
        var signInToken = await StaffForms.TokenAsync(browser, AccessProblems.SignInPath, AccessProblems.SignInPath);
        var signedIn = await StaffForms.PostAsync(browser, AccessProblems.SignInPath, signInToken, new Dictionary<string, string> { ["key"] = officialKey });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/quan-ly/")).StatusCode);

        var admin = factory.CreateClient();
        var action = $"/quan-ly/nguoi-dung/{Uri.EscapeDataString("thử-official")}/thu-hoi";
        // The users page links to a confirmation page; its form revokes.
        Assert.Contains($"href=\"{action}\"", await admin.GetStringAsync("/quan-ly/nguoi-dung"));
        var token = await StaffForms.TokenAsync(admin, action, action);
        var page = await StaffForms.PostAsync(admin, action, token, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Đã thu hồi khóa của 'thử-official'", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        var after = await browser.GetAsync("/quan-ly/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith(AccessProblems.SignInPath, after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_users_page_refuses_to_revoke_the_last_admin_in_Vietnamese()
    {
        var admin = factory.CreateClient();
        var action = "/quan-ly/nguoi-dung/admin/thu-hoi";
        var token = await StaffForms.TokenAsync(admin, action, action);

        var page = await StaffForms.PostAsync(admin, action, token, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("quản trị viên cuối cùng", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_revoke_user_command_revokes_the_key_and_a_running_service_notices()
    {
        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/documents")).StatusCode);
        var elsewhere = Path.Combine(factory.DataFolder, "command");
        Directory.CreateDirectory(elsewhere);

        var (exitCode, output) = await ArchiveProcess.RunCommandAsync(elsewhere, new Dictionary<string, string>
        {
            ["Storage__Local__Root"] = Path.Combine(factory.DataFolder, "store"),
            ["Index__Path"] = Path.Combine(elsewhere, "index"),
            ["Audit__AnchorFolder"] = Path.Combine(factory.DataFolder, "audit-anchor"),
        }, "revoke-user", "thử-clerk");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Đã thu hồi khóa của 'thử-clerk'", output);
        // The running service notices once its copy of the users is older than the refresh interval.
        factory.Services.GetRequiredService<UserDirectory>().RefreshInterval = TimeSpan.Zero;
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync("/api/documents")).StatusCode);
    }
}
