using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests.Citations;

/// <summary>
/// GET /api/documents/{id}/relations and the pages that show the same grouping: each related document once, under its
/// weightiest relation, with the parts cited and its validity; the public page names internal documents only as the
/// published text does, and never links to them.
/// </summary>
public sealed class RelationsTests : IClassFixture<RelationsTests.Chain>
{
    /// <summary>The four documents of <see cref="RelationChain"/>, uploaded once (the plan first: order must not matter).</summary>
    public sealed class Chain : IAsyncLifetime
    {
        public ArchiveApiFactory Factory { get; } = new();
        public Dictionary<string, string> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            var client = Factory.CreateClient();
            foreach (var (name, text) in new[]
                     {
                         ("plan", RelationChain.Plan), ("decision", RelationChain.Decision), ("decree", RelationChain.Decree), ("circular", RelationChain.Circular),
                     })
                Ids[name] = (await client.UploadTextRecordAsync(text, $"{name}.txt")).GetProperty("id").GetString()!;
            foreach (var name in new[] { "decree", "circular", "plan" })
                (await client.PostAsJsonAsync($"/api/documents/{Ids[name]}/publish", new { reason = "Công khai" })).EnsureSuccessStatusCode();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly Chain chain;

    public RelationsTests(Chain chain) => this.chain = chain;

    private Task<JsonElement> RelationsAsync(string name) => chain.Factory.CreateClient().GetJsonAsync($"/api/documents/{chain.Ids[name]}/relations");

    private static JsonElement Group(JsonElement relations, string side, string relation) =>
        Assert.Single(relations.GetProperty(side).EnumerateArray(), g => g.GetProperty("relation").GetString() == relation);

    private static string[] Numbers(JsonElement group) => group.GetProperty("documents").EnumerateArray()
        .Select(d => d.GetProperty("archived").ValueKind == JsonValueKind.Object
            ? d.GetProperty("archived").GetProperty("number").GetString()
            : d.GetProperty("cited").GetProperty("symbol").GetString())
        .Select(n => n ?? "")
        .ToArray();

