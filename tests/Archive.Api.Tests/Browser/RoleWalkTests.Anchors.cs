using System.Text;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Browser;

public sealed partial class RoleWalkTests
{
    /// <summary>A decree written for the test, long enough that its Điều 15 is far below the first screen.</summary>
    private static string MarketDecree()
    {
        var text = new StringBuilder("CHÍNH PHỦ\nSố: 31/2025/NĐ-CP\nNGHỊ ĐỊNH\nVề phát triển và quản lý chợ nông thôn\n"
            + "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nChương I\nQUY ĐỊNH CHUNG\n");
        for (var n = 1; n <= 18; n++)
        {
            text.Append($"Điều {n}. Nội dung thứ {n} về chợ nông thôn\n");
            text.Append(n == 15
                ? "1. Ban quản lý chợ niêm yết nội quy chợ và giá thuê điểm kinh doanh tại cổng chợ.\n2. Ủy ban nhân dân xã kiểm tra việc niêm yết mỗi quý.\n"
                : $"1. Các hộ kinh doanh tại chợ thực hiện quy định thứ {n} về vệ sinh và phòng cháy.\n2. Ban quản lý chợ theo dõi, nhắc nhở việc thực hiện.\n");
        }
        text.Append("Nơi nhận:\n- Các bộ;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nTrần Văn Bình\n");
        return text.ToString();
    }

    private const string MarketPlan = "ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP\nSố: 12/KH-UBND\nKẾ HOẠCH\nNiêm yết nội quy các chợ nông thôn năm 2025\n"
        + "I. MỤC ĐÍCH\n1. Thực hiện khoản 1 Điều 15 Nghị định số 31/2025/NĐ-CP ngày 10/3/2025 của Chính phủ.\n"
        + "II. NỘI DUNG\n1. Các chợ xã niêm yết nội quy trước ngày 30/6/2025.\n";

    [Fact]
    public async Task A_citizen_follows_a_plan_s_citation_of_a_clause_and_lands_on_that_clause_of_the_decree()
    {
        var decree = await site.UploadAsync(Encoding.UTF8.GetBytes(MarketDecree()), "nghi-dinh-31-2025.txt",
            new() { ["number"] = "31/2025/NĐ-CP", ["kind"] = "Nghị định", ["issuedOn"] = "2025-03-10", ["issuer"] = "Chính phủ" });
        var plan = await site.UploadAsync(Encoding.UTF8.GetBytes(MarketPlan), "ke-hoach-12.txt",
            new() { ["number"] = "12/KH-UBND", ["kind"] = "Kế hoạch", ["issuedOn"] = "2025-04-01", ["issuer"] = "Ủy ban nhân dân huyện Đình Lập" });
        await site.PublishAsync(decree);
        await site.PublishAsync(plan);

        foreach (var width in BrowserSession.Widths)
        {
            var citizen = await site.Session.NewPageAsync(width);
            await citizen.GotoAsync("/van-ban/12-kh-ubnd");
            var citation = citizen.Locator(".relation-group a[href='/van-ban/31-2025-nd-cp#dieu-15-khoan-1']");
            await Assertions.Expect(citation).ToHaveCountAsync(1);
            await citation.ClickAsync();

            await Assertions.Expect(citizen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/van-ban/31-2025-nd-cp#dieu-15-khoan-1$"));
            var clause = citizen.Locator("#dieu-15-khoan-1");
            await Assertions.Expect(clause).ToContainTextAsync("Ban quản lý chợ niêm yết nội quy chợ");
            await Assertions.Expect(clause).ToBeInViewportAsync();
            // It landed there: the page was scrolled, the first article is out of sight.
            Assert.True(await citizen.EvaluateAsync<double>("() => window.scrollY") > 0);
            await Assertions.Expect(citizen.Locator("#dieu-1")).Not.ToBeInViewportAsync();
            // What the reader sees on arrival (the screen, not the whole page).
            await BrowserSession.ScreenshotAsync(citizen, $"citation-lands-on-clause-{width}", fullPage: false);
            await citizen.Context.CloseAsync();
        }
    }
}
