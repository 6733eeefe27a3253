using System.Text;
using Archive.Api.Tests.Web;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Browser;

public sealed partial class RoleWalkTests
{
    /// <summary>A question pasted from a document: longer than any line of the page.</summary>
    private const string LongQuestion = "trách nhiệm của ban quản lý nhà văn hóa thôn trong việc lập sổ theo dõi kinh phí đóng góp của các hộ gia đình "
        + "và niêm yết công khai tại bảng tin của thôn trong ba mươi ngày theo Luật số 98/2025/QH15 "
        + "Ủy_ban_nhân_dân_xã_kiểm_tra_hướng_dẫn_và_trả_lời_bằng_văn_bản_trong_mười_ngày_làm_việc";

    [Fact]
    public async Task A_long_law_s_part_the_audit_trail_s_later_page_and_a_long_question_read_well_on_a_desktop_and_a_phone()
    {
        var law = await site.UploadAsync(Encoding.UTF8.GetBytes(LongLaw.Text()), "luat-nha-van-hoa.txt",
            new() { ["number"] = "98/2025/QH15", ["kind"] = "Luật", ["title"] = "Luật Quản lý nhà văn hóa thôn, bản", ["issuer"] = "Quốc hội" });
        await site.PublishAsync(law);
        // An internal document read 60 times: the trail has more than one page.
        var note = await site.UploadAsync(Encoding.UTF8.GetBytes("Biên bản kiểm kê tài sản nhà văn hóa thôn Pò Đồn năm 2025."), "kiem-ke.txt");
        for (var i = 0; i < 60; i++) (await site.Api.GetAsync($"/api/documents/{note}")).EnsureSuccessStatusCode();

        var citizen = await site.Session.NewPageAsync();
        await citizen.GotoAsync("/van-ban/98-2025-qh15?den=dieu-300");
        await Assertions.Expect(citizen.Locator("#dieu-300")).ToHaveCountAsync(1);
        await citizen.Locator("nav.toc summary").ClickAsync();
        await BrowserSession.LookAsync(citizen, "public-long-law-part");
        await citizen.GotoAsync("/tim-kiem?q=" + Uri.EscapeDataString(LongQuestion));
        await BrowserSession.LookAsync(citizen, "public-search-long-question");

        var auditor = await site.Session.SignedInAsync(ArchiveProcess.AdminKey);
        await auditor.GotoAsync($"/quan-ly/van-ban/{law}?den=dieu-300");
        await Assertions.Expect(auditor.Locator("#dieu-300")).ToHaveCountAsync(1);
        await BrowserSession.LookAsync(auditor, "staff-long-law-part");
        await auditor.GotoAsync("/quan-ly/nhat-ky?trang=2");
        await Assertions.Expect(auditor.GetByText("Trang trước")).Not.ToHaveCountAsync(0);
        await BrowserSession.LookAsync(auditor, "staff-audit-page-2");
        await auditor.GotoAsync("/quan-ly/?q=" + Uri.EscapeDataString(LongQuestion));
        await BrowserSession.LookAsync(auditor, "staff-search-long-question");
    }
}
