using System.Net;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Metadata from the document itself, citations extracted and linked, validity, minutes.</summary>
public sealed class LegalLinksTests
{
    private const string Decree = """
        CHÍNH PHỦ
        Số: 59/2023/NĐ-CP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 14 tháng 8 năm 2023
        NGHỊ ĐỊNH
        Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở
        Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định chi tiết việc tổ chức hội nghị thôn, tổ dân phố.
        Điều 2. Hội nghị thôn
        Hội nghị thôn do trưởng thôn triệu tập theo quy định tại Điều 1 Nghị định này.
        """;

    private const string ProvincialResolution = """
        HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN
        Số: 08/2024/NQ-HĐND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Lạng Sơn, ngày 23 tháng 7 năm 2024
        NGHỊ QUYẾT
        Quy định mức chi hỗ trợ hội nghị thôn
        Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết Luật Thực hiện dân chủ ở cơ sở;
        Điều 1. Mức chi
        Mỗi hội nghị thôn được hỗ trợ kinh phí theo khoản 2 Điều 2 Nghị định số 59/2023/NĐ-CP.
        """;

    private const string DistrictPlan = """
        ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP
        Số: 32/KH-UBND
        Đình Lập, ngày 20 tháng 02 năm 2025
        KẾ HOẠCH
        Thực hiện dân chủ ở cơ sở năm 2025
        Căn cứ Nghị quyết số 08/2024/NQ-HĐND ngày 23/7/2024 của Hội đồng nhân dân tỉnh;
        Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;
        Căn cứ Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ;
        I. MỤC ĐÍCH
        1. Tổ chức hội nghị thôn đúng quy định.
        """;

    private static async Task<string> UploadAsync(HttpClient client, string text, string name) =>
        (await client.UploadTextRecordAsync(text, name)).GetProperty("id").GetString()!;

    private static async Task<List<(string Symbol, string? Target)>> LinksAsync(HttpClient client, string id)
    {
        var answer = await client.GetJsonAsync($"/api/documents/{id}/citations");
        return answer.GetProperty("citations").EnumerateArray()
            .Where(c => c.GetProperty("symbol").ValueKind == JsonValueKind.String)
            .Select(c => (c.GetProperty("symbol").GetString()!,
                c.GetProperty("target").ValueKind == JsonValueKind.Object ? c.GetProperty("target").GetProperty("number").GetString() : null))
            .Distinct().OrderBy(l => l.Item1).ToList();
    }

    [Fact]
    public async Task Cited_by_and_the_unresolved_list_are_paged_with_a_total_and_the_bounds_search_has()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var decree = await UploadAsync(client, Decree, "nghi-dinh.txt");
        var provincial = await UploadAsync(client, ProvincialResolution, "nghi-quyet.txt");
        var district = await UploadAsync(client, DistrictPlan, "ke-hoach.txt");

