using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Api.Access;
using Archive.Api.Tests.Web;

namespace Archive.Api.Tests.Citations;

/// <summary>
/// Validity stays true: kinds without legal validity claim none; a correction of a number, date or kind re-reads the
/// validity of the documents it affects, through PATCH and the staff form alike, and a restart keeps it (and repairs
/// records an earlier version left stale).
/// </summary>
public sealed class ValidityTests
{
    private const string VillageConvention = """
        THÔN BẢN CHẮT, XÃ BẮC XA
        Số: 10/HƯ-TBC
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bản Chắt, ngày 02 tháng 3 năm 2020
        HƯƠNG ƯỚC
        Thôn Bản Chắt, xã Bắc Xa
        Điều 5. Giữ gìn vệ sinh đường làng
        Mỗi hộ quét dọn đoạn đường trước nhà vào sáng chủ nhật hằng tuần.
        """;

    private const string AmendingDecision = """
        ỦY BAN NHÂN DÂN XÃ BẮC XA
        Số: 77/QĐ-UBND
        Bắc Xa, ngày 18 tháng 6 năm 2026
        QUYẾT ĐỊNH
        Về việc công nhận hương ước thôn Bản Chắt sửa đổi
        Điều 1. Sửa đổi, bổ sung Điều 5 Hương ước số 01/HƯ-TBC ngày 02/3/2020 của thôn Bản Chắt như sau:
        Mỗi hộ quét dọn đoạn đường trước nhà và khơi thông rãnh nước vào sáng chủ nhật.
        """;

    private const string Minutes = """
        BIÊN BẢN
        Họp thôn Bản Chắt bàn việc sửa hương ước
        Thời gian: 19 giờ 00 phút, ngày 02 tháng 6 năm 2026
        Địa điểm: Nhà văn hóa thôn Bản Chắt
        Chủ trì: Ông Lộc Văn Hải - Trưởng thôn
        Biểu quyết: tán thành 41/43 hộ.
        """;

    private static async Task<string> UploadAsync(HttpClient client, string text, string name, Dictionary<string, string>? fields = null)
    {
        var response = await client.UploadAsync(Encoding.UTF8.GetBytes(text), name, fields);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<(string? Status, string? Source)> ValidityAsync(HttpClient client, string id)
    {
        var record = await client.GetJsonAsync($"/api/documents/{id}");
        var source = record.GetProperty("statusSource");
        return (record.GetProperty("status").GetString(), source.ValueKind == JsonValueKind.Object ? source.GetProperty("number").GetString() : null);
    }

    /// <summary>The validity as soon as it is <paramref name="expected"/>, or as it is after 120 s (generous for a loaded machine: the change ends the wait).</summary>
    private static async Task<(string? Status, string? Source)> ValidityOnceSettledAsync(HttpClient client, string id, (string?, string?) expected)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(120);
        while (true)
        {
            var validity = await ValidityAsync(client, id);
            if (validity == expected || DateTimeOffset.UtcNow > deadline) return validity;
            await Task.Delay(100);
        }
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string id, string json) =>
        client.PatchAsync($"/api/documents/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Minutes_plans_and_reports_claim_no_validity_and_a_report_that_mentions_a_repeal_repeals_nothing()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var decision = await UploadAsync(client, "ỦY BAN NHÂN DÂN XÃ BẮC XA\nSố: 12/QĐ-UBND\nBắc Xa, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập tổ hòa giải thôn Nà Pàn\n", "qd12.txt");
        var minutes = await UploadAsync(client, Minutes, "bien-ban.txt");
        var plan = await UploadAsync(client, "ỦY BAN NHÂN DÂN XÃ BẮC XA\nSố: 21/KH-UBND\nBắc Xa, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nTuyên truyền pháp luật về hòa giải ở cơ sở năm 2026\n", "kh21.txt");
        var report = await UploadAsync(client, """
            ỦY BAN NHÂN DÂN XÃ BẮC XA
            Số: 30/BC-UBND
            Bắc Xa, ngày 20 tháng 12 năm 2026
            BÁO CÁO
            Kết quả công tác hòa giải năm 2026
            Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND xã đã bị bãi bỏ khi sáp nhập thôn.
            Kế hoạch số 21/KH-UBND ngày 10/01/2026 đã thực hiện xong.
            """, "bc30.txt");

        foreach (var id in new[] { minutes, plan, report })
            Assert.Equal((null, null), await ValidityAsync(client, id));
        // Only a document that can change the law changes a validity: a report tells of a repeal, it does not make one.
        Assert.Equal(("còn hiệu lực", null), await ValidityAsync(client, decision));
        var toPlan = (await client.GetJsonAsync($"/api/documents/{report}/citations")).GetProperty("citations").EnumerateArray()
            .Single(c => c.GetProperty("symbol").GetString() == "21/KH-UBND");
        Assert.Equal(plan, toPlan.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, toPlan.GetProperty("targetStatus").ValueKind);
        Assert.Equal(JsonValueKind.Null, toPlan.GetProperty("warning").ValueKind);

        (await client.PostAsJsonAsync($"/api/documents/{minutes}/publish", new { reason = "Công khai biên bản họp thôn" })).EnsureSuccessStatusCode();
        var slug = (await client.GetJsonAsync($"/api/documents/{minutes}")).GetProperty("publicAddress").GetString();
        foreach (var page in new[] { await client.GetStringAsync($"/quan-ly/van-ban/{minutes}"), await factory.CreateAnonymousClient().GetStringAsync($"/van-ban/{slug}") })
        {
            Assert.Contains("Họp thôn Bản Chắt", WebUtility.HtmlDecode(page));
            Assert.DoesNotContain("Hiệu lực", WebUtility.HtmlDecode(page));
            Assert.DoesNotContain("hiệu lực", WebUtility.HtmlDecode(page));
            Assert.DoesNotContain("legislationLegalForce", page);
        }
    }

