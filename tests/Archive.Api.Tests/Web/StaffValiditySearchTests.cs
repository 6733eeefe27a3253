using System.Net;
using System.Text;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The staff search narrowed by validity, which the records keep and the index does not: the count and the pages are
/// those of every match of that validity, however deep the others rank.
/// </summary>
public sealed class StaffValiditySearchTests
{
    private const int Minutes = 100;

    [Fact]
    public async Task A_repealed_decision_ranked_past_the_hundredth_match_is_found_and_counted_by_the_validity_filter()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        // The oldest of the matches: by date it ranks after every minutes below.
        var old = await UploadAsync(client, "Quyết định về việc giao quản lý kênh mương nội đồng thôn Nà Lầm cho tổ thủy nông.", "qd-5.txt", new()
        {
            ["number"] = "5/QĐ-UBND", ["kind"] = "Quyết định", ["issuedOn"] = "2015-03-10", ["title"] = "Giao quản lý kênh mương nội đồng thôn Nà Lầm",
        });
        await UploadAsync(client, """
            ỦY BAN NHÂN DÂN XÃ BẮC XA
            Số: 40/QĐ-UBND
            Bắc Xa, ngày 12 tháng 5 năm 2026
            QUYẾT ĐỊNH
            Về việc bãi bỏ văn bản của Ủy ban nhân dân xã
            Điều 1. Bãi bỏ Quyết định số 5/QĐ-UBND ngày 10/3/2015 của Ủy ban nhân dân xã Bắc Xa.
            """, "qd-40.txt");
        // Minutes claim no validity: they are matches the filter must pass over.
        var posted = new List<string>();
        for (var i = 0; i < Minutes; i++)
        {
            var day = new DateOnly(2025, 1, 1).AddDays(i);
            var response = await client.PostFileAsync(Encoding.UTF8.GetBytes(
                $"BIÊN BẢN\nHọp tổ thủy nông lần {i + 1}\nNội dung: nạo vét kênh mương nội đồng đoạn số {i + 1}.\n"), $"bien-ban-{i + 1}.txt",
                new Dictionary<string, string> { ["kind"] = "Biên bản", ["issuedOn"] = day.ToString("yyyy-MM-dd") });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            posted.Add((await response.JsonAsync()).GetProperty("id").GetString()!);
        }
        foreach (var id in posted) await client.WaitUntilReadAsync(id);
        await RepealedAsync(client, old);

        var all = WebUtility.HtmlDecode(await client.GetStringAsync("/quan-ly/?q=kênh+mương&sort=date"));
        Assert.Contains($">{Minutes + 1} văn bản phù hợp.", all);

        var repealed = WebUtility.HtmlDecode(await client.GetStringAsync("/quan-ly/?q=kênh+mương&sort=date&validity=hết+hiệu+lực+toàn+bộ"));
        Assert.Contains(">1 văn bản phù hợp.", repealed);
        Assert.Contains("Giao quản lý kênh mương nội đồng thôn Nà Lầm", repealed);
        // The same narrowing behind index filters alone, and a validity no record has.
        Assert.Contains(">1 văn bản phù hợp.", WebUtility.HtmlDecode(await client.GetStringAsync("/quan-ly/?kind=Quyết+định&validity=hết+hiệu+lực+toàn+bộ")));
        Assert.Contains(">0 văn bản phù hợp.", WebUtility.HtmlDecode(await client.GetStringAsync("/quan-ly/?q=kênh+mương&validity=hết+hiệu+lực+một+phần")));
    }

    private static async Task<string> UploadAsync(HttpClient client, string text, string name, Dictionary<string, string>? fields = null) =>
        (await client.UploadRecordAsync(Encoding.UTF8.GetBytes(text), name, fields)).GetProperty("id").GetString()!;

    /// <summary>Waits (120 s at most: generous for a loaded machine, the change ends the wait) until the repeal of <paramref name="id"/> was linked and its record says so.</summary>
    private static async Task RepealedAsync(HttpClient client, string id)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(120);
        string? status;
        while ((status = (await client.GetJsonAsync($"/api/documents/{id}")).GetProperty("status").GetString()) != "hết hiệu lực toàn bộ"
            && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal("hết hiệu lực toàn bộ", status);
    }
}
