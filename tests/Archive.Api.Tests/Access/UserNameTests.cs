using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Archive.Api.Access;
using Archive.Api.Tests.Web;
using Archive.Api.Web.Staff;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Access;

/// <summary>
/// One rule for user names at every entrance (letters with Vietnamese marks, digits, ".", "-", "_"; case does not make
/// a new name), and a name added before the rule, with a "/", can still be revoked from the page and the API.
/// </summary>
public sealed class UserNameTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("lan.vanthu", true)]
    [InlineData("nguyễn_thị-hằng2", true)]
    [InlineData("Đức.thanhtra", true)]
    [InlineData("../x", false)]
    [InlineData("phong/ketoan", false)]
    [InlineData("<script>x</script>", false)]
    [InlineData("lan vanthu", false)]
    [InlineData("lan\u202Eknahtthu", false)]
    [InlineData("", false)]
    [InlineData("nguyễn.ánh", true)]
    [InlineData("\u0430dmin", false)] // Cyrillic а: reads as "admin"
    [InlineData("l\u03BFn", false)] // Greek omicron
    [InlineData("vanthu\u0663", false)] // an Arabic-Indic digit
    [InlineData("\u0131an", false)] // dotless ı, a Turkish letter without a Latin base
    [InlineData("lan\u0301\u0301", false)] // a stray second mark that composes with nothing
    public void A_name_is_letters_digits_dots_dashes_and_underscores(string name, bool allowed) =>
        Assert.Equal(allowed, UserNames.Problem(name) is null);

    [Fact]
    public async Task The_users_page_refuses_a_name_with_a_slash_and_a_second_spelling_of_a_taken_name_in_Vietnamese()
    {
        var admin = factory.CreateClient();
        var token = await StaffForms.TokenAsync(admin, "/quan-ly/nguoi-dung", "/quan-ly/nguoi-dung");
        Assert.Equal(HttpStatusCode.OK, (await StaffForms.PostAsync(admin, "/quan-ly/nguoi-dung", token,
            new Dictionary<string, string> { ["name"] = "lan", ["role"] = "clerk" })).StatusCode);

        foreach (var (name, says) in new[] { ("../x", "ký tự không dùng được"), ("Lan", "không phân biệt chữ hoa") })
        {
            var refused = await StaffForms.PostAsync(admin, "/quan-ly/nguoi-dung", token, new Dictionary<string, string> { ["name"] = name, ["role"] = "clerk" });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(says, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        Assert.DoesNotContain(factory.Services.GetRequiredService<UserDirectory>().Users, u => u.Name is "../x" or "Lan");
        await Assert.ThrowsAsync<UserRefusedException>(() =>
            factory.Services.GetRequiredService<UserDirectory>().AddAsync("LAN", ArchiveRoles.Clerk, null, CancellationToken.None));
    }

    /// <summary>Writes users into the users file as an older archive holds them: the rule keeps such names from being added now.</summary>
    private async Task<UserDirectory> AddedBeforeTheRuleAsync(params (string Name, string Key)[] added)
    {
        var store = factory.Services.GetRequiredService<IObjectStore>();
        var users = factory.Services.GetRequiredService<UserDirectory>();
        JsonArray list;
        await using (var stream = (await store.OpenReadAsync(UserDirectory.Key))!)
            list = JsonNode.Parse(stream)!.AsArray();
        var template = list[0]!.AsObject();
        foreach (var (name, key) in added)
        {
            var odd = JsonNode.Parse(template.ToJsonString())!.AsObject();
            odd[template.First(p => p.Key.Equals("name", StringComparison.OrdinalIgnoreCase)).Key] = name;
            odd[template.First(p => p.Key.Equals("role", StringComparison.OrdinalIgnoreCase)).Key] = ArchiveRoles.Clerk;
            odd[template.First(p => p.Key.Equals("keySha256", StringComparison.OrdinalIgnoreCase)).Key] = UserDirectory.Hash(key);
            list.Add(odd);
        }
        await store.PutAsync(UserDirectory.Key, new MemoryStream(Encoding.UTF8.GetBytes(list.ToJsonString())), "application/json");
        await users.LoadAsync(CancellationToken.None);
        return users;
    }

    [Fact]
    public async Task A_user_named_with_a_slash_before_the_rule_is_revoked_from_the_page_and_the_API()
    {
        var users = await AddedBeforeTheRuleAsync(("../x", "ak_legacy-slash-name-0001"), ("phong/ketoan", "ak_legacy-slash-name-0002"));
        var admin = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/users/..%2Fx")).StatusCode);
        var page = await admin.GetAsync(StaffUsers.RevokePath("phong/ketoan"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = await StaffForms.TokenAsync(admin, StaffUsers.RevokePath("phong/ketoan"), StaffUsers.RevokePath("phong/ketoan"));
        Assert.Equal(HttpStatusCode.OK, (await StaffForms.PostAsync(admin, StaffUsers.RevokePath("phong/ketoan"), token, new Dictionary<string, string>())).StatusCode);

        Assert.All(users.Users.Where(u => u.Name is "../x" or "phong/ketoan"), u => Assert.False(u.Active));
    }

    [Fact]
    public async Task A_percent_in_a_user_name_in_an_address_is_decoded_once()
    {
        // "giam%41doc" and "giamAdoc" are two users; the address of the first is /api/users/giam%2541doc.
        var users = await AddedBeforeTheRuleAsync(("giam%41doc", "ak_legacy-percent-name-0001"), ("giamAdoc", "ak_legacy-percent-name-0002"));
        var admin = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/users/giam%2541doc")).StatusCode);
        Assert.False(users.Users.Single(u => u.Name == "giam%41doc").Active);
        Assert.True(users.Users.Single(u => u.Name == "giamAdoc").Active);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(StaffUsers.RevokePath("giamAdoc")));
        Assert.Contains("giamAdoc", page);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/quan-ly/nguoi-dung/giam%2541doc/thu-hoi")).StatusCode);
    }
}