    [Fact]
    public async Task A_document_below_a_law_in_rank_does_not_repeal_it_while_a_law_that_replaces_it_does()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var law = await UploadAsync(client, "QUỐC HỘI\nLuật số: 41/2013/QH13\nLUẬT\nHÒA GIẢI Ở CƠ SỞ\nĐiều 1. Phạm vi điều chỉnh\n", "luat.txt",
            new() { ["number"] = "41/2013/QH13", ["kind"] = "Luật", ["issuedOn"] = "2013-06-20", ["title"] = "Hòa giải ở cơ sở", ["issuer"] = "Quốc hội" });
        var commune = await UploadAsync(client, """
            ỦY BAN NHÂN DÂN XÃ BẮC XA
            Số: 15/QĐ-UBND
            Bắc Xa, ngày 01 tháng 3 năm 2026
            QUYẾT ĐỊNH
            Về việc tổ chức hòa giải ở thôn
            Điều 2. Bãi bỏ Luật Hòa giải ở cơ sở số 41/2013/QH13.
            """, "qd15.txt");
        await client.WaitUntilReadAsync(law);
        Assert.Equal("15/QĐ-UBND", (await client.WaitUntilReadAsync(commune)).GetProperty("number").GetString());

        Assert.Equal(("còn hiệu lực", null), await ValidityAsync(client, law));

