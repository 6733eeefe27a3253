using System.Security.Claims;
using System.Text;
using Archive.Api.Access;

namespace Archive.Api.Web;

/// <summary>The one layout of every HTML page, public and staff: head, header with navigation, main, footer.</summary>
public static class SiteLayout
{
    public const string SiteName = "Trang thông tin văn bản huyện";
    public const string StaffName = "Kho lưu trữ văn bản — Quản lý";

    /// <summary>A whole page; <paramref name="body"/> is trusted HTML built by the page (every value in it escaped).</summary>
    public static string Render(PageArea area, string title, string body, ClaimsPrincipal? user = null, string? head = null, string? antiforgeryToken = null)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!doctype html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.E(title)} · {Html.E(area == PageArea.Public ? SiteName : StaffName)}</title>
            <link rel="stylesheet" href="{SiteAssets.CssPath}">
            """);
        if (area == PageArea.Public)
            html.Append($"""<link rel="alternate" type="application/atom+xml" title="Văn bản mới công bố" href="/feed.atom">""").Append('\n');
        else
            html.Append("""<meta name="robots" content="noindex">""").Append('\n');
        if (antiforgeryToken is not null) html.Append($"""<meta name="antiforgery" content="{Html.E(antiforgeryToken)}">""").Append('\n');
        if (head is not null) html.Append(head).Append('\n');
        html.Append("</head>\n<body class=\"").Append(area == PageArea.Public ? "cong-khai" : "quan-ly").Append("\">\n");
        html.Append("<a class=\"skip\" href=\"#noi-dung\">Bỏ qua, đến nội dung chính</a>\n");
        html.Append(area == PageArea.Public ? PublicHeader() : StaffHeader(user, antiforgeryToken));
        html.Append("<main id=\"noi-dung\">\n").Append(body).Append("\n</main>\n");
        html.Append(area == PageArea.Public
            ? """<footer><p>Văn bản do Ủy ban nhân dân huyện công bố. <a href="/feed.atom">Nhận tin văn bản mới (Atom)</a> · <a href="/sitemap.xml">Sơ đồ trang</a></p></footer>"""
            : """<footer><p>Kho lưu trữ nội bộ: mọi thao tác xem, tải, sửa và công bố đều được ghi nhật ký.</p></footer>""");
        html.Append($"\n<script src=\"{SiteAssets.ScriptPath}\" defer></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    /// <summary>The hidden field every staff form carries (checked on post).</summary>
    public static string AntiforgeryField(string? token) =>
        token is null ? "" : $"""<input type="hidden" name="{AntiforgeryFieldName}" value="{Html.E(token)}">""";

    private static string PublicHeader() => $"""
        <header class="site">
        <a class="brand" href="/">{Html.E(SiteName)}</a>
        <nav aria-label="Điều hướng chính"><a href="/">Trang chủ</a> <a href="/tim-kiem">Tìm kiếm</a></nav>
        </header>

        """;

    private static string StaffHeader(ClaimsPrincipal? user, string? antiforgeryToken)
    {
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var role = user?.FindFirstValue(ClaimTypes.Role);
        var links = new StringBuilder();
        if (signedIn)
        {
            links.Append("""<a href="/quan-ly/">Tìm kiếm</a> """);
            if (AccessPolicies.Allows(AccessPolicies.Upload, role)) links.Append("""<a href="/quan-ly/tai-len">Tải lên</a> """);
            if (AccessPolicies.Allows(AccessPolicies.Audit, role)) links.Append("""<a href="/quan-ly/nhat-ky">Nhật ký</a> """);
            if (AccessPolicies.Allows(AccessPolicies.Administer, role)) links.Append("""<a href="/quan-ly/nguoi-dung">Người dùng</a> """);
            links.Append("""<a href="/">Trang công khai</a>""");
        }
        var who = signedIn
            ? $"""<div class="who"><span>{Html.E(user!.Identity!.Name)} ({Html.E(ArchiveRoles.Label(role ?? ""))})</span> <form method="post" action="/quan-ly/dang-xuat">{AntiforgeryField(antiforgeryToken)}<button type="submit" class="link">Đăng xuất</button></form></div>"""
            : "";
        return $"""
            <header class="site staff">
            <a class="brand" href="/quan-ly/">{Html.E(StaffName)}</a>
            <nav aria-label="Điều hướng quản lý">{links}</nav>
            {who}
            </header>

            """;
    }
}