        // Each citation of it is one item (a document may cite it twice), by citing document and position.
        var whole = (await client.GetJsonAsync($"/api/documents/{decree}/cited-by")).GetProperty("citedBy").EnumerateArray()
            .Select(c => (c.GetProperty("source").GetProperty("id").GetString(), c.GetProperty("start").GetInt32())).ToList();
        Assert.Equal(new[] { provincial, district }.Order(StringComparer.Ordinal), whole.Select(c => c.Item1).Distinct());
        var second = await client.GetJsonAsync($"/api/documents/{decree}/cited-by?page=2&pageSize=1");
        Assert.Equal(whole.Count, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var item = Assert.Single(second.GetProperty("citedBy").EnumerateArray().ToList());
        Assert.Equal(whole[1], (item.GetProperty("source").GetProperty("id").GetString(), item.GetProperty("start").GetInt32()));
        var unresolved = await client.GetJsonAsync("/api/citations/unresolved?pageSize=1");
        Assert.Equal(1, unresolved.GetProperty("unresolved").GetArrayLength());
        Assert.True(unresolved.GetProperty("total").GetInt32() >= 1);

        foreach (var asked in new[] { $"/api/documents/{decree}/cited-by?pageSize=101", $"/api/documents/{decree}/cited-by?page=101&pageSize=100",
                     "/api/citations/unresolved?page=0", "/api/citations/unresolved?page=10001&pageSize=1" })
        {
            using var answer = await client.GetAsync(asked);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            // Each detail names the parameter it is about (page, pageSize or page × pageSize).
            Assert.Contains("page", await answer.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(2, 1, 0)]
    [InlineData(1, 2, 0)]
    public async Task A_chain_of_three_documents_ends_with_the_same_links_whatever_the_upload_order(int first, int second, int third)
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        string[] texts = [Decree, ProvincialResolution, DistrictPlan];
        var ids = new string[3];
        foreach (var i in new[] { first, second, third }) ids[i] = await UploadAsync(client, texts[i], $"vb{i}.txt");

        Assert.Equal([("59/2023/NĐ-CP", "59/2023/NĐ-CP")], await LinksAsync(client, ids[1]));
        Assert.Equal(
            [("08/2024/NQ-HĐND", "08/2024/NQ-HĐND"), ("26/CT-TTg", null), ("59/2023/NĐ-CP", "59/2023/NĐ-CP")],
            await LinksAsync(client, ids[2]));
        var citedBy = (await client.GetJsonAsync($"/api/documents/{ids[0]}/cited-by")).GetProperty("citedBy").EnumerateArray()
            .Select(c => c.GetProperty("source").GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { ids[1], ids[2] }, citedBy);

        var unresolved = (await client.GetJsonAsync("/api/citations/unresolved")).GetProperty("unresolved").EnumerateArray().ToList();
        var directive = Assert.Single(unresolved, u => u.GetProperty("symbol").GetString() == "26/CT-TTg");
        Assert.Equal(1, directive.GetProperty("citingDocuments").GetInt32());
        Assert.Equal(ids[2], directive.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.DoesNotContain(unresolved, u => u.GetProperty("symbol").GetString() == "59/2023/NĐ-CP");
    }

    [Fact]
    public async Task The_header_gives_kind_number_issuer_date_and_title_when_the_uploader_did_not()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var doc = await client.UploadRecordAsync(Encoding.UTF8.GetBytes(DistrictPlan), "kh32.txt",
            new Dictionary<string, string> { ["issuer"] = "UBND huyện Đình Lập" });

        Assert.Equal("Kế hoạch", doc.GetProperty("kind").GetString());
        Assert.Equal("32/KH-UBND", doc.GetProperty("number").GetString());
        Assert.Equal("2025-02-20", doc.GetProperty("issuedOn").GetString());
        Assert.Equal("Thực hiện dân chủ ở cơ sở năm 2025", doc.GetProperty("title").GetString());
        Assert.Equal("UBND huyện Đình Lập", doc.GetProperty("issuer").GetString());
        var sources = doc.GetProperty("fieldSources");
        Assert.Equal("provided", sources.GetProperty("issuer").GetString());
        Assert.Equal("extracted", sources.GetProperty("number").GetString());

        var found = await client.GetJsonAsync("/api/documents?number=32%2Fkh-ubnd");
        Assert.Equal(doc.GetProperty("id").GetString(), Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_corrected_number_is_searchable_and_stays_provided()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var id = await UploadAsync(client, DistrictPlan, "kh.txt");

        var patch = await client.PatchAsync($"/api/documents/{id}",
            new StringContent("""{"number":"33/KH-UBND","reason":"Sửa số"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var doc = await client.GetJsonAsync($"/api/documents/{id}");
        Assert.Equal("provided", doc.GetProperty("fieldSources").GetProperty("number").GetString());
        Assert.Equal(id, (await client.GetJsonAsync("/api/search?q=33%2FKH-UBND")).HitIds().First());
    }

    [Fact]
    public async Task A_replaced_resolution_is_marked_and_its_citers_are_warned()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var old = await UploadAsync(client, ProvincialResolution, "nq08.txt");
        var planId = await UploadAsync(client, DistrictPlan, "kh32.txt");
        await UploadAsync(client, """
            HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN
            Số: 15/2025/NQ-HĐND
            Lạng Sơn, ngày 10 tháng 7 năm 2025
            NGHỊ QUYẾT
            Quy định mức chi hỗ trợ hội nghị thôn, tổ dân phố
            Điều 3. Hiệu lực thi hành
            Nghị quyết này thay thế Nghị quyết số 08/2024/NQ-HĐND ngày 23/7/2024 của Hội đồng nhân dân tỉnh.
            """, "nq15.txt");

        // The validity of the documents it cites follows the new one's reading as its last step, in the background.
        var deadline = DateTime.UtcNow.AddSeconds(120); // generous for a loaded machine: the change ends the wait
        var replaced = await client.GetJsonAsync($"/api/documents/{old}");
        while (replaced.GetProperty("status").GetString() != "hết hiệu lực toàn bộ" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            replaced = await client.GetJsonAsync($"/api/documents/{old}");
        }
        Assert.Equal("hết hiệu lực toàn bộ", replaced.GetProperty("status").GetString());
        Assert.Equal("15/2025/NQ-HĐND", replaced.GetProperty("statusSource").GetProperty("number").GetString());

        var citations = (await client.GetJsonAsync($"/api/documents/{planId}/citations")).GetProperty("citations").EnumerateArray();
        var toOld = citations.First(c => c.GetProperty("symbol").GetString() == "08/2024/NQ-HĐND");
        Assert.Equal("hết hiệu lực toàn bộ", toOld.GetProperty("targetStatus").GetString());
        Assert.Contains("15/2025/NQ-HĐND", toOld.GetProperty("warning").GetString());
        var toDecree = citations.First(c => c.GetProperty("symbol").GetString() == "59/2023/NĐ-CP");
        Assert.Equal(JsonValueKind.Null, toDecree.GetProperty("target").ValueKind);
    }

    [Fact]
    public async Task The_extraction_endpoint_answers_one_item_per_clause()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/citations/extract",
            new StringContent("Căn cứ khoản 1, 2 và 3 Điều 15 Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;", Encoding.UTF8, "text/plain"));

        var items = (await response.JsonAsync()).GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(["1", "2", "3"], items.Select(i => i.GetProperty("clause").GetString()));
        Assert.All(items, i =>
        {
            Assert.Equal("Nghị định", i.GetProperty("kind").GetString());
            Assert.Equal("59/2023/NĐ-CP", i.GetProperty("symbol").GetString());
            Assert.Equal("15", i.GetProperty("article").GetString());
            Assert.Equal("2023-08-14", i.GetProperty("date").GetString());
            Assert.Equal("basis", i.GetProperty("relation").GetString());
        });
    }

    [Fact]
    public async Task Minutes_carry_their_meeting_and_are_found_by_kind_and_date()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var id = await UploadAsync(client, """
            ỦY BAN NHÂN DÂN XÃ BẮC XA
            THÔN BẢN CHẮT
            BIÊN BẢN
            Họp thôn Bản Chắt
            Thời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025
            Địa điểm: Nhà văn hóa thôn Bản Chắt
            Thành phần tham dự: đại diện các hộ gia đình, có mặt 25/27 hộ.
            Chủ trì: Ông Hoàng Văn Bình - Trưởng thôn
            Thư ký: Bà Lương Thị Mai
            Nội dung: thống nhất mức đóng góp xây dựng nhà văn hóa.
            Biểu quyết: tán thành 25/25.
            Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày.
            THƯ KÝ
            Lương Thị Mai
            """, "bien-ban-hop-thon.txt");

        var meeting = (await client.GetJsonAsync($"/api/documents/{id}")).GetProperty("meeting");
        Assert.Equal("2025-03-15T14:00:00", meeting.GetProperty("startsAt").GetString());
        Assert.Equal("2025-03-15T16:30:00", meeting.GetProperty("endsAt").GetString());
        Assert.Equal("Nhà văn hóa thôn Bản Chắt", meeting.GetProperty("place").GetString());
        Assert.Equal("Hoàng Văn Bình", meeting.GetProperty("chair").GetProperty("name").GetString());
        Assert.Equal(25, meeting.GetProperty("attendance").GetProperty("present").GetInt32());
        Assert.Equal(27, meeting.GetProperty("attendance").GetProperty("total").GetInt32());
        Assert.Equal(25, meeting.GetProperty("votes")[0].GetProperty("for").GetInt32());

        var minutes = await client.GetJsonAsync("/api/search?kind=bi%C3%AAn%20b%E1%BA%A3n&from=2025-03-01&to=2025-03-31");
        Assert.Contains(id, minutes.HitIds());
        var none = await client.GetJsonAsync("/api/search?kind=bi%C3%AAn%20b%E1%BA%A3n&from=2024-01-01&to=2024-12-31");
        Assert.DoesNotContain(id, none.HitIds());
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?kind=bien%20ban&chair=hoang%20van%20binh&place=nha%20van%20hoa")).HitIds());
        Assert.DoesNotContain(id, (await client.GetJsonAsync("/api/search?kind=bien%20ban&chair=nguyen%20van%20an")).HitIds());
    }

    [Fact]
    public async Task A_number_shared_by_two_issuers_links_only_when_the_dates_agree()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        // The district's own plan 32/KH-UBND cites the province's plan of the same number but another date.
        var districtPlan = await UploadAsync(client, DistrictPlan + "\nKế hoạch số 32/KH-UBND ngày 04/02/2025 của UBND tỉnh Lạng Sơn.", "kh-huyen.txt");
        var provincialPlan = await UploadAsync(client, """
            ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
            Số: 32/KH-UBND
            Lạng Sơn, ngày 04 tháng 02 năm 2025
            KẾ HOẠCH
            Thực hiện dân chủ ở cơ sở trên địa bàn tỉnh năm 2025
            """, "kh-tinh.txt");

        var citations = (await client.GetJsonAsync($"/api/documents/{districtPlan}/citations")).GetProperty("citations").EnumerateArray();
        var toProvince = citations.First(c => c.GetProperty("symbol").GetString() == "32/KH-UBND");
        Assert.Equal(provincialPlan, toProvince.GetProperty("target").GetProperty("id").GetString());
        Assert.DoesNotContain(districtPlan, (await client.GetJsonAsync($"/api/documents/{districtPlan}/cited-by"))
            .GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("source").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_law_cited_by_title_links_to_the_version_in_force_when_the_citing_document_was_issued()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        // The newer law is uploaded first: the upload order must not decide.
        foreach (var (number, issued) in new[] { ("38/2019/QH14", "2019-06-13"), ("78/2006/QH11", "2006-11-29") })
        {
            var response = await client.UploadAsync(Encoding.UTF8.GetBytes($"QUỐC HỘI\nLUẬT\nQUẢN LÝ THUẾ\nĐiều 1. Phạm vi điều chỉnh ({number})"),
                $"luat-{issued}.txt", new Dictionary<string, string> { ["number"] = number, ["issuedOn"] = issued, ["kind"] = "Luật", ["title"] = "Quản lý thuế" });
            Assert.True(response.IsSuccessStatusCode);
        }
        async Task<string?> TargetOfLawCitedIn(int year)
        {
            var id = await UploadAsync(client, $"""
                ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP
                Số: {year - 1990}/QĐ-UBND
                Đình Lập, ngày 10 tháng 3 năm {year}
                QUYẾT ĐỊNH
                Về việc thu nộp thuế năm {year}
                Căn cứ Luật Quản lý thuế;
                """, $"qd-{year}.txt");
            var cited = (await client.GetJsonAsync($"/api/documents/{id}/citations")).GetProperty("citations").EnumerateArray()
                .Single(c => c.GetProperty("title").GetString() == "Luật Quản lý thuế");
            return cited.GetProperty("target").GetProperty("number").GetString();
        }

        Assert.Equal("38/2019/QH14", await TargetOfLawCitedIn(2021));
        Assert.Equal("78/2006/QH11", await TargetOfLawCitedIn(2010));
    }

    [Fact]
    public async Task A_law_s_enacting_formula_is_no_missing_citation()
    {
        using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var id = await UploadAsync(client, """
            QUỐC HỘI
            Luật số: 99/2030/QH16
            LUẬT
            ĐỊA CHẤT VÀ KHOÁNG SẢN
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            Quốc hội ban hành Luật Địa chất và khoáng sản.
            Điều 1. Phạm vi điều chỉnh
            """, "luat-dia-chat.txt");

        // Named twice, by its heading and by its enacting formula: both are the law itself.
        var own = (await client.GetJsonAsync($"/api/documents/{id}/citations")).GetProperty("citations").EnumerateArray()
            .Where(c => c.GetProperty("title").GetString() == "Luật Địa chất và khoáng sản").ToList();
        Assert.Equal(2, own.Count);
        Assert.All(own, c => Assert.True(c.GetProperty("ownTitle").GetBoolean()));
        Assert.All(own, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("target").ValueKind));
        var unresolved = (await client.GetJsonAsync("/api/citations/unresolved")).GetProperty("unresolved").EnumerateArray()
            .Select(u => u.GetProperty("title").GetString()).ToList();
        Assert.Contains("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", unresolved);
        Assert.DoesNotContain("Luật Địa chất và khoáng sản", unresolved);
    }
}
