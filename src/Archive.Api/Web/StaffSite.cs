using System.Globalization;
using System.Security.Claims;
using System.Text;
using Archive.Api.Access;
using Archive.Api.Apis;
using Archive.Api.Audit;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Publishing;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Antiforgery;

namespace Archive.Api.Web;

/// <summary>The staff UI under /quan-ly/: search, a document's page with publishing and its history, upload, the audit trail.</summary>
public static class StaffSite
{
    public static IEndpointRouteBuilder MapStaffSite(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/quan-ly").RequireAuthorization(AccessPolicies.Read).ExcludeFromDescription();
        staff.MapGet("/", Search);
        staff.MapGet("/van-ban/{id}", Document);
        staff.MapPost("/van-ban/{id}/cong-bo", (string id, HttpContext c, IAntiforgery a, DocumentPublishing p) =>
            ChangeVisibility(id, c, a, (reason, actor) => p.PublishAsync(id, reason, actor, CancellationToken.None)))
            .RequireAuthorization(AccessPolicies.Publish);
        staff.MapPost("/van-ban/{id}/thu-hoi", (string id, HttpContext c, IAntiforgery a, DocumentPublishing p) =>
            ChangeVisibility(id, c, a, (reason, actor) => p.UnpublishAsync(id, reason, actor, CancellationToken.None)))
            .RequireAuthorization(AccessPolicies.Publish);
        staff.MapPost("/van-ban/{id}/sua", Correct).RequireAuthorization(AccessPolicies.EditMetadata);
        staff.MapGet("/tai-len", Upload).RequireAuthorization(AccessPolicies.Upload);
        staff.MapGet("/nhat-ky", AuditLog).RequireAuthorization(AccessPolicies.Audit);
        return app;
    }

    internal static string Render(HttpContext context, IAntiforgery antiforgery, string title, string body) =>
        SiteLayout.Render(PageArea.Staff, title, body, context.User, antiforgeryToken: antiforgery.GetAndStoreTokens(context).RequestToken);

    private static string? Role(HttpContext context) => context.User.FindFirstValue(ClaimTypes.Role);