    [Fact]
    public async Task A_circular_shows_the_decree_it_guides_and_the_decision_that_amends_it_with_the_parts_cited()
    {
        var circular = await RelationsAsync("circular");

        Assert.Equal("được sửa đổi, bổ sung", circular.GetProperty("status").GetString());
        Assert.Equal(RelationChain.DecisionNumber, circular.GetProperty("statusSource").GetProperty("number").GetString());
        Assert.Equal("2026-09-01", circular.GetProperty("statusSource").GetProperty("issuedOn").GetString());
        // Cited three times (title line, Căn cứ, the articles it guides): one entry, under "hướng dẫn", with every part.
        var guides = Group(circular, "cites", "guides");
        Assert.Equal("Văn bản được hướng dẫn", guides.GetProperty("label").GetString());
        var decree = Assert.Single(guides.GetProperty("documents").EnumerateArray());
        Assert.Equal(chain.Ids["decree"], decree.GetProperty("archived").GetProperty("id").GetString());
        Assert.Equal("Nghị định số 18/2026/NĐ-CP", decree.GetProperty("name").GetString());
        Assert.Equal("Điều 5, khoản 2 Điều 7", decree.GetProperty("locators").GetString());
        Assert.Equal("còn hiệu lực", decree.GetProperty("status").GetString());
        Assert.Single(circular.GetProperty("cites").EnumerateArray());

        var amends = Group(circular, "citedBy", "amends");
        Assert.Equal("Văn bản sửa đổi, bổ sung", amends.GetProperty("label").GetString());
        var decision = Assert.Single(amends.GetProperty("documents").EnumerateArray());
        Assert.Equal("khoản 1 Điều 3, Điều 4", decision.GetProperty("locators").GetString());
        var basis = Group(circular, "citedBy", "basis");
        var plan = Assert.Single(basis.GetProperty("documents").EnumerateArray());
        Assert.Equal(chain.Ids["plan"], plan.GetProperty("archived").GetProperty("id").GetString());
        // A plan has no legal validity: none is claimed for it.
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task A_plan_lists_its_bases_in_the_order_written_each_once_and_the_one_the_archive_lacks_as_cited()
    {
        var plan = await RelationsAsync("plan");

        Assert.Equal(JsonValueKind.Null, plan.GetProperty("status").ValueKind);
        var basis = Group(plan, "cites", "basis");
        Assert.Equal([RelationChain.DecreeNumber, RelationChain.CircularNumber, RelationChain.DecisionNumber, "09/CT-UBND"], Numbers(basis));
        var documents = basis.GetProperty("documents").EnumerateArray().ToList();
        // "theo khoản 2 Điều 5 Nghị định …" later in the plan joins its Căn cứ entry.
        Assert.Equal("khoản 2 Điều 5", documents[0].GetProperty("locators").GetString());
        Assert.Equal("được sửa đổi, bổ sung", documents[1].GetProperty("status").GetString());
        var directive = documents[3];
        Assert.Equal(JsonValueKind.Null, directive.GetProperty("archived").ValueKind);
        Assert.Equal("Chỉ thị số 09/CT-UBND", directive.GetProperty("name").GetString());
        Assert.Equal("2026-10-02", directive.GetProperty("cited").GetProperty("date").GetString());
        Assert.Single(plan.GetProperty("cites").EnumerateArray());
        Assert.Empty(plan.GetProperty("citedBy").EnumerateArray());
    }

    [Fact]
    public async Task A_decree_shows_who_guides_it_and_who_takes_it_as_a_basis()
    {
        var decree = await RelationsAsync("decree");

        Assert.Equal("còn hiệu lực", decree.GetProperty("status").GetString());
        Assert.Equal([RelationChain.CircularNumber], Numbers(Group(decree, "citedBy", "guides")));
        Assert.Equal("Văn bản hướng dẫn", Group(decree, "citedBy", "guides").GetProperty("label").GetString());
        // By issue date: the decision (September) before the plan (October).
        Assert.Equal([RelationChain.DecisionNumber, RelationChain.PlanNumber], Numbers(Group(decree, "citedBy", "basis")));
        Assert.Equal("Văn bản lấy văn bản này làm căn cứ", Group(decree, "citedBy", "basis").GetProperty("label").GetString());
    }

    [Fact]
    public async Task An_unknown_document_has_no_relations_and_the_API_description_names_the_answer()
    {
        var client = chain.Factory.CreateClient();
        var missing = await client.GetAsync("/api/documents/khong-co/relations");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var openApi = await client.GetJsonAsync("/openapi/v1.json");
        var answer = openApi.GetProperty("paths").GetProperty("/api/documents/{id}/relations").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var schema = openApi.GetProperty("components").GetProperty("schemas").GetProperty(answer.GetProperty("$ref").GetString()!.Split('/')[^1]);
        Assert.True(schema.GetProperty("properties").TryGetProperty("citedBy", out _));
    }

    [Fact]
    public async Task The_public_page_links_only_published_documents_and_names_the_internal_decision_only_by_its_number()
    {
        var visitor = chain.Factory.CreateAnonymousClient();
        var circular = WebUtility.HtmlDecode(await visitor.GetStringAsync("/van-ban/06-2026-tt-bvhttdl"));
        var plan = WebUtility.HtmlDecode(await visitor.GetStringAsync("/van-ban/41-kh-ubnd"));

        // Cited by article: the link lands on the part cited (#dieu-5) of the decree's page.
        Assert.Matches("href=\"/van-ban/18-2026-nd-cp(#dieu-[a-z0-9-]+)?\"", circular);
        Assert.Contains("href=\"/van-ban/41-kh-ubnd\"", circular);
        // Its validity, with the source: the decision is internal, so its kind, number and date as plain text.
        Assert.Contains("được sửa đổi, bổ sung</span><span> theo </span><span>Quyết định số 1234/QĐ-BVHTTDL ngày 01/09/2026</span>", circular);
        foreach (var page in new[] { circular, plan })
        {
            Assert.DoesNotContain("Về việc điều chỉnh mức đóng góp", page);
            Assert.DoesNotContain(chain.Ids["decision"], page);
            Assert.DoesNotContain("/quan-ly/", page);
            Assert.DoesNotContain("style=", page);
        }
        Assert.Contains("Quyết định số 1234/QĐ-BVHTTDL", plan);
        // A plan states no validity of its own.
        Assert.DoesNotContain("<dt>Hiệu lực</dt>", plan);
    }

    [Fact]
    public async Task The_staff_page_links_every_archived_document_and_says_which_the_archive_lacks()
    {
        var page = WebUtility.HtmlDecode(await chain.Factory.CreateClient().GetStringAsync($"/quan-ly/van-ban/{chain.Ids["plan"]}"));

        foreach (var name in new[] { "decree", "circular", "decision" })
            Assert.Matches($"href=\"/quan-ly/van-ban/{chain.Ids[name]}(#dieu-[a-z0-9-]+)?\"", page);
        Assert.Contains("Chỉ thị số 09/CT-UBND</span><span class=\"meta\"> ngày 02/10/2026</span><span class=\"meta\"> (chưa có trong kho)</span>", page);
        Assert.Contains("class=\"luoc-do", page);
        Assert.DoesNotContain("<dt>Hiệu lực</dt>", page);
    }
}
