using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Browser;

/// <summary>
/// Each role's daily task, walked in Debian's Chromium against the real service: an official, an auditor, a clerk,
/// an admin, a publisher and a citizen on a phone. Every page visited is looked at 1366 and 390 px wide (screenshots
/// in <see cref="BrowserSession.ScreenshotFolder"/>, and no horizontal scrolling on the phone).
/// </summary>
[Trait("Tools", "chromium")]
public sealed partial class RoleWalkTests : IClassFixture<RoleWalkTests.Site>
{
    /// <summary>One service and one browser for all the walks; each walk brings its own documents.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public BrowserSession Session { get; private set; } = default!;

        public async Task InitializeAsync() => Session = await BrowserSession.StartAsync();

        public async Task DisposeAsync() => await Session.DisposeAsync();

        public HttpClient Api => Session.Server.Client;

        public async Task<string> UploadAsync(byte[] bytes, string fileName, Dictionary<string, string>? fields = null)
        {
            var response = await Api.UploadAsync(bytes, fileName, fields);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return (await response.JsonAsync()).GetProperty("id").GetString()!;
        }

        public async Task PublishAsync(string id) =>
            (await Api.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai theo quy chế dân chủ ở cơ sở" })).EnsureSuccessStatusCode();

        /// <summary>A user of <paramref name="role"/>, added as an admin does it: on the users page, the key read once.</summary>
        public async Task<string> KeyForAsync(string name, string role)
        {
            var admin = await Session.SignedInAsync(ArchiveProcess.AdminKey);
            await admin.GotoAsync("/quan-ly/nguoi-dung");
            await admin.GetByLabel("Tên (ví dụ: lan.vanthu)").FillAsync(name);
            await admin.GetByLabel("Vai trò").SelectOptionAsync(role);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Thêm và tạo khóa" }).ClickAsync();
            var key = await admin.Locator("#new-key").InputValueAsync();
            await admin.Context.CloseAsync();
            return key;
        }
    }

    private readonly Site site;

    public RoleWalkTests(Site site) => this.site = site;

    private static string Minutes(string village, string day, string chair) =>
        $"BIÊN BẢN\nHọp thôn {village}\nThời gian: 19 giờ 30 phút, ngày {day}\nĐịa điểm: Nhà văn hóa thôn {village}\nChủ trì: Ông {chair} - Trưởng thôn\n"
        + "Thư ký: Bà Hoàng Thị Duyên\nCó mặt 58/62 hộ.\nHội nghị biểu quyết thông qua mức đóng góp sửa đường bê tông.\nTán thành: 58/62 hộ.\nKhông tán thành: 4/62 hộ.\n";

    [Fact]
    public async Task An_official_finds_a_decree_typed_without_diacritics_and_opens_its_original_inline()
    {
        var id = await site.UploadAsync(DecreePdf.Build(), "nghi-dinh-59-2023.pdf");
        var official = await site.Session.SignedInAsync(await site.KeyForAsync("canbo.tuphap", "official"));

        await official.GetByLabel("Từ khóa").FillAsync("nghi dinh thuc hien dan chu co so");
        await official.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        var hit = official.Locator("ol.hits > li").Filter(new() { HasText = "59/2023/NĐ-CP" });
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit.Locator("mark").First).ToBeVisibleAsync();
        await BrowserSession.LookAsync(official, "official-search");