    private static IResult Search(HttpContext context, IAntiforgery antiforgery, DocumentIndexing indexing, DocumentCatalog catalog,
        string? q, string? kind, string? issuer, string? from, string? to, int page = 1)
    {
        var body = new StringBuilder("<h1>Tìm kiếm văn bản</h1>\n");
        body.Append($"""
            <form class="search" role="search" method="get" action="/quan-ly/">
            <label class="visually-hidden" for="q">Từ khóa</label>
            <input type="search" id="q" name="q" value="{Html.E(q)}" placeholder="Từ khóa, có hoặc không dấu; số hiệu như 59/2023/NĐ-CP" maxlength="1000">
            <button type="submit">Tìm</button>
            </form>

            """);
        var filtered = new[] { kind, issuer, from, to }.Any(v => !string.IsNullOrWhiteSpace(v));
        if (string.IsNullOrWhiteSpace(q) && !filtered)
        {
            var (total, items) = catalog.Page(Math.Max(1, page), Pager.PageSize);
            body.Append($"<h2>Mới tải lên ({total} văn bản trong kho)</h2>\n<ul class=\"docs\">\n");
            foreach (var record in items)
                body.Append($"<li><h3><a href=\"/quan-ly/van-ban/{record.Id}\">{Html.E(record.Title)}</a></h3><div class=\"meta\">{Badge(record)} {Html.E(Meta(record))}</div></li>\n");
            body.Append("</ul>\n").Append(Pager.Render(Math.Max(1, page), total, p => $"/quan-ly/?page={p}"));
            return PublicSite.Page(Render(context, antiforgery, "Tìm kiếm", body.ToString()));
        }

        page = Math.Max(1, page);
        var (request, problem) = SearchApi.ParseRequest(q, kind, issuer, from, to, null, page, Pager.PageSize);
        if (request is null)
        {
            body.Append($"<p class=\"notice error\" role=\"alert\">{Html.E(problem)}</p>");
            return PublicSite.Page(Render(context, antiforgery, "Tìm kiếm", body.ToString()), StatusCodes.Status400BadRequest);
        }
        var results = indexing.Search(request);
        var hasFacets = results.Facets.Kind.Count + results.Facets.Year.Count + results.Facets.Issuer.Count > 0 || filtered;
        // Without facets the results take the whole width rather than leave an empty column.
        body.Append(hasFacets ? "<div class=\"layout\">\n<aside class=\"facets\" aria-label=\"Lọc kết quả\">\n" : "<div>\n<aside hidden>\n");
        Facet(body, "Loại văn bản", results.Facets.Kind, v => Link(q, v, issuer, from, to));
        Facet(body, "Năm ban hành", results.Facets.Year, v => Link(q, kind, issuer, $"{v}-01-01", $"{v}-12-31"));
        Facet(body, "Cơ quan ban hành", results.Facets.Issuer, v => Link(q, kind, v, from, to));
        if (filtered) body.Append($"<p><a href=\"{Link(q, null, null, null, null)}\">Bỏ mọi bộ lọc</a></p>");
        body.Append("</aside>\n<section aria-label=\"Kết quả\">\n");
        body.Append($"<p role=\"status\">{results.Total} văn bản phù hợp.</p>\n<ol class=\"hits\">\n");
        foreach (var hit in results.Hits)
        {
            var record = catalog.Find(hit.Id);
            body.Append($"<li><h3><a href=\"/quan-ly/van-ban/{hit.Id}\">{Html.E(hit.Title)}</a></h3>");
            body.Append($"<div class=\"meta\">{(record is null ? "" : Badge(record))} {Html.E(string.Join(" · ", new[] { hit.Kind, hit.Number, hit.Issuer, Html.Date(hit.IssuedOn) }.Where(s => !string.IsNullOrEmpty(s))))}</div>");
            if (hit.Passage is { } passage)
                body.Append($"<p class=\"snippet\"><strong>{Html.E(passage.Label)} {Html.E(passage.Heading)}</strong>{(passage.Page is { } p ? $" (trang {p})" : "")}: {passage.Snippet}</p>");
            else
                body.Append($"<p class=\"snippet\">{hit.Snippet}</p>");
            body.Append("</li>\n");
        }
        body.Append("</ol>\n");
        body.Append(Pager.Render(page, results.Total, p => Link(q, kind, issuer, from, to) + $"&page={p}"));
        body.Append("</section>\n</div>\n");
        return PublicSite.Page(Render(context, antiforgery, $"Tìm kiếm: {q}", body.ToString()));
    }

    private static void Facet(StringBuilder body, string title, IReadOnlyList<FacetCount> counts, Func<string, string> link)
    {
        if (counts.Count == 0) return;
        body.Append($"<h2>{Html.E(title)}</h2><ul>");
        foreach (var count in counts.Take(10)) body.Append($"<li><a href=\"{Html.E(link(count.Value))}\">{Html.E(count.Value)}</a> ({count.Count})</li>");
        body.Append("</ul>\n");
    }

    private static string Link(string? q, string? kind, string? issuer, string? from, string? to)
    {
        var parts = new[] { ("q", q), ("kind", kind), ("issuer", issuer), ("from", from), ("to", to) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Html.Q(p.Item2)}");
        return "/quan-ly/?" + string.Join("&", parts);
    }

