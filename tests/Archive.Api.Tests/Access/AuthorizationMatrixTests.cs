using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Api.Access;
using Archive.Api.Tests.Audit;

namespace Archive.Api.Tests.Access;

/// <summary>
/// Every endpoint × every role (and no credentials) → the expected status, as one table. Reading the
/// table is reading the access policy; a new endpoint without its row is staff-only by the fallback.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixTests.Service>
{
    public sealed class Service : ArchiveApiFactory
    {
        private readonly Lazy<Task<string>> documentId;

        public Service() => documentId = new(async () =>
        {
            var response = await CreateClient().UploadTextAsync("Quyết định về việc thành lập Ban Thanh tra nhân dân xã Bắc Lãng năm 2025", "quyết định.txt");
            return (await response.JsonAsync()).GetProperty("id").GetString()!;
        });

        public Task<string> DocumentIdAsync() => documentId.Value;
    }

    private const string None = "none";
    private static readonly string[] Columns = [None, ArchiveRoles.Admin, ArchiveRoles.Clerk, ArchiveRoles.Official, ArchiveRoles.Auditor, ArchiveRoles.Publisher];

    // Status per column: none, admin, clerk, official, auditor, publisher. "R" = 302 to the sign-in page.
    private static readonly (string Method, string Path, string Expected)[] Table =
    [
        ("GET", "/healthz", "200 200 200 200 200 200"),
        ("GET", "/openapi/v1.json", "200 200 200 200 200 200"),
        ("GET", "/", "200 200 200 200 200 200"),
        ("GET", "/tim-kiem?q=thanh+tra", "200 200 200 200 200 200"),
        ("GET", "/feed.atom", "200 200 200 200 200 200"),
        ("GET", "/sitemap.xml", "200 200 200 200 200 200"),
        ("GET", "/van-ban/{id}", "404 404 404 404 404 404"),
        ("POST", "/api/documents", "401 200 200 403 403 403"),
        ("GET", "/api/documents", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}/content", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}/text", "401 200 200 200 200 200"),
        ("PATCH", "/api/documents/{id}", "401 200 200 403 403 403"),
        // The same bytes as the current version: refused as nothing new, after the role was let through.
        ("POST", "/api/documents/{id}/versions", "401 409 409 403 403 403"),
        ("GET", "/api/documents/{id}/versions", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}/versions/1/content", "401 200 200 200 200 200"),
        ("GET", "/api/search?q=thanh+tra", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}/citations", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}/cited-by", "401 200 200 200 200 200"),
        ("GET", "/api/documents/{id}/relations", "401 200 200 200 200 200"),
        ("GET", "/api/citations/unresolved", "401 200 200 200 200 200"),
        ("POST", "/api/citations/extract", "401 200 200 200 200 200"),
        ("POST", "/api/documents/{id}/unpublish", "401 200 403 403 403 200"),
        ("POST", "/api/documents/{id}/verify", "401 200 403 403 200 403"),
        ("GET", "/api/documents/{id}/export", "401 200 403 403 200 403"),
        ("GET", "/api/audit", "401 200 403 403 200 403"),
        ("GET", "/api/audit/verify", "401 200 403 403 200 403"),
        ("GET", "/api/users", "401 200 403 403 403 403"),
        ("DELETE", "/api/users/không-có-ai", "401 404 403 403 403 403"),
        ("GET", "/quan-ly/nguoi-dung", "R 200 403 403 403 403"),
        ("GET", "/quan-ly/huy-tai-lieu", "R 200 403 403 200 403"),
        ("POST", "/quan-ly/nguoi-dung/không-có-ai/thu-hoi", "R 400 403 403 403 403"),
        ("POST", "/api/dossiers", "401 400 400 403 403 403"),
        ("GET", "/api/dossiers", "401 200 200 200 200 200"),
        ("GET", "/api/dossiers/catalog.csv?year=2025", "401 200 200 200 200 200"),
        ("GET", "/api/dossiers/00000000000000aa", "401 404 404 404 404 404"),
        ("POST", "/api/dossiers/00000000000000aa/documents", "401 400 400 403 403 403"),
        ("DELETE", "/api/dossiers/00000000000000aa/documents/{id}", "401 404 404 403 403 403"),
        ("POST", "/api/dossiers/00000000000000aa/close", "401 404 403 403 403 403"),
        ("POST", "/api/dossiers/00000000000000aa/reopen", "401 404 403 403 403 403"),
        ("GET", "/api/retention-schedule", "401 200 200 200 200 200"),
        ("PUT", "/api/retention-schedule", "401 400 403 403 403 403"),
        ("GET", "/api/documents/{id}/retention", "401 200 200 200 200 200"),
        ("GET", "/api/disposal/due", "401 200 403 403 200 403"),
        ("POST", "/api/disposal/proposals", "401 400 400 403 403 403"),
        ("GET", "/api/disposal/proposals", "401 200 403 403 200 403"),
        ("GET", "/api/disposal/proposals/00000000000000aa", "401 404 403 403 404 403"),
        ("POST", "/api/disposal/proposals/00000000000000aa/approve", "401 404 403 403 403 403"),
        ("GET", "/api/disposal/tombstones", "401 200 403 403 200 403"),
        ("GET", "/api/dossiers/00000000000000aa/transfer", "401 404 403 403 404 403"),
        ("POST", "/api/transfer/verify", "401 200 403 403 200 403"),
        ("POST", "/api/dossiers/00000000000000aa/hold", "401 404 403 403 404 403"),
        ("DELETE", "/api/dossiers/00000000000000aa/hold", "401 400 403 403 400 403"),
        ("DELETE", "/api/documents/{id}/hold", "401 400 403 403 400 403"),
        ("GET", "/quan-ly/dang-nhap", "200 200 200 200 200 200"),
        ("GET", "/quan-ly/", "R 200 200 200 200 200"),
        ("GET", "/quan-ly/van-ban/{id}", "R 200 200 200 200 200"),
        ("POST", "/quan-ly/van-ban/{id}/sua", "R 400 400 403 403 403"),
        ("GET", "/quan-ly/tai-len", "R 200 200 403 403 403"),
        ("GET", "/quan-ly/nhat-ky", "R 200 403 403 200 403"),
        ("GET", "/quan-ly/ho-so", "R 200 200 200 200 200"),
        ("POST", "/quan-ly/ho-so", "R 400 400 403 403 403"),
        ("GET", "/quan-ly/ho-so/00000000000000aa", "R 404 404 404 404 404"),
        ("POST", "/quan-ly/ho-so/00000000000000aa/van-ban", "R 400 400 403 403 403"),
        ("POST", "/quan-ly/ho-so/00000000000000aa/khoa", "R 400 403 403 403 403"),
        ("POST", "/quan-ly/ho-so/00000000000000aa/mo-lai", "R 400 403 403 403 403"),
    ];

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (method, path, expected) in Table)
        {
            var statuses = expected.Split(' ');
            Assert.Equal(Columns.Length, statuses.Length);
            for (var i = 0; i < Columns.Length; i++) data.Add(method, path, Columns[i], statuses[i]);
        }
        return data;
    }

    private readonly Service service;

    public AuthorizationMatrixTests(Service service) => this.service = service;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_the_status_the_access_table_says(string method, string path, string role, string expected)
    {
        var id = await service.DocumentIdAsync();
        var client = role == None ? service.CreateAnonymousClient() : service.CreateClientAs(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", id));
        request.Content = (method, path) switch
        {
            ("POST", "/api/documents" or "/api/documents/{id}/versions") => Upload(),
            ("PATCH", _) => JsonContent.Create(new { issuer = "UBND xã Bắc Lãng", reason = "Kiểm tra phân quyền" }),
            ("POST", "/api/citations/extract") => new StringContent("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ", Encoding.UTF8, "text/plain"),
            ("POST" or "PUT", _) => JsonContent.Create(new { reason = "Kiểm tra phân quyền" }),
            _ => null,
        };

        var response = await client.SendAsync(request);

        var status = (int)response.StatusCode;
        var actual = status == 302 && response.Headers.Location!.ToString().StartsWith(AccessProblems.SignInPath) ? "R" : status.ToString();
        Assert.True(expected == actual, $"{method} {path} as {role}: expected {expected}, got {actual}: {await response.Content.ReadAsStringAsync()}");
        if (status is 401 or 403 && path.StartsWith("/api"))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Matches("[àáảãạăâđêôơưếệốộớờủứừ]", (await response.JsonAsync()).GetProperty("title").GetString()!.ToLowerInvariant());
        }
    }

    /// <summary>The same bytes every time: after the first, uploads answer 200 with the existing document.</summary>
    private static MultipartFormDataContent Upload()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Quyết định về việc thành lập Ban Thanh tra nhân dân xã Bắc Lãng năm 2025"));
        return new MultipartFormDataContent { { file, "file", "quyết định.txt" } };
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_recorded_as_a_failed_sign_in()
    {
        var client = service.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "ak_khong-phai-khoa-that-0000");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/documents")).StatusCode);

        var audit = await service.CreateClient().AuditAsync();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "sign-in-failed"
            && e.GetProperty("details").GetString()!.Contains("ak_kho"));
    }
}