        await hit.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(official.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Luật Thực hiện dân chủ ở cơ sở");
        await Assertions.Expect(official.GetByAltText("Trang 1 của văn bản gốc")).ToBeVisibleAsync();
        // Visible is laid out, not loaded: the picture is measured once the browser has it (a slow rendition still fails, later).
        await official.WaitForFunctionAsync("() => document.querySelector(\"img[alt='Trang 1 của văn bản gốc']\")?.complete");
        Assert.True(await official.Locator("img[alt='Trang 1 của văn bản gốc']").EvaluateAsync<int>("i => i.naturalWidth") > 100);
        await Assertions.Expect(official.GetByText("SHA-256")).ToHaveCountAsync(0);
        await Assertions.Expect(official.GetByText("BagIt")).ToHaveCountAsync(0);
        await BrowserSession.LookAsync(official, "official-document");

        var viewer = await official.RunAndWaitForPopupAsync(() => official.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản gốc" }).ClickAsync());
        Assert.EndsWith($"/api/documents/{id}/view", viewer.Url);
        var shown = await official.APIRequest.GetAsync($"/api/documents/{id}/view");
        Assert.Equal("application/pdf", shown.Headers["content-type"]);
        Assert.StartsWith("inline", shown.Headers["content-disposition"]);
        Assert.Equal(DecreePdf.Build().Length, (await shown.BodyAsync()).Length);
        await official.Context.CloseAsync();
    }

    [Fact]
    public async Task An_auditor_filters_March_minutes_by_chair_and_downloads_the_original_whose_hash_matches()
    {
        await site.UploadAsync(Encoding.UTF8.GetBytes(Minutes("Bản Chu", "06/3/2025", "Hoàng Văn Bình")), "bien-ban-ban-chu.txt");
        await site.UploadAsync(Encoding.UTF8.GetBytes(Minutes("Nà Pàn", "20/3/2025", "Lăng Văn Tâm")), "bien-ban-na-pan.txt");
        await site.UploadAsync(Encoding.UTF8.GetBytes(Minutes("Khe Mò", "10/4/2025", "Hoàng Văn Bình")), "bien-ban-khe-mo.txt");
        var auditor = await site.Session.SignedInAsync(await site.KeyForAsync("thanhtra.xa", "auditor"));

        await auditor.GetByText("Lọc theo loại, cơ quan, thời gian, cuộc họp, hiệu lực").ClickAsync();
        await auditor.GetByLabel("Loại văn bản").SelectOptionAsync("Biên bản");
        await auditor.GetByLabel("Từ ngày").FillAsync("01/03/2025");
        await auditor.GetByLabel("Đến ngày").FillAsync("31/03/2025");
        await auditor.GetByLabel("Người chủ trì (biên bản)").FillAsync("Hoang Van Binh");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        await Assertions.Expect(auditor.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 văn bản phù hợp.");
        await Assertions.Expect(auditor.Locator("ol.hits")).ToContainTextAsync("Họp thôn Bản Chu");
        await BrowserSession.LookAsync(auditor, "auditor-search");

        // The month shortcuts keep the other filters: April shows Bình's other meeting.
        await auditor.GetByRole(AriaRole.Link, new() { Name = "Tháng 4", Exact = true }).ClickAsync();
        await Assertions.Expect(auditor.Locator("ol.hits")).ToContainTextAsync("Họp thôn Khe Mò");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "Tháng 3", Exact = true }).ClickAsync();

        await auditor.GetByRole(AriaRole.Link, new() { Name = "Họp thôn Bản Chu" }).ClickAsync();
        await Assertions.Expect(auditor.Locator("dl.record").First).ToContainTextAsync("tán thành 58/62 (93,5 %), không tán thành 4/62");
        await Assertions.Expect(auditor.Locator("dl.record").First).ToContainTextAsync("Nhà văn hóa thôn Bản Chu");
        await auditor.GetByText("Kiểm tra toàn vẹn (dành cho thanh tra)").ClickAsync();
        var hash = await auditor.Locator("dt:has-text('SHA-256') + dd").InnerTextAsync();
        await BrowserSession.LookAsync(auditor, "auditor-document");
        var download = await auditor.RunAndWaitForDownloadAsync(() => auditor.GetByRole(AriaRole.Link, new() { Name = "Tải về (bien-ban-ban-chu.txt" }).ClickAsync());
        Assert.Equal("bien-ban-ban-chu.txt", download.SuggestedFilename);
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync((await download.PathAsync())!))));

        await auditor.GotoAsync("/quan-ly/nhat-ky");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "Kiểm tra toàn vẹn nhật ký" }).ClickAsync();
        await Assertions.Expect(auditor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Nhật ký nguyên vẹn");
        await BrowserSession.LookAsync(auditor, "auditor-audit");
        await auditor.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_uploads_three_files_with_metadata_and_corrects_a_number_with_a_reason_and_the_old_address_redirects()
    {
        var clerk = await site.Session.SignedInAsync(await site.KeyForAsync("lan.vanthu", "clerk"));
        await clerk.GotoAsync("/quan-ly/tai-len");
        await BrowserSession.LookAsync(clerk, "clerk-upload-empty");
        var folder = Directory.CreateTempSubdirectory("archive-clerk-").FullName;
        var files = new[] { ("thong-bao-lich-tiep-dan.txt", "71/TB-UBND"), ("ke-hoach-trong-cay.txt", "72/KH-UBND"), ("quyet-dinh-khen-thuong.txt", "73/QĐ-UBND") };
        foreach (var (name, number) in files)
            await File.WriteAllTextAsync(Path.Combine(folder, name), $"Văn bản số {number} của UBND xã Đình Lập, tệp {name}, lập để thử việc tải lên.");

        await clerk.GetByLabel("Chọn tệp từ máy").SetInputFilesAsync(files.Select(f => Path.Combine(folder, f.Item1)));
        var rows = clerk.Locator("#uploads > li");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        for (var i = 0; i < files.Length; i++)
        {
            await rows.Nth(i).GetByLabel("Số, ký hiệu").FillAsync(files[i].Item2);
            await rows.Nth(i).GetByLabel("Ngày ban hành").FillAsync($"0{i + 1}/04/2025");
            await rows.Nth(i).GetByLabel("Cơ quan ban hành").FillAsync("UBND xã Đình Lập");
        }
        await rows.Nth(0).GetByLabel("Loại văn bản").SelectOptionAsync("Thông báo");
        await rows.Nth(1).GetByLabel("Loại văn bản").SelectOptionAsync("Kế hoạch");
        await rows.Nth(2).GetByLabel("Loại văn bản").SelectOptionAsync("Quyết định");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tải lên 3 tệp" }).ClickAsync();
        for (var i = 0; i < files.Length; i++)
            await Assertions.Expect(rows.Nth(i).GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu vào kho", new() { Timeout = 30_000 });
        await BrowserSession.LookAsync(clerk, "clerk-upload-done");
        var stored = await site.Api.GetJsonAsync("/api/documents?number=73/QĐ-UBND");
        var record = Assert.Single(stored.GetProperty("items").EnumerateArray());
        Assert.Equal("Quyết định", record.GetProperty("kind").GetString());
        Assert.Equal("2025-04-03", record.GetProperty("issuedOn").GetString());
        var id = record.GetProperty("id").GetString()!;
        await site.PublishAsync(id);

        await rows.Nth(2).GetByRole(AriaRole.Link).ClickAsync();
        await clerk.GetByLabel("Số, ký hiệu").FillAsync("74/QĐ-UBND");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu thông tin" }).ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Alert)).ToContainTextAsync("Hãy ghi lý do sửa");
        await BrowserSession.LookAsync(clerk, "clerk-correction-refused");
        await clerk.GetByLabel("Lý do sửa (bắt buộc, ghi vào nhật ký)").FillAsync("Số quyết định đánh máy sai");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu thông tin" }).ClickAsync();
        await Assertions.Expect(clerk.GetByText("Đã lưu thông tin đã sửa")).ToBeVisibleAsync();
        await Assertions.Expect(clerk.Locator("table.list.history")).ToContainTextAsync("số: '73/QĐ-UBND' → '74/QĐ-UBND' — lý do: Số quyết định đánh máy sai");
        await BrowserSession.LookAsync(clerk, "clerk-document");

        var visitor = await site.Session.NewPageAsync();
        var old = await visitor.GotoAsync("/van-ban/73-qd-ubnd");
        Assert.EndsWith("/van-ban/74-qd-ubnd", visitor.Url);
        Assert.Equal(200, old!.Status);
        await Assertions.Expect(visitor.Locator("dl.record")).ToContainTextAsync("74/QĐ-UBND");
        await visitor.Context.CloseAsync();
        await clerk.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_adds_a_user_copies_the_key_once_and_revokes_it_after_confirming()
    {
        var admin = await site.Session.SignedInAsync(ArchiveProcess.AdminKey);
        await admin.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await admin.GotoAsync("/quan-ly/nguoi-dung");
        await admin.GetByLabel("Tên (ví dụ: lan.vanthu)").FillAsync("hung.bientap");
        await admin.GetByLabel("Vai trò").SelectOptionAsync("publisher");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Thêm và tạo khóa" }).ClickAsync();
        var key = await admin.Locator("#new-key").InputValueAsync();
        Assert.StartsWith("ak_", key);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Chép khóa" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#new-key-status")).ToHaveTextAsync("Đã chép khóa vào bộ nhớ tạm.");
        Assert.Equal(key, await admin.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await BrowserSession.LookAsync(admin, "admin-user-added");

        var publisher = await site.Session.SignedInAsync(key);
        await Assertions.Expect(publisher.GetByText("hung.bientap (Biên tập viên)")).ToBeVisibleAsync();

        await admin.GotoAsync("/quan-ly/nguoi-dung");
        await Assertions.Expect(admin.Locator("#new-key")).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Thu hồi khóa của hung.bientap" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thu hồi khóa của hung.bientap?");
        await BrowserSession.LookAsync(admin, "admin-revoke-confirm");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xác nhận thu hồi khóa của hung.bientap" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã thu hồi khóa của 'hung.bientap'");
        await BrowserSession.LookAsync(admin, "admin-users");

        await publisher.ReloadAsync();
        Assert.Contains("/quan-ly/dang-nhap", publisher.Url);
        await BrowserSession.LookAsync(publisher, "sign-in");
        await publisher.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_publisher_publishes_and_sees_the_page_the_feed_and_the_sitemap()
    {
        var id = await site.UploadAsync(Uploads.Fixture("ke-hoach-dejavu-serif.pdf"), "ke-hoach-dan-chu-co-so.pdf");
        var publisher = await site.Session.SignedInAsync(await site.KeyForAsync("mai.bientap", "publisher"));
        await publisher.GotoAsync($"/quan-ly/van-ban/{id}");
        await Assertions.Expect(publisher.GetByText("Nội bộ", new() { Exact = true })).ToBeVisibleAsync();
        await publisher.GetByLabel("Lý do (bắt buộc, được ghi vào nhật ký)").FillAsync("Công khai kế hoạch theo Luật Thực hiện dân chủ ở cơ sở");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Công bố lên trang công khai" }).ClickAsync();
        await Assertions.Expect(publisher.GetByText("Đã công bố", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserSession.LookAsync(publisher, "publisher-document");

        await publisher.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang công khai" }).ClickAsync();
        Assert.EndsWith("/van-ban/32-kh-ubnd", publisher.Url);
        await Assertions.Expect(publisher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025");
        Assert.Contains("\"@type\":\"Legislation\"", await publisher.Locator("script[type='application/ld+json']").TextContentAsync());
        await BrowserSession.LookAsync(publisher, "public-document");

        var feed = await (await publisher.APIRequest.GetAsync("/feed.atom")).TextAsync();
        var sitemap = await (await publisher.APIRequest.GetAsync("/sitemap.xml")).TextAsync();
        Assert.Contains("/van-ban/32-kh-ubnd", feed);
        Assert.Contains("Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025", feed);
        Assert.Contains("/van-ban/32-kh-ubnd", sitemap);
        await publisher.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_opens_a_dossier_and_files_a_document_and_an_admin_closes_it_with_a_reason()
    {
        var id = await site.UploadAsync(Encoding.UTF8.GetBytes(Minutes("Nà Hin", "14/5/2025", "Triệu Văn Sơn")), "bien-ban-na-hin.txt");
        var clerk = await site.Session.SignedInAsync(await site.KeyForAsync("vanthu.hoso", "clerk"));

        await clerk.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ", Exact = true }).ClickAsync();
        await clerk.GetByLabel("Ký hiệu hồ sơ").FillAsync("12.VP");
        await clerk.GetByLabel("Thời hạn bảo quản (năm)").FillAsync("20");
        await clerk.GetByLabel("Đơn vị").FillAsync("Văn phòng HĐND và UBND");
        await clerk.GetByLabel("Người lập hồ sơ").FillAsync("Hoàng Thị Duyên");
        await clerk.GetByLabel("Tiêu đề hồ sơ").FillAsync("Hồ sơ họp thôn về đóng góp sửa đường bê tông năm 2025");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lập hồ sơ" }).ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ họp thôn về đóng góp sửa đường bê tông năm 2025");
        var address = clerk.Url;
        await clerk.GetByLabel("Mã văn bản (trong địa chỉ trang văn bản)").FillAsync(id);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Đưa vào hồ sơ" }).ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đưa văn bản vào hồ sơ.");
        await Assertions.Expect(clerk.Locator("table.list")).ToContainTextAsync("Họp thôn Nà Hin");
        await BrowserSession.LookAsync(clerk, "clerk-dossier");
        await clerk.GotoAsync("/quan-ly/ho-so?nam=" + DateTime.UtcNow.Year);
        await BrowserSession.LookAsync(clerk, "clerk-dossier-list");
        await clerk.Context.CloseAsync();

        var admin = await site.Session.SignedInAsync(ArchiveProcess.AdminKey);
        await admin.GotoAsync(address);
        await admin.GetByLabel("Lý do (ghi vào nhật ký)").FillAsync("Kết thúc công việc, nộp lưu cơ quan");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Khóa hồ sơ" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã khóa hồ sơ.");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Mở lại hồ sơ" })).ToBeVisibleAsync();
        await BrowserSession.LookAsync(admin, "admin-closed-dossier");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_citizen_on_a_phone_searches_and_reads_and_the_exported_site_finds_the_same_offline()
    {
        var id = await site.UploadAsync(Encoding.UTF8.GetBytes(Minutes("Bản Pẻn", "12/5/2025", "Mã Văn Tài")), "bien-ban-ban-pen.txt",
            new() { ["number"] = "12/BB-TBP", ["title"] = "Biên bản họp thôn Bản Pẻn về đóng góp sửa đường" });
        await site.PublishAsync(id);
        var citizen = await site.Session.NewPageAsync(390);
        await citizen.GotoAsync("/");
        await BrowserSession.LookAsync(citizen, "public-home");
        // A visible focus ring: at least 3:1 against the white page (WCAG 2.2, 1.4.11 and 2.4.13).
        await citizen.GetByLabel("Từ khóa").FocusAsync();
        var ring = await citizen.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }");
        Assert.Equal("solid", ring[0]);
        Assert.True(double.Parse(ring[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2, ring[1]);
        Assert.True(ContrastWithWhite(ring[2]) >= 3, $"focus ring {ring[2]}: {ContrastWithWhite(ring[2]):F2}:1");

        await citizen.GetByLabel("Từ khóa").FillAsync("dong gop sua duong ban pen");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("Tìm thấy");
        await BrowserSession.LookAsync(citizen, "public-search");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Biên bản họp thôn Bản Pẻn về đóng góp sửa đường" }).ClickAsync();
        await Assertions.Expect(citizen.Locator(".document")).ToContainTextAsync("Tán thành: 58/62 hộ.");
        await Assertions.Expect(citizen.Locator("dl.record")).ToContainTextAsync("tán thành 58/62 (93,5 %)");
        await Assertions.Expect(citizen.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản gốc" })).ToBeVisibleAsync();
        await BrowserSession.LookAsync(citizen, "public-document-phone");

        await citizen.GotoAsync("/tim-kiem?q=nd59");
        await Assertions.Expect(citizen.GetByRole(AriaRole.Link, new() { Name = "“nghị định 59”" })).ToBeVisibleAsync();
        await BrowserSession.LookAsync(citizen, "public-search-empty");

        // The static export, served by a plain file server: its search runs in the browser, without the service.
        var export = Directory.CreateTempSubdirectory("archive-export-").FullName;
        var (exitCode, output) = await ArchiveProcess.RunCommandAsync(site.Session.Data.Root, site.Session.Data.Settings(
            ("Index__Path", export + "-index")), "export-site", export, "https://dinhlap.example.gov.vn");
        Assert.True(exitCode == 0, output);
        await using var files = await StaticFiles.ServeAsync(export);
        await citizen.GotoAsync(files.Address + "/tim-kiem/?q=dong+gop+sua+duong");
        var found = citizen.Locator("#offline-results > li");
        await Assertions.Expect(found.First).ToContainTextAsync("Biên bản họp thôn Bản Pẻn");
        await BrowserSession.LookAsync(citizen, "export-search");
        await found.First.GetByRole(AriaRole.Link).ClickAsync();
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByRole(AriaRole.Link, new() { Name = "Tải về (bien-ban-ban-pen.txt" }).ClickAsync());
        Assert.Equal("bien-ban-ban-pen.txt", download.SuggestedFilename);
        await citizen.Context.CloseAsync();
    }

    /// <summary>WCAG contrast ratio of an "rgb(r, g, b)" colour against white.</summary>
    private static double ContrastWithWhite(string rgb)
    {
        var parts = Regex.Matches(rgb, @"\d+").Select(m => int.Parse(m.Value) / 255.0).Take(3)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        var luminance = 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2];
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>A plain static file server (what a district portal would be) over an exported folder, on a free loopback port.</summary>
    private sealed class StaticFiles : IAsyncDisposable
    {
        private readonly WebApplication app;

        private StaticFiles(WebApplication app, string address) => (this.app, Address) = (app, address);

        public string Address { get; }

        public static async Task<StaticFiles> ServeAsync(string folder)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var provider = new PhysicalFileProvider(folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = provider, ServeUnknownFileTypes = true });
            await app.StartAsync();
            return new StaticFiles(app, app.Urls.First());
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
