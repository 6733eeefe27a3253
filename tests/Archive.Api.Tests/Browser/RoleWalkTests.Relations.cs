using System.Text;
using Archive.Api.Tests.Citations;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Browser;

public sealed partial class RoleWalkTests
{
    /// <summary>
    /// An official follows a chain of four documents (<see cref="RelationChain"/>) through their relation lists and
    /// diagrams on the staff pages, and a citizen sees the same on the public pages, with links to published pages only.
    /// </summary>
    [Fact]
    public async Task An_official_follows_a_circular_s_relations_to_its_decree_and_a_citizen_sees_them_on_the_public_pages()
    {
        var ids = new Dictionary<string, string>();
        foreach (var (name, text) in new[] { ("decree", RelationChain.Decree), ("circular", RelationChain.Circular), ("decision", RelationChain.Decision), ("plan", RelationChain.Plan) })
            ids[name] = await site.UploadAsync(Encoding.UTF8.GetBytes(text), $"{name}.txt");
        foreach (var name in new[] { "decree", "circular", "plan" }) await site.PublishAsync(ids[name]);
        var official = await site.Session.SignedInAsync(await site.KeyForAsync("vienchuc.vanhoa", "official"));

        await official.GotoAsync($"/quan-ly/van-ban/{ids["circular"]}");
        var diagram = official.Locator("figure.luoc-do");
        await Assertions.Expect(diagram.Locator(".luoc-do-center")).ToContainTextAsync("Thông tư số 06/2026/TT-BVHTTDL");
        await Assertions.Expect(diagram.Locator(".luoc-do-center")).ToContainTextAsync("được sửa đổi, bổ sung theo Quyết định số 1234/QĐ-BVHTTDL ngày 01/09/2026");
        var guided = diagram.Locator(".luoc-do-cites .rel-guides");
        await Assertions.Expect(guided.Locator(".luoc-do-label")).ToHaveTextAsync("Văn bản được hướng dẫn");
        await Assertions.Expect(guided.GetByRole(AriaRole.Link, new() { Name = "Nghị định số 18/2026/NĐ-CP" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^/quan-ly/van-ban/{ids["decree"]}(#dieu-[a-z0-9-]+)?$"));
        await Assertions.Expect(diagram.Locator(".luoc-do-cited-by .rel-amends").GetByRole(AriaRole.Link, new() { Name = "Quyết định số 1234/QĐ-BVHTTDL" })).ToBeVisibleAsync();
        await Assertions.Expect(diagram.Locator(".luoc-do-cited-by .rel-basis").GetByRole(AriaRole.Link, new() { Name = "Kế hoạch số 41/KH-UBND" })).ToBeVisibleAsync();
        // The lists: each document once, with the parts cited and its validity.
        var decreeItem = official.Locator(".relation-group.rel-guides li");
        await Assertions.Expect(decreeItem).ToHaveCountAsync(1);
        await Assertions.Expect(decreeItem).ToContainTextAsync("Điều khoản: Điều 5, khoản 2 Điều 7");
        await Assertions.Expect(decreeItem).ToContainTextAsync("Hiệu lực: còn hiệu lực");
        await Assertions.Expect(official.Locator(".relation-group.rel-amends li")).ToContainTextAsync("Điều khoản: khoản 1 Điều 3, Điều 4");
        Assert.Equal(0, await official.Locator("[style]").CountAsync());
        await BrowserSession.LookAsync(official, "relations-staff-circular");

        await guided.GetByRole(AriaRole.Link, new() { Name = "Nghị định số 18/2026/NĐ-CP" }).ClickAsync();
        await Assertions.Expect(official.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quy định về quản lý nhà văn hóa thôn, tổ dân phố");
        var decreeDiagram = official.Locator("figure.luoc-do");
        await Assertions.Expect(decreeDiagram.Locator(".luoc-do-cited-by .rel-guides li")).ToHaveTextAsync(["Thông tư số 06/2026/TT-BVHTTDL"]);
        await Assertions.Expect(decreeDiagram.Locator(".luoc-do-cited-by .rel-basis li")).ToHaveTextAsync(["Quyết định số 1234/QĐ-BVHTTDL", "Kế hoạch số 41/KH-UBND"]);
        await BrowserSession.LookAsync(official, "relations-staff-decree");

        await decreeDiagram.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch số 41/KH-UBND" }).ClickAsync();
        await Assertions.Expect(official.Locator(".luoc-do-cites .rel-basis li")).ToHaveTextAsync(
            ["Nghị định số 18/2026/NĐ-CP", "Thông tư số 06/2026/TT-BVHTTDL", "Quyết định số 1234/QĐ-BVHTTDL", "Chỉ thị số 09/CT-UBND"]);
        await Assertions.Expect(official.Locator(".relation-group.rel-basis li").Last).ToContainTextAsync("(chưa có trong kho)");
        // A plan has no legal validity to show.
        await Assertions.Expect(official.Locator("dl.record dt", new() { HasText = "Hiệu lực" })).ToHaveCountAsync(0);
        await BrowserSession.LookAsync(official, "relations-staff-plan");
        await official.Context.CloseAsync();

        var citizen = await site.Session.NewPageAsync(390);
        await citizen.GotoAsync("/van-ban/06-2026-tt-bvhttdl");
        await Assertions.Expect(citizen.Locator("dl.record")).ToContainTextAsync("được sửa đổi, bổ sung theo Quyết định số 1234/QĐ-BVHTTDL ngày 01/09/2026");
        var publicDiagram = citizen.Locator("figure.luoc-do");
        await Assertions.Expect(publicDiagram.GetByRole(AriaRole.Link, new() { Name = "Nghị định số 18/2026/NĐ-CP" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/van-ban/18-2026-nd-cp(#dieu-[a-z0-9-]+)?$"));
        // The decision is internal: named by kind, number and date, never a link.
        await Assertions.Expect(publicDiagram.Locator(".luoc-do-cited-by .rel-amends li")).ToHaveTextAsync(["Quyết định số 1234/QĐ-BVHTTDL ngày 01/09/2026"]);
        await Assertions.Expect(citizen.Locator("a", new() { HasText = "1234/QĐ-BVHTTDL" })).ToHaveCountAsync(0);
        Assert.Equal(0, await citizen.Locator("a[href*='/quan-ly/']").CountAsync());
        await BrowserSession.LookAsync(citizen, "relations-public-circular");

        await publicDiagram.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch số 41/KH-UBND" }).ClickAsync();
        await Assertions.Expect(citizen.Locator(".luoc-do-cites .rel-basis a")).ToHaveTextAsync(["Nghị định số 18/2026/NĐ-CP", "Thông tư số 06/2026/TT-BVHTTDL"]);
        await Assertions.Expect(citizen.Locator(".luoc-do-cites .rel-basis li")).ToHaveCountAsync(4);
        await Assertions.Expect(citizen.Locator("dl.record dt", new() { HasText = "Hiệu lực" })).ToHaveCountAsync(0);
        await BrowserSession.LookAsync(citizen, "relations-public-plan");
        await citizen.Context.CloseAsync();
    }
}