    private static async Task<IResult> Document(string id, HttpContext context, IAntiforgery antiforgery, DocumentCatalog catalog,
        PublicPages pages, PublishedDocuments published, AuditTrail audit, CitationGraph citations, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record)
            return PublicSite.Page(Render(context, antiforgery, "Không tìm thấy", $"<h1>Không tìm thấy văn bản</h1><p>Không có văn bản nào mang mã “{Html.E(id)}”.</p>"), StatusCodes.Status404NotFound);
        if (!PublishedDocuments.IsPublished(record))
            await audit.AppendAsync(AuditActor.From(context), AuditActions.View, id, "Giao diện quản lý", CancellationToken.None);
        var role = Role(context);
        var body = new StringBuilder();
        body.Append($"<h1>{Html.E(record.Title)}</h1>\n<p>{Badge(record)}</p>\n");
        if (context.Request.Query.ContainsKey(SavedFlag))
            body.Append("<p class=\"notice\" role=\"status\">Đã lưu thông tin đã sửa và ghi vào nhật ký.</p>\n");
        body.Append("<dl class=\"record\">\n");
        foreach (var (label, value) in new[]
        {
            ("Số, ký hiệu", record.Number), ("Loại văn bản", record.Kind), ("Cơ quan ban hành", record.Issuer),
            ("Ngày ban hành", Html.Date(record.IssuedOn)), ("Tệp gốc", $"{record.FileName} ({record.Size:N0} byte, {record.ContentType})"),
            ("SHA-256", record.Sha256), ("Tải lên lúc", Html.Time(record.CreatedAt)), ("Trích xuất chữ", TextState(record)),
            ("Hiệu lực", record.Status + (record.StatusSource is { } source ? $" (theo {source.Number ?? source.Title})" : "")),
            ("Người ký", record.Signer is { } signer ? string.Join(" ", new[] { signer.Capacity, signer.Position, signer.Name }.Where(p => !string.IsNullOrEmpty(p))) : null),
            ("Cuộc họp", Meeting(record.Meeting)),
            ("Cảnh báo", record.TextWarnings.Count == 0 ? null : string.Join(" ", record.TextWarnings)),
            ("Mã văn bản", record.Id),
        })
        {
            if (!string.IsNullOrWhiteSpace(value)) body.Append($"<dt>{Html.E(label)}</dt><dd>{Html.E(value)}</dd>\n");
        }
        body.Append("</dl>\n<div class=\"actions\">\n");
        body.Append($"<a class=\"button\" href=\"/api/documents/{id}/content\">Tải tệp gốc</a>\n");
        if (published.SlugOf(id) is { } slug) body.Append($"<a href=\"/van-ban/{slug}\">Xem trên trang công khai</a>\n");
        if (AccessPolicies.Allows(AccessPolicies.Audit, role)) body.Append($"<a href=\"/api/documents/{id}/export\">Xuất gói BagIt</a>\n");
        body.Append("</div>\n");
        if (AccessPolicies.Allows(AccessPolicies.Publish, role))
        {
            var (action, verb, css) = PublishedDocuments.IsPublished(record)
                ? ("thu-hoi", "Thu hồi khỏi trang công khai", " class=\"danger\"")
                : ("cong-bo", "Công bố lên trang công khai", "");
            body.Append($"""
                <h2>Công bố</h2>
                <form method="post" action="/quan-ly/van-ban/{id}/{action}">
                {SiteLayout.AntiforgeryField(antiforgery.GetAndStoreTokens(context).RequestToken)}
                <label for="reason">Lý do (bắt buộc, được ghi vào nhật ký)</label>
                <input type="text" id="reason" name="reason" required maxlength="1000" size="60">
                <button type="submit"{css}>{verb}</button>
                </form>

                """);
        }
        if (AccessPolicies.Allows(AccessPolicies.EditMetadata, role)) body.Append(CorrectionForm(record, antiforgery.GetAndStoreTokens(context).RequestToken));
        var outgoing = citations.Outgoing(id).Where(c => !c.Citation.Self).DistinctBy(c => c.Citation.Text).ToList();
        if (outgoing.Count > 0)
        {
            body.Append("<h2>Văn bản được dẫn chiếu</h2>\n<ul>\n");
            foreach (var cited in outgoing)
                body.Append(cited.Target is { } target
                    ? $"<li><a href=\"/quan-ly/van-ban/{target.Id}\">{Html.E(cited.Citation.Text)}</a></li>\n"
                    : $"<li>{Html.E(cited.Citation.Text)} <span class=\"meta\">(chưa có trong kho)</span></li>\n");
            body.Append("</ul>\n");
        }
        var incoming = citations.CitedBy(id).DistinctBy(c => c.Source.Id).ToList();
        if (incoming.Count > 0)
        {
            body.Append("<h2>Được dẫn chiếu bởi</h2>\n<ul>\n");
            foreach (var (source, citation) in incoming)
                body.Append($"<li><a href=\"/quan-ly/van-ban/{source.Id}\">{Html.E(source.Title)}</a> <span class=\"meta\">{Html.E(source.Number)}</span></li>\n");
            body.Append("</ul>\n");
        }
        if (AccessPolicies.Allows(AccessPolicies.Audit, role))
        {
            body.Append("<h2>Lịch sử</h2>\n");
            var entries = new List<AuditEntry>();
            await foreach (var entry in audit.ReadAsync(new AuditQuery(DocumentId: id), cancellationToken)) entries.Add(entry);
            body.Append(AuditTable(entries));
        }
        var text = await pages.TextAsync(record, cancellationToken);
        body.Append("<h2>Nội dung chữ</h2>\n");
        body.Append(string.IsNullOrWhiteSpace(text) ? "<p>Không có nội dung chữ.</p>" : $"<div class=\"text\" tabindex=\"0\" aria-label=\"Nội dung văn bản\">{Html.E(text)}</div>");
        return PublicSite.Page(Render(context, antiforgery, record.Title, body.ToString()));
    }

    private static async Task<IResult> ChangeVisibility(string id, HttpContext context, IAntiforgery antiforgery, Func<string, AuditActor, Task<DocumentRecord?>> change)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        var reason = (await context.Request.ReadFormAsync())["reason"].ToString();
        if (string.IsNullOrWhiteSpace(reason))
            return PublicSite.Page(Render(context, antiforgery, "Thiếu lý do", $"<h1>Thiếu lý do</h1><p>Hãy ghi lý do. <a href=\"/quan-ly/van-ban/{Html.E(id)}\">Quay lại</a></p>"), StatusCodes.Status400BadRequest);
        return await change(reason, AuditActor.From(context)) is null
            ? Results.NotFound()
            : Results.Redirect($"/quan-ly/van-ban/{id}");
    }

    private const string SavedFlag = "da-luu";

    private static string CorrectionForm(DocumentRecord record, string? token) => $"""
        <h2>Sửa thông tin</h2>
        <form method="post" action="/quan-ly/van-ban/{record.Id}/sua" class="correction">
        {SiteLayout.AntiforgeryField(token)}
        <div><label for="title">Tiêu đề</label><input id="title" name="title" required maxlength="1000" size="60" value="{Html.E(record.Title)}"></div>
        <div><label for="kind">Loại văn bản</label><input id="kind" name="kind" maxlength="200" value="{Html.E(record.Kind)}"></div>
        <div><label for="number">Số, ký hiệu</label><input id="number" name="number" maxlength="200" value="{Html.E(record.Number)}"></div>
        <div><label for="issuedOn">Ngày ban hành</label><input type="date" id="issuedOn" name="issuedOn" value="{record.IssuedOn:yyyy-MM-dd}"></div>
        <div><label for="issuer">Cơ quan ban hành</label><input id="issuer" name="issuer" maxlength="500" size="60" value="{Html.E(record.Issuer)}"></div>
        <div><label for="correction-reason">Vì sao sửa (được ghi vào nhật ký)</label><input id="correction-reason" name="reason" maxlength="1000" size="60"></div>
        <button type="submit">Lưu thông tin</button>
        </form>

        """;

    /// <summary>
    /// The form posts every field; only those that differ from the record are passed on, so an
    /// untouched field keeps its source (extracted stays extracted).
    /// </summary>
    private static async Task<IResult> Correct(string id, HttpContext context, IAntiforgery antiforgery, DocumentCatalog catalog, MetadataCorrector corrector)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        if (catalog.Find(id) is not { } record)
            return PublicSite.Page(Render(context, antiforgery, "Không tìm thấy", $"<h1>Không tìm thấy văn bản</h1><p>Không có văn bản nào mang mã “{Html.E(id)}”.</p>"), StatusCodes.Status404NotFound);
        var form = await context.Request.ReadFormAsync();
        string? Changed(string field, string? current) =>
            MetadataCorrector.Clean(form[field].ToString()) == current ? null : form[field].ToString();
        var date = form["issuedOn"].ToString().Trim();
        DateOnly? issuedOn = null;
        string? problem = null;
        if (date.Length > 0)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) issuedOn = parsed == record.IssuedOn ? null : parsed;
            else problem = $"Ngày ban hành '{date}' không hợp lệ: dùng dạng 2025-02-20.";
        }
        var correction = new MetadataCorrection(Changed("title", record.Title), Changed("kind", record.Kind), Changed("number", record.Number),
            issuedOn, Changed("issuer", record.Issuer), form["reason"].ToString());
        problem ??= MetadataCorrector.Problem(correction);
        if (problem is not null)
            return PublicSite.Page(Render(context, antiforgery, "Chưa lưu được",
                $"<h1>Chưa lưu được thông tin</h1><p class=\"notice error\" role=\"alert\">{Html.E(problem)}</p><p><a href=\"/quan-ly/van-ban/{Html.E(id)}\">Quay lại văn bản</a></p>"), StatusCodes.Status400BadRequest);
        await corrector.CorrectAsync(record, correction, AuditActor.From(context));
        return Results.Redirect($"/quan-ly/van-ban/{id}?{SavedFlag}=1");
    }

    private static IResult Upload(HttpContext context, IAntiforgery antiforgery)
    {
        const string body = """
            <h1>Tải văn bản lên</h1>
            <p>PDF, DOCX, DOC, RTF, ODT, văn bản thuần hoặc ảnh chụp/bản quét (JPEG, PNG, TIFF: nhận dạng chữ tự động). Có thể chọn hoặc kéo thả nhiều tệp cùng lúc; mỗi tệp được lưu nguyên vẹn và ghi nhật ký.</p>
            <div id="drop" class="drop">
            <p>Kéo thả tệp vào đây, hoặc</p>
            <label for="files">Chọn tệp từ máy</label>
            <input type="file" id="files" name="files" multiple accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain">
            </div>
            <h2>Tiến độ</h2>
            <ul id="uploads" class="uploads" aria-live="polite"></ul>
            """;
        return PublicSite.Page(Render(context, antiforgery, "Tải lên", body));
    }

    private static async Task<IResult> AuditLog(HttpContext context, IAntiforgery antiforgery, AuditTrail audit,
        string? documentId, string? user, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var verification = await audit.VerifyAsync(cancellationToken);
        var query = new AuditQuery(Blank(documentId), Blank(user),
            from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));
        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAsync(query, cancellationToken)) entries.Add(entry);
        var body = new StringBuilder("<h1>Nhật ký thao tác</h1>\n");
        body.Append(verification.Ok
            ? $"<p class=\"notice\" role=\"status\">Chuỗi nhật ký toàn vẹn: {verification.Entries} mục, không mục nào bị sửa hay xóa.</p>\n"
            : $"<p class=\"notice error\" role=\"alert\">Chuỗi nhật ký bị phá vỡ tại mục {verification.FirstBrokenSequence}: {Html.E(verification.Problem)}</p>\n");
        body.Append($"""
            <form method="get" action="/quan-ly/nhat-ky" class="actions">
            <div><label for="user">Người dùng</label><input id="user" name="user" value="{Html.E(user)}"></div>
            <div><label for="documentId">Mã văn bản</label><input id="documentId" name="documentId" value="{Html.E(documentId)}"></div>
            <div><label for="from">Từ ngày</label><input type="date" id="from" name="from" value="{from:yyyy-MM-dd}"></div>
            <div><label for="to">Đến ngày</label><input type="date" id="to" name="to" value="{to:yyyy-MM-dd}"></div>
            <button type="submit">Lọc</button>
            </form>

            """);
        body.Append($"<p>{entries.Count} mục{(entries.Count > 500 ? ", hiện 500 mục mới nhất" : "")}.</p>\n");
        entries.Reverse();
        body.Append(AuditTable(entries.Take(500).ToList()));
        return PublicSite.Page(Render(context, antiforgery, "Nhật ký", body.ToString()));
    }

    private static string AuditTable(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0) return "<p>Chưa có mục nào.</p>\n";
        var table = new StringBuilder("<table>\n<thead><tr><th scope=\"col\">Số</th><th scope=\"col\">Lúc</th><th scope=\"col\">Người</th><th scope=\"col\">Thao tác</th><th scope=\"col\">Văn bản</th><th scope=\"col\">Từ</th><th scope=\"col\">Chi tiết</th></tr></thead>\n<tbody>\n");
        foreach (var e in entries)
        {
            var doc = e.DocumentId is null ? "" : $"<a href=\"/quan-ly/van-ban/{Html.E(e.DocumentId)}\">{Html.E(e.DocumentId[..Math.Min(8, e.DocumentId.Length)])}</a>";
            table.Append($"<tr><td>{e.Sequence}</td><td>{Html.Time(e.At)}</td><td>{Html.E(e.User)}</td><td>{Html.E(AuditActions.Label(e.Action))}</td><td>{doc}</td><td>{Html.E(e.RemoteIp)}</td><td>{Html.E(e.Details)}</td></tr>\n");
        }
        return table.Append("</tbody>\n</table>\n").ToString();
    }

    private static string Badge(DocumentRecord record) => PublishedDocuments.IsPublished(record)
        ? "<span class=\"badge published\">Đã công bố</span>"
        : "<span class=\"badge internal\">Nội bộ</span>";

    private static string Meta(DocumentRecord record) => string.Join(" · ", new[]
    {
        record.Kind, record.Number, record.Issuer, Html.Date(record.IssuedOn), record.FileName,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Where text extraction stands, in words a clerk reads: OCR progress, source, conversions.</summary>
    private static string TextState(DocumentRecord record)
    {
        var state = record.TextStatus switch
        {
            TextStatuses.Pending when record.Ocr is { } ocr => $"đang nhận dạng chữ (OCR): {ocr.PagesDone}/{ocr.PagesTotal} trang",
            TextStatuses.Pending => "đang xử lý",
            TextStatuses.Ok => "đã trích xuất",
            TextStatuses.Empty => "không có chữ",
            _ => "lỗi",
        };
        if (record.TextError is { } error) state += ": " + error;
        if (record.TextStatus != TextStatuses.Pending && record.Ocr is { } done)
            state += $"; nhận dạng chữ (OCR) {done.PagesTotal} trang, độ tin cậy trung bình {done.MeanConfidence:F0}"
                + (done.LowConfidencePages is { Count: > 0 } low ? $", cần kiểm tra trang {string.Join(", ", low)}" : "");
        if (record.TextConversions.Count > 0) state += $"; đã chuyển từ bảng mã cũ ({string.Join(", ", record.TextConversions).ToUpperInvariant()})";
        return state;
    }

    private static string? Meeting(Archive.Indexer.Metadata.MeetingRecord? meeting)
    {
        if (meeting is null) return null;
        var parts = new List<string?>
        {
            meeting.Title,
            meeting.StartsAt is { } start ? $"lúc {start:HH:mm dd/MM/yyyy}" + (meeting.EndsAt is { } end ? $" đến {end:HH:mm}" : "") : null,
            meeting.Place is { } place ? $"tại {place}" : null,
            meeting.Chair is { } chair ? $"chủ trì: {chair.Name}" : null,
            meeting.Secretary is { } secretary ? $"thư ký: {secretary.Name}" : null,
            meeting.Attendance is { Present: { } present } attendance ? $"có mặt {present}" + (attendance.Total is { } total ? $"/{total}" : "") : null,
        };
        parts.AddRange(meeting.Votes.Select(v => $"biểu quyết{(v.Subject is null ? "" : " " + v.Subject)}: tán thành {v.For?.ToString() ?? "?"}" + (v.Total is { } t ? $"/{t}" : "")));
        return string.Join("; ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
