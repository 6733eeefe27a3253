using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Api.Tests;

public sealed class DocumentsApiTests : IClassFixture<ArchiveApiFactory>
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP
        Số: 15/KH-UBND
        KẾ HOẠCH
        Thực hiện dân chủ ở cơ sở trên địa bàn huyện năm 2025
        Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều
        của Luật Thực hiện dân chủ ở cơ sở; Ủy ban nhân dân huyện ban hành kế hoạch như sau.
        """;

    private readonly ArchiveApiFactory factory;
    private readonly HttpClient client;

    public DocumentsApiTests(ArchiveApiFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClient();
    }

    [Fact]
    public async Task The_health_check_answers_ok()
    {
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_answers_201_at_once_with_the_pending_document_and_its_location_and_the_text_is_read_after()
    {
        var bytes = Encoding.UTF8.GetBytes(Plan + "\nPhụ lục A " + Guid.NewGuid());
        var response = await client.PostFileAsync(bytes, "kế hoạch dân chủ.txt", new Dictionary<string, string>
        {
            ["title"] = "Kế hoạch thực hiện dân chủ ở cơ sở",
            ["kind"] = "Kế hoạch",
            ["number"] = "15/KH-UBND",
            ["issuedOn"] = "2025-02-20",
            ["issuer"] = "UBND huyện Đình Lập",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var doc = await response.JsonAsync();
        var id = doc.GetProperty("id").GetString()!;
        Assert.Equal($"/api/documents/{id}", response.Headers.Location!.ToString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), doc.GetProperty("sha256").GetString());
        Assert.Equal("kế hoạch dân chủ.txt", doc.GetProperty("fileName").GetString());
        Assert.StartsWith("text/plain", doc.GetProperty("contentType").GetString());
        Assert.Equal(bytes.Length, doc.GetProperty("size").GetInt64());
        Assert.Equal("Kế hoạch thực hiện dân chủ ở cơ sở", doc.GetProperty("title").GetString());
        Assert.Equal("Kế hoạch", doc.GetProperty("kind").GetString());
        Assert.Equal("15/KH-UBND", doc.GetProperty("number").GetString());
        Assert.Equal("2025-02-20", doc.GetProperty("issuedOn").GetString());
        Assert.Equal("UBND huyện Đình Lập", doc.GetProperty("issuer").GetString());
        Assert.Equal("pending", doc.GetProperty("textStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.GetProperty("textError").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.GetProperty("pageCount").ValueKind);
        Assert.Equal("internal", doc.GetProperty("visibility").GetString());
        Assert.True(doc.GetProperty("createdAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));

        var read = await client.WaitUntilReadAsync(id);
        Assert.Equal("ok", read.GetProperty("textStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("textError").ValueKind);
        Assert.Equal("15/KH-UBND", read.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Uploading_the_same_bytes_again_returns_200_and_the_same_document_without_a_second_copy()
    {
        var bytes = Encoding.UTF8.GetBytes(Plan + "\nBản sao " + Guid.NewGuid());
        var first = await client.UploadRecordAsync(bytes, "a.txt");
        var again = await client.UploadAsync(bytes, "tên khác.txt");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.JsonAsync();
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal("a.txt", second.GetProperty("fileName").GetString());
        var id = first.GetProperty("id").GetString()!;
        var folders = Directory.GetDirectories(Path.Combine(factory.DataFolder, "store", "objects", "documents"))
            .Count(d => Path.GetFileName(d) == id);
        Assert.Equal(1, folders);
    }

    [Theory]
    [InlineData("dân chủ cơ sở")]
    [InlineData("dan chu co so")]
    [InlineData("DÂN CHỦ CƠ SỞ")]
    [InlineData("da\u0302n chu\u0309 co\u031b so\u031b\u0309")]
    public async Task An_uploaded_document_is_found_at_once_with_or_without_diacritics(string query)
    {
        var marker = "mã" + Guid.NewGuid().ToString("N")[..8];
        var response = await client.UploadTextAsync(Plan + "\n" + marker, "ke-hoach.txt");
        var id = (await response.JsonAsync()).GetProperty("id").GetString();

        // "At once": the first search after the upload answers finds it, without waiting or retrying.
        // How fast that is belongs to the benchmarks, not to a wall-clock assertion here.
        var found = await client.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query + " " + marker)}");

        Assert.Contains(id, found.HitIds());
        var hit = found.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == id);
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task The_original_bytes_come_back_exactly_with_type_and_Vietnamese_file_name()
    {
        var bytes = Uploads.Fixture("ke-hoach-dejavu-serif.pdf");
        var doc = await client.UploadRecordAsync(bytes, "Kế hoạch số 15.pdf");
        var id = doc.GetProperty("id").GetString();

        var content = await client.GetAsync($"/api/documents/{id}/content");

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(bytes, await content.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", content.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Kế hoạch số 15.pdf", content.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.True(doc.GetProperty("pageCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_number_read_from_the_text_is_kept_whatever_the_file_name_says()
    {
        var doc = await client.UploadTextRecordAsync(Plan + "\nSố liệu riêng " + Guid.NewGuid(), "ke-hoach-so-99-kh-ubnd-2025.txt");

        Assert.Equal("15/KH-UBND", doc.GetProperty("number").GetString());
        Assert.Equal("extracted", doc.GetProperty("fieldSources").GetProperty("number").GetString());
    }

    [Fact]
    public async Task An_unreadable_number_is_taken_from_the_file_name_and_marked_so()
    {
        var text = $"""
            BỘ QUỐC PHÒNG
            Số: 7 @ /2024/TT-BQP Hà Nội, ngày 0ƒ tháng năm 2024
            THÔNG TƯ
            Hướng dẫn bảo quản kho tàng trong mùa mưa bão
            Căn cứ Nghị định số 01/2022/NĐ-CP của Chính phủ; mã thử {Guid.NewGuid()}
            """;
        var doc = await client.UploadTextRecordAsync(text, "thong-tu-so-71-2024-tt-bqp-50321.txt");

        Assert.Equal("71/2024/TT-BQP", doc.GetProperty("number").GetString());
        Assert.Equal("fileName", doc.GetProperty("fieldSources").GetProperty("number").GetString());
    }

    [Fact]
    public async Task Metadata_and_extracted_text_are_served()
    {
        var doc = await client.UploadTextRecordAsync(Plan + "\nVăn bản thử " + Guid.NewGuid(), "kh.txt");
        var id = doc.GetProperty("id").GetString();

        var meta = await client.GetJsonAsync($"/api/documents/{id}");
        var text = await client.GetAsync($"/api/documents/{id}/text");

        Assert.Equal(id, meta.GetProperty("id").GetString());
        Assert.Equal("text/plain; charset=utf-8", text.Content.Headers.ContentType!.ToString());
        Assert.Contains("Thực hiện dân chủ ở cơ sở", await text.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_document_list_is_paged_newest_first()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await client.UploadTextRecordAsync($"Biên bản họp thôn số {i} {Guid.NewGuid()}", $"bb{i}.txt"))
                .GetProperty("id").GetString()!);

        var page1 = await client.GetJsonAsync("/api/documents?page=1&pageSize=2");
        var page2 = await client.GetJsonAsync("/api/documents?page=2&pageSize=2");

        var listed = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal([ids[2], ids[1], ids[0]], listed.Take(3));
        Assert.True(page1.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_pdf_without_a_text_layer_is_stored_at_once_and_its_page_queued_for_ocr()
    {
        var bytes = Uploads.Fixture("scanned-no-text.pdf");
        var response = await client.PostFileAsync(bytes, "bản quét.pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var doc = await response.JsonAsync();
        Assert.Equal("pending", doc.GetProperty("textStatus").GetString());
        var read = await client.WaitUntilReadAsync(doc.GetProperty("id").GetString()!);
        Assert.Equal(1, read.GetProperty("ocr").GetProperty("pagesTotal").GetInt32());
        var content = await client.GetAsync($"/api/documents/{doc.GetProperty("id").GetString()}/content");
        Assert.Equal(bytes, await content.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("corrupt.pdf")]
    [InlineData("encrypted.pdf")]
    public async Task A_pdf_that_cannot_be_read_is_stored_with_status_failed_and_a_reason(string fixture)
    {
        var bytes = Uploads.Fixture(fixture);
        var doc = await client.UploadRecordAsync(bytes, fixture);

        Assert.Equal("failed", doc.GetProperty("textStatus").GetString());
        Assert.False(string.IsNullOrEmpty(doc.GetProperty("textError").GetString()));
        var content = await client.GetAsync($"/api/documents/{doc.GetProperty("id").GetString()}/content");
        Assert.Equal(bytes, await content.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_page_far_past_the_end_of_the_document_list_is_empty_and_never_the_first_page_again()
    {
        await client.UploadTextAsync("Thông báo lịch trực Tết của Ủy ban nhân dân xã Bắc Xa", "lich-truc.txt");

        var far = await client.GetJsonAsync("/api/documents?page=2147483647&pageSize=100");

        Assert.Equal(0, far.GetProperty("items").GetArrayLength());
    }
}