        var replacing = await UploadAsync(client, """
            QUỐC HỘI
            Luật số: 88/2026/QH15
            LUẬT
            HÒA GIẢI, ĐỐI THOẠI Ở CƠ SỞ
            Điều 40. Luật này thay thế Luật Hòa giải ở cơ sở số 41/2013/QH13.
            """, "luat-moi.txt");
        await client.WaitUntilReadAsync(replacing);
        // The cited law's validity follows once the replacing law's read is recorded (RefreshValidity runs after RecordOutcome).
        Assert.Equal(("hết hiệu lực toàn bộ", "88/2026/QH15"), await ValidityOnceSettledAsync(client, law, ("hết hiệu lực toàn bộ", "88/2026/QH15")));
    }

    [Fact]
    public async Task A_corrected_number_that_links_an_amending_decision_marks_the_village_convention_amended_also_after_a_restart()
    {
        // Two hosts in turn over one data folder: a restart reads the records back from the store, in a process of its
        // own or not (the real-process restarts are CrashRecoveryTests' business).
        using var data = new ServiceDataFolder("validity");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = data.PathOf("store"),
            ["Index:Path"] = data.PathOf("index"),
            ["Audit:AnchorFolder"] = data.PathOf("audit-anchor"),
            ["DataProtection:KeysFolder"] = data.PathOf("keys"),
        };
        string convention, decision, minutes;
        using (var first = new ArchiveApiFactory(settings))
        {
            var client = first.CreateClient();
            convention = await UploadAsync(client, VillageConvention, "huong-uoc-ban-chat.txt");
            decision = await UploadAsync(client, AmendingDecision, "qd77.txt");
            minutes = await UploadAsync(client, Minutes, "bien-ban.txt");
            Assert.Equal(("còn hiệu lực", null), await ValidityAsync(client, convention));

            // The convention was archived under a mistyped number; the decision cites the right one.
            var patch = await PatchAsync(client, convention, """{"number":"01/HƯ-TBC","reason":"Số ghi sai khi nhập"}""");
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
            var answered = await patch.JsonAsync();
            Assert.Equal("được sửa đổi, bổ sung", answered.GetProperty("status").GetString());
            Assert.Equal("Quyết định", answered.GetProperty("statusSource").GetProperty("kind").GetString());
            Assert.Equal(("được sửa đổi, bổ sung", "77/QĐ-UBND"), await ValidityAsync(client, convention));
        }

        // Minutes an earlier version wrote as "in force" are set right at start, like any record left stale.
        Rewrite(data.PathOf("store"), minutes, record => record["status"] = "còn hiệu lực");
        using var second = new ArchiveApiFactory(settings);
        var again = second.CreateClient();
        Assert.Equal(("được sửa đổi, bổ sung", "77/QĐ-UBND"), await ValidityAsync(again, convention));
        Assert.Equal((null, null), await ValidityAsync(again, minutes));

        // Corrected away again: nothing amends that number.
        (await PatchAsync(again, convention, """{"number":"02/HƯ-TBC","reason":"Số đúng theo sổ"}""")).EnsureSuccessStatusCode();
        Assert.Equal(("còn hiệu lực", null), await ValidityAsync(again, convention));
        Assert.Equal(("còn hiệu lực", null), await ValidityAsync(again, decision));
    }

    private static void Rewrite(string store, string id, Action<JsonObject> change)
    {
        var path = Path.Combine(store, "objects", "documents", id, "meta.json");
        var record = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(record);
        File.WriteAllText(path, record.ToJsonString());
    }

    [Fact]
    public async Task A_date_corrected_on_the_staff_form_links_a_replacing_decision_and_a_kind_corrected_gives_a_validity()
    {
        using var factory = new ArchiveApiFactory();
        var admin = factory.CreateClient();
        // Numbers without a year repeat every year: the date decides, and this one was typed wrong.
        var old = await UploadAsync(admin, "Quyết định thành lập tổ tự quản đường làng thôn Khe Dăm.", "qd7.txt", new()
        {
            ["number"] = "7/QĐ-UBND", ["kind"] = "Quyết định", ["issuedOn"] = "2024-01-15", ["title"] = "Thành lập tổ tự quản đường làng thôn Khe Dăm",
        });
        await UploadAsync(admin, """
            ỦY BAN NHÂN DÂN XÃ BẮC XA
            Số: 88/QĐ-UBND
            Bắc Xa, ngày 03 tháng 8 năm 2026
            QUYẾT ĐỊNH
            Về việc kiện toàn tổ tự quản đường làng thôn Khe Dăm
            Điều 3. Quyết định này thay thế Quyết định số 7/QĐ-UBND ngày 05/01/2024 của UBND xã Bắc Xa.
            """, "qd88.txt");
        Assert.Equal(("còn hiệu lực", null), await ValidityAsync(admin, old));

        var clerk = factory.CreateClientAs(ArchiveRoles.Clerk);
        var page = $"/quan-ly/van-ban/{old}";
        var fields = new Dictionary<string, string>
        {
            ["title"] = "Thành lập tổ tự quản đường làng thôn Khe Dăm", ["kind"] = "Quyết định", ["number"] = "7/QĐ-UBND",
            ["issuedOn"] = "05/01/2024", ["issuer"] = "", ["reason"] = "Ngày ký ghi nhầm",
        };
        var response = await StaffForms.PostAsync(clerk, $"{page}/sua", await StaffForms.TokenAsync(clerk, page, $"{page}/sua"), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(("hết hiệu lực toàn bộ", "88/QĐ-UBND"), await ValidityAsync(admin, old));
        var shown = WebUtility.HtmlDecode(await clerk.GetStringAsync(page));
        Assert.Contains("hết hiệu lực toàn bộ (theo Quyết định số 88/QĐ-UBND ngày 03/08/2026)", shown);

        // A plan has no validity; the same record corrected to a regulation has one.
        var plan = await UploadAsync(admin, "Quy định về giữ gìn vệ sinh chung thôn Khe Dăm.", "quy-dinh.txt", new() { ["kind"] = "Kế hoạch", ["number"] = "9/KH-UBND" });
        Assert.Equal((null, null), await ValidityAsync(admin, plan));
        (await PatchAsync(admin, plan, """{"kind":"Quy định","reason":"Chọn nhầm loại"}""")).EnsureSuccessStatusCode();
        Assert.Equal(("còn hiệu lực", null), await ValidityAsync(admin, plan));
    }
}
