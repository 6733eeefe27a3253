using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.Access;
using Archive.Api.Documents;
using Archive.Api.Records;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Records;

/// <summary>
/// Versions of a document (the amended hương ước): each kept with its own original, hash and text; the newest is
/// current, searched and published; refused in a closed dossier, after disposal, and for the current bytes again.
/// </summary>
public sealed class DocumentVersionsTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    private const string First = "HƯƠNG ƯỚC thôn Nà Lẹng, xã Hồng Phong. Điều 5. Mỗi hộ góp 2 ngày công làm đường bê tông liên thôn.";
    private const string Amended = "HƯƠNG ƯỚC thôn Nà Lẹng, xã Hồng Phong (sửa đổi). Điều 5. Mỗi hộ góp 3 ngày công nạo vét mương thủy lợi.";

    internal static Task<HttpResponseMessage> PostVersionAsync(HttpClient client, string id, byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/documents/{id}/versions", form);
    }

    /// <summary>
    /// The status of <paramref name="path"/> once the public addresses follow the record just read: the catalog keeps a
    /// written record before it tells the lookups, so a request in that moment (seen once in a loaded full run) still
    /// finds the old address. Asked again for up to 10 s while it answers 404; any other answer is returned at once.
    /// </summary>
    private static async Task<HttpStatusCode> AnswerOnceFollowedAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var status = (await client.GetAsync(path)).StatusCode;
            if (status != HttpStatusCode.NotFound || DateTime.UtcNow > deadline) return status;
            await Task.Delay(20);
        }
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_new_version_becomes_the_one_searched_and_published_while_the_first_is_kept_with_its_own_hash_text_and_original()
    {
        var admin = service.CreateClient();
        var id = (await admin.UploadTextRecordAsync(First, "hương ước.txt")).GetProperty("id").GetString()!;
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);

        var posted = await PostVersionAsync(clerk, id, Encoding.UTF8.GetBytes(Amended), "hương ước sửa đổi.txt");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var answer = await posted.JsonAsync();
        Assert.Equal(2, answer.GetProperty("version").GetInt32());
        Assert.True(answer.GetProperty("current").GetBoolean());
        var record = await admin.WaitUntilReadAsync(id);
        Assert.Equal("ok", record.GetProperty("textStatus").GetString());
        Assert.Equal(Sha256(Amended), record.GetProperty("sha256").GetString());

        var versions = (await admin.GetJsonAsync($"/api/documents/{id}/versions")).EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal([true, false], versions.Select(v => v.GetProperty("current").GetBoolean()));
        Assert.Equal([Sha256(Amended), Sha256(First)], versions.Select(v => v.GetProperty("sha256").GetString()));
        Assert.Equal(["hương ước sửa đổi.txt", "hương ước.txt"], versions.Select(v => v.GetProperty("fileName").GetString()));
        Assert.Equal(Encoding.UTF8.GetByteCount(First), versions[1].GetProperty("size").GetInt64());
        Assert.Equal($"thử-{ArchiveRoles.Clerk}", versions[0].GetProperty("uploadedBy").GetString());
        Assert.Equal("admin", versions[1].GetProperty("uploadedBy").GetString());
        Assert.All(versions, v => Assert.Equal("ok", v.GetProperty("textStatus").GetString()));
        Assert.True(versions[0].GetProperty("createdAt").GetDateTimeOffset() > versions[1].GetProperty("createdAt").GetDateTimeOffset());

        Assert.Equal(Amended, await admin.GetStringAsync($"/api/documents/{id}/content"));
        Assert.Equal(First, await admin.GetStringAsync($"/api/documents/{id}/versions/1/content"));
        Assert.Equal(Amended, await admin.GetStringAsync($"/api/documents/{id}/versions/2/content"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/documents/{id}/versions/3/content")).StatusCode);
        var store = service.Services.GetRequiredService<IObjectStore>();
        await using (var kept = (await store.OpenReadAsync($"documents/{id}/versions/1/text.txt"))!)
            Assert.Contains("bê tông", await new StreamReader(kept).ReadToEndAsync());

        Assert.Contains(id, (await admin.GetJsonAsync("/api/search?q=n%E1%BA%A1o%20v%C3%A9t%20m%C6%B0%C6%A1ng")).HitIds());
        Assert.DoesNotContain(id, (await admin.GetJsonAsync("/api/search?q=b%C3%AA%20t%C3%B4ng")).HitIds());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai hương ước đã sửa đổi" })).StatusCode);
        var address = (await admin.GetJsonAsync($"/api/documents/{id}")).GetProperty("publicAddress").GetString();
        var page = WebUtility.HtmlDecode(await service.CreateAnonymousClient().GetStringAsync($"/van-ban/{address}"));
        Assert.Contains("nạo vét mương", page);
        Assert.DoesNotContain("bê tông", page);

        var trail = (await admin.AuditAsync($"documentId={id}")).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["upload", "version-upload"], trail.Where(a => a is "upload" or "version-upload"));
        Assert.Contains("download", trail);
    }

    [Fact]
    public async Task A_new_version_is_refused_for_the_same_bytes_in_a_closed_dossier_and_after_disposal_with_a_Vietnamese_reason()
    {
        var admin = service.CreateClient();
        var id = await DisposalTests.DocumentAsync(admin, "GIẤY MỜI họp dân thôn Bản Chắt về hương ước năm 2003", "Giấy mời", "2003-03-03");
        var same = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes("GIẤY MỜI họp dân thôn Bản Chắt về hương ước năm 2003"), "lại.txt");
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Contains("giống hệt", (await same.JsonAsync()).GetProperty("detail").GetString());

        var dossier = await DisposalTests.DossierAsync(admin, "09.VP", 2003, 5);
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = id })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/close", new { reason = "Hoàn thành hồ sơ" })).EnsureSuccessStatusCode();
        var closed = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes("GIẤY MỜI (bản sửa) họp dân thôn Bản Chắt"), "sửa.txt");
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Contains("đã khóa", (await closed.JsonAsync()).GetProperty("detail").GetString());
        Assert.Single((await admin.GetJsonAsync($"/api/documents/{id}/versions")).EnumerateArray());

        var proposal = (await (await DisposalTests.ProposeAsync(admin, [dossier], [])).JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await DisposalTests.ApproveAsync(service.CreateClientAs(ArchiveRoles.Admin), proposal)).StatusCode);
        var destroyed = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes("GIẤY MỜI (bản sửa lần hai) họp dân thôn Bản Chắt"), "sửa 2.txt");
        Assert.Equal(HttpStatusCode.Conflict, destroyed.StatusCode);
        Assert.Contains("đã bị hủy", (await destroyed.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(await service.Services.GetRequiredService<IObjectStore>().ListAsync($"documents/{id}/").ToListAsync());
    }

    [Fact]
    public async Task Every_version_goes_into_the_transfer_package_and_disposal_destroys_every_version()
    {
        var admin = service.CreateClient();
        var id = await DisposalTests.DocumentAsync(admin, First, "Hương ước", "2001-05-05");
        Assert.Equal(HttpStatusCode.Created, (await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(Amended), "sửa đổi.txt")).StatusCode);
        await admin.WaitUntilReadAsync(id);
        var dossier = await DisposalTests.DossierAsync(admin, "03.TP", 2001, 10);
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/documents", new { documentId = id })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/dossiers/{dossier}/close", new { reason = "Hoàn thành hồ sơ" })).EnsureSuccessStatusCode();

        var package = await admin.GetByteArrayAsync($"/api/dossiers/{dossier}/transfer");
        using (var zip = new ZipArchive(new MemoryStream(package)))
        {
            string Read(string name)
            {
                var entry = zip.GetEntry($"ho-so-{dossier}/data/001-{id}/{name}");
                Assert.True(entry is not null, $"{name} is not in the package: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
                using var reader = new StreamReader(entry.Open());
                return reader.ReadToEnd();
            }
            Assert.Equal(Amended, Read("sửa đổi.txt"));
            Assert.Equal(First, Read("phien-ban-1/Hương ước.txt"));
            Assert.Contains("bê tông", Read("phien-ban-1/text.txt"));
        }
        Assert.True((await (await admin.PostAsync("/api/transfer/verify", new ByteArrayContent(package))).JsonAsync()).GetProperty("valid").GetBoolean());

        var proposal = (await (await DisposalTests.ProposeAsync(admin, [dossier], [])).JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await DisposalTests.ApproveAsync(service.CreateClientAs(ArchiveRoles.Admin), proposal)).StatusCode);

        Assert.Empty(await service.Services.GetRequiredService<IObjectStore>().ListAsync($"documents/{id}/").ToListAsync());
        var tombstone = (await admin.GetJsonAsync("/api/disposal/tombstones")).EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);
        Assert.Equal(Sha256(Amended), tombstone.GetProperty("sha256").GetString());
        Assert.Equal(Sha256(First), Assert.Single(tombstone.GetProperty("formerVersions").EnumerateArray()).GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_version_another_instance_is_writing_is_refused_until_its_claim_is_stale_and_then_taken_over()
    {
        var admin = service.CreateClient();
        var id = (await admin.UploadTextRecordAsync(First, "hương ước.txt")).GetProperty("id").GetString()!;
        await admin.WaitUntilReadAsync(id);
        var store = service.Services.GetRequiredService<IObjectStore>();
        var claimKey = StoreLayout.VersionClaim(id, 2);
        // Another instance over the same store has claimed version 2 and is storing its original.
        Assert.NotNull(await StoredJson.PutIfAsync(store, claimKey, new VersionClaim(Sha256("bản của máy khác"), DateTimeOffset.UtcNow), null, default));

        var refused = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(Amended), "sửa đổi.txt");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("cùng lúc", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Null(await store.StatAsync(StoreLayout.Original(id, 2)));
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/documents/{id}")).GetProperty("version").GetInt32());

        // That instance stopped before recording its version: past the claim's lifetime the version is free again.
        var stale = (await StoredJson.ReadVersionedAsync<VersionClaim>(store, claimKey, default))!.Value;
        Assert.NotNull(await StoredJson.PutIfAsync(store, claimKey,
            stale.Value with { TakenAt = DateTimeOffset.UtcNow - DocumentVersions.ClaimLifetime - TimeSpan.FromMinutes(1) }, stale.Version, default));

        var taken = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(Amended), "sửa đổi.txt");

        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal(Sha256(Amended), (await admin.WaitUntilReadAsync(id)).GetProperty("sha256").GetString());
        Assert.Equal(Amended, await admin.GetStringAsync($"/api/documents/{id}/versions/2/content"));
        Assert.Null(await store.StatAsync(claimKey));
    }

    [Fact]
    public async Task Of_two_new_versions_sent_at_once_each_one_kept_has_its_own_original_and_number()
    {
        var admin = service.CreateClient();
        var id = (await admin.UploadTextRecordAsync(First, "hương ước.txt")).GetProperty("id").GetString()!;
        await admin.WaitUntilReadAsync(id);
        string[] texts = [Amended, Amended + " Điều 6. Mỗi hộ trồng 10 cây keo ven đường."];

        var answers = await Task.WhenAll(texts.Select((t, i) => PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(t), $"bản {i}.txt")));

        // The second is refused while the first is being written or read, or, once the first is read, becomes the next
        // version; never do both take one number.
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var kept = new List<(int Version, string Text)>();
        for (var i = 0; i < answers.Length; i++)
            if (answers[i].StatusCode == HttpStatusCode.Created)
                kept.Add(((await answers[i].JsonAsync()).GetProperty("version").GetInt32(), texts[i]));
        Assert.NotEmpty(kept);
        Assert.Equal(kept.Count, kept.Select(k => k.Version).Distinct().Count());
        var record = await admin.WaitUntilReadAsync(id);
        Assert.Equal(1 + kept.Count, record.GetProperty("version").GetInt32());
        foreach (var (version, text) in kept)
            Assert.Equal(text, await admin.GetStringAsync($"/api/documents/{id}/versions/{version}/content"));
        Assert.DoesNotContain(await service.Services.GetRequiredService<IObjectStore>().ListAsync($"documents/{id}/versions/").ToListAsync(),
            key => key.EndsWith("claim.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_version_another_instance_recorded_before_this_one_heard_of_it_is_never_written_over()
    {
        var admin = service.CreateClient();
        var id = (await admin.UploadTextRecordAsync(First, "hương ước.txt")).GetProperty("id").GetString()!;
        await admin.WaitUntilReadAsync(id);
        var store = service.Services.GetRequiredService<IObjectStore>();
        // Another instance stored and recorded version 2 and let its claim go; this instance's catalog has not heard yet.
        var theirs = Encoding.UTF8.GetBytes(Amended);
        await store.PutAsync(StoreLayout.Original(id, 2), new MemoryStream(theirs), "text/plain");
        var stored = (await StoredJson.ReadVersionedAsync<System.Text.Json.Nodes.JsonObject>(store, StoreLayout.Meta(id), default))!.Value;
        stored.Value["version"] = 2;
        stored.Value["sha256"] = Sha256(Amended);
        Assert.NotNull(await StoredJson.PutIfAsync(store, StoreLayout.Meta(id), stored.Value, stored.Version, default));

        var mine = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(Amended + " Điều 7. Bản của máy này."), "bản khác.txt");

        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        await using var original = (await store.OpenReadAsync(StoreLayout.Original(id, 2)))!;
        Assert.Equal(Amended, await new StreamReader(original).ReadToEndAsync());
    }

    [Fact]
    public async Task A_new_version_whose_text_gives_another_number_moves_the_public_address_and_the_old_one_redirects()
    {
        var admin = service.CreateClient();
        const string decision = "ỦY BAN NHÂN DÂN XÃ HỒNG PHONG\nSố: 15/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc công nhận hương ước thôn Nà Lẹng\nĐiều 1. Công nhận hương ước thôn Nà Lẹng.\n";
        var id = (await admin.UploadTextRecordAsync(decision, "quyet-dinh.txt")).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" })).StatusCode);
        var visitor = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/van-ban/15-qd-ubnd")).StatusCode);

        // The decision was issued again under a new number; its new version's header gives it.
        var reissued = decision.Replace("15/QĐ-UBND", "16/QĐ-UBND", StringComparison.Ordinal).Replace("Điều 1.", "Điều 1. (ban hành lại)", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(reissued), "quyet-dinh-16.txt")).StatusCode);
        Assert.Equal("16/QĐ-UBND", (await admin.WaitUntilReadAsync(id)).GetProperty("number").GetString());

        Assert.Equal(HttpStatusCode.OK, await AnswerOnceFollowedAsync(visitor, "/van-ban/16-qd-ubnd"));
        var old = await visitor.GetAsync("/van-ban/15-qd-ubnd");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith("/van-ban/16-qd-ubnd", old.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_version_with_the_bytes_of_another_document_is_refused_naming_that_document()
    {
        var admin = service.CreateClient();
        var id = (await admin.UploadTextRecordAsync(First, "hương ước.txt")).GetProperty("id").GetString()!;
        var other = await admin.UploadTextRecordAsync("Quyết định số 21/QĐ-UBND công nhận hương ước thôn Bản Chắt.", "quyet-dinh-21.txt");
        var otherId = other.GetProperty("id").GetString()!;

        var refused = await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes("Quyết định số 21/QĐ-UBND công nhận hương ước thôn Bản Chắt."), "nham-tep.txt");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains(otherId, detail);
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/documents/{id}")).GetProperty("version").GetInt32());

        // A later version of another document counts too: the same bytes are never two records' files.
        Assert.Equal(HttpStatusCode.Created, (await PostVersionAsync(admin, otherId, Encoding.UTF8.GetBytes(Amended), "ban-sua.txt")).StatusCode);
        await admin.WaitUntilReadAsync(otherId);
        Assert.Equal(HttpStatusCode.Conflict, (await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(Amended), "ban-sua.txt")).StatusCode);
    }

    [Fact]
    public async Task A_plain_upload_of_the_bytes_of_another_documents_later_version_answers_that_document_and_stores_no_new_one()
    {
        var admin = service.CreateClient();
        var id = (await admin.UploadTextRecordAsync(First, "hương ước.txt")).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await PostVersionAsync(admin, id, Encoding.UTF8.GetBytes(Amended), "hương ước sửa đổi.txt")).StatusCode);
        await admin.WaitUntilReadAsync(id);
        var listed = (await admin.GetJsonAsync("/api/documents")).GetProperty("total").GetInt32();

        var again = await admin.PostFileAsync(Encoding.UTF8.GetBytes(Amended), "bản sửa đổi gửi lại.txt");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(listed, (await admin.GetJsonAsync("/api/documents")).GetProperty("total").GetInt32());
        Assert.Null(await service.Services.GetRequiredService<IObjectStore>().StatAsync(StoreLayout.Meta(StoreLayout.IdFor(Sha256(Amended)))));
    }
}
