using Archive.Api.Access;
using Archive.Api.Apis;
using Archive.Api.Audit;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Api.Publishing;
using Archive.Api.Records;
using Archive.Api.Web.Public;
using Archive.Api.Web.Shared;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Antiforgery;

namespace Archive.Api.Web.Staff;

/// <summary>The staff pages under /quan-ly/: search, a document's page with its original, publishing, corrections and history.</summary>
public static class StaffSite
{
    public static IEndpointRouteBuilder MapStaffSite(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/quan-ly").RequireAuthorization(AccessPolicies.Read).ExcludeFromDescription();
        staff.MapGet("/", Search);
        staff.MapGet("/van-ban/{id}", Document);
        staff.MapPost("/van-ban/{id}/cong-bo", (string id, HttpContext c, IAntiforgery a, DocumentPublishing p) =>
            ChangeVisibility(id, c, a, (reason, actor) => p.PublishAsync(id, reason, actor, CancellationToken.None)))
            .RequireAuthorization(AccessPolicies.Publish).AddEndpointFilter<ClosedDossierGuard>();
        staff.MapPost("/van-ban/{id}/thu-hoi", (string id, HttpContext c, IAntiforgery a, DocumentPublishing p) =>
            ChangeVisibility(id, c, a, (reason, actor) => p.UnpublishAsync(id, reason, actor, CancellationToken.None)))
            .RequireAuthorization(AccessPolicies.Publish).AddEndpointFilter<ClosedDossierGuard>();
        staff.MapPost("/van-ban/{id}/sua", Correct).RequireAuthorization(AccessPolicies.EditMetadata).AddEndpointFilter<ClosedDossierGuard>();
        staff.MapPost("/van-ban/{id}/phien-ban", UploadVersion).AcceptsUpload().RequireAuthorization(AccessPolicies.Upload);
        return app;
    }

    private static async Task<IResult> Search(HttpContext context, DocumentIndexing indexing, DocumentCatalog catalog,
        string? q, string? kind, string? issuer, string? from, string? to, string? chair, string? place, string? validity, string? sort, string? page)
    {
        // An empty filter field arrives as "": it means no filter.
        (q, kind, issuer, from, to, chair, place, validity, sort) = (Blank(q), Blank(kind), Blank(issuer), Blank(from), Blank(to), Blank(chair), Blank(place), Blank(validity), Blank(sort));
        var query = new StaffSearchQuery(q, kind, issuer, from, to, chair, place, validity, sort);
        var pageNumber = PageNumber.Parse(page);
        var viewer = StaffViewer.From(context);
        var size = PagerLinks.PageSize;
        bool Valid(DocumentRecord r) => string.IsNullOrWhiteSpace(validity) || r.Status == validity;

        if (!query.HasWords && !query.HasIndexFilters)
        {
            // No words: the newest uploads (of one validity, when asked), a page at a time.
            var (total, records) = catalog.Page(pageNumber, size, Valid);
            return await PageRenderer.PageAsync<StaffSearchPage>(context, new
            {
                Viewer = viewer, Query = query, Page = pageNumber, Total = total, ArchiveCount = catalog.Count,
                Items = (IReadOnlyList<StaffSearchItem>)records.Select(r => new StaffSearchItem(r, null)).ToList(),
                ListTitle = string.IsNullOrWhiteSpace(validity) ? "Mới tải lên" : $"Văn bản {validity}",
            });
        }

        var (request, problem) = SearchApi.ParseRequest(q, kind, issuer, from, to, sort, pageNumber, size, chair: chair, place: place);
        // A page past the window is told in pages, not in the API's parameters.
        if (PagingRules.PageProblem(pageNumber, size, PagingRules.SearchNarrowing) is { } deep) (request, problem) = (null, deep);
        if (request is null)
            return await PageRenderer.PageAsync<StaffSearchPage>(context, new { Viewer = viewer, Query = query, Problem = problem, ArchiveCount = catalog.Count },
                StatusCodes.Status400BadRequest);
        // Validity is kept in the records, not the index: the index is given the ids of that validity, so that the count,
        // the pages and the facets are those of every such match, not of the best matches narrowed afterwards.
        if (!string.IsNullOrWhiteSpace(validity)) request = request with { Ids = catalog.All.Where(Valid).Select(r => r.Id).ToList() };
        var results = indexing.Search(request);
        var items = results.Hits.Select(h => catalog.Find(h.Id) is { } r ? new StaffSearchItem(r, h) : null).OfType<StaffSearchItem>().ToList();
        var count = results.Total;
        var suggestions = count == 0 ? SearchSuggestions.For(q, words => (query with { Q = words }).Url()) : [];
        return await PageRenderer.PageAsync<StaffSearchPage>(context, new
        {
            Viewer = viewer, Query = query, Results = results, Items = (IReadOnlyList<StaffSearchItem>)items,
            Total = count, Page = pageNumber, ArchiveCount = catalog.Count, Suggestions = suggestions,
        });
    }

    private static async Task<IResult> Document(string id, HttpContext context, DocumentCatalog catalog, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return await NotFound(context, id);
        if (!PublishedDocuments.IsPublished(record))
            await audit.AppendAsync(AuditActor.From(context), AuditActions.View, id, "Giao diện quản lý", CancellationToken.None);
        return await DocumentPageAsync(context, record, StatusCodes.Status200OK, new { Saved = context.Request.Query.ContainsKey(SavedFlag) }, cancellationToken);
    }

    /// <summary>The document's page, also as the answer to a form that must be corrected (<paramref name="extra"/> says what).</summary>
    private static async Task<IResult> DocumentPageAsync(HttpContext context, DocumentRecord record, int status, object extra, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var viewer = StaffViewer.From(context);
        var relations = services.GetRequiredService<DocumentRelationsReader>().Of(record.Id)!;
        var full = viewer.Can(AccessPolicies.Audit);
        var history = new List<AuditEntry>();
        await foreach (var entry in services.GetRequiredService<AuditTrail>().ReadAsync(new AuditQuery(DocumentId: record.Id), cancellationToken))
            if (full || ChangeActions.Contains(entry.Action)) history.Add(entry);
        history.Reverse();
        var slug = services.GetRequiredService<PublishedDocuments>().SlugOf(record.Id);
        var parameters = new Dictionary<string, object?>
        {
            ["Viewer"] = viewer,
            ["Record"] = record,
            ["Reading"] = await services.GetRequiredService<DocumentReadings>().ReadAsync(record, cancellationToken),
            ["PublicUrl"] = slug is null ? null : PublicLinks.Live.Document(slug),
            ["Relations"] = RelationsView.ForStaff(relations),
            ["History"] = (IReadOnlyList<AuditEntry>)history,
            ["FullHistory"] = full,
            ["Part"] = PageNumber.Parse(context.Request.Query[DocumentParts.PartParameter]),
            ["Anchor"] = (string?)context.Request.Query[DocumentParts.AnchorParameter],
        };
        foreach (var property in extra.GetType().GetProperties()) parameters[property.Name] = property.GetValue(extra);
        return await PageRenderer.PageAsync<StaffDocumentPage>(context, parameters, status);
    }

    /// <summary>What every staff role may see of a document's history: who archived, corrected and published it, when and why.</summary>
    private static readonly HashSet<string> ChangeActions =
        [AuditActions.Upload, AuditActions.VersionUpload, AuditActions.MetadataChange, AuditActions.Publish, AuditActions.Unpublish];

    /// <summary>The page's form for a new version: the same service and the same refusals as the API's.</summary>
    private static async Task<IResult> UploadVersion(string id, HttpContext context, IAntiforgery antiforgery, DocumentCatalog catalog,
        DocumentVersions versions, Microsoft.Extensions.Options.IOptions<Hosting.UploadOptions> options)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        if (catalog.Find(id) is not { } record) return await NotFound(context, id);
        var file = (await context.Request.ReadFormAsync()).Files.GetFile("file");
        (string Text, bool Ok)? refused = file is null || file.Length == 0 ? ("Hãy chọn tệp của phiên bản mới (tệp rỗng không được lưu).", false)
            : file.Length > options.Value.MaxFileBytes ? ($"Tệp vượt quá giới hạn {options.Value.MaxFileBytes / (1024 * 1024)} MB.", false)
            : null;
        if (refused is not null)
            return await DocumentPageAsync(context, record, StatusCodes.Status400BadRequest, new { VersionMessage = refused }, context.RequestAborted);
        await using var content = file!.OpenReadStream();
        var result = await versions.AddAsync(id, content, file.FileName, AuditActor.From(context), context.RequestAborted);
        if (result.Outcome == VersionOutcome.Done) return Results.Redirect($"/quan-ly/van-ban/{id}#phien-ban");
        var problem = VersionProblems.Answer(result, id, file.FileName);
        if (catalog.Find(id) is not { } now) return await NotFound(context, id);
        return await DocumentPageAsync(context, now, problem.StatusCode, new { VersionMessage = ((string, bool)?)(problem.ProblemDetails.Detail ?? "", false) },
            context.RequestAborted);
    }

    private static async Task<IResult> ChangeVisibility(string id, HttpContext context, IAntiforgery antiforgery, Func<string, AuditActor, Task<DocumentRecord?>> change)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        var catalog = context.RequestServices.GetRequiredService<DocumentCatalog>();
        if (catalog.Find(id) is not { } record) return await NotFound(context, id);
        var reason = MetadataRules.Clean((await context.Request.ReadFormAsync())["reason"].ToString());
        var problem = reason is null ? "Hãy ghi lý do: việc công bố và thu hồi đều được ghi vào nhật ký."
            : reason.Length > MetadataRules.MaxReason ? $"Lý do quá dài (tối đa {MetadataRules.MaxReason} ký tự)." : null;
        if (problem is not null)
            return await DocumentPageAsync(context, record, StatusCodes.Status400BadRequest, new { PublishProblem = problem }, context.RequestAborted);
        return await change(reason!, AuditActor.From(context)) is null
            ? await NotFound(context, id)
            : Results.Redirect($"/quan-ly/van-ban/{id}");
    }

    private const string SavedFlag = "da-luu";

    /// <summary>The staff form's hidden fields with the values it was filled with ("seen-title", …).</summary>
    public const string SeenPrefix = "seen-";

    /// <summary>
    /// The form posts every field and the values it was filled with; only the fields the person changed are passed on,
    /// so an untouched field keeps its value and source (extracted stays extracted), an old value the rules would refuse
    /// today stays as it is, and a field someone else corrected meanwhile is not put back. A changed field that someone
    /// else changed too is a conflict: nothing is saved and the page shows the new value (409). A form without the
    /// values it was filled with (a page from before they were added) is compared with the record as it is now.
    /// </summary>
    private static async Task<IResult> Correct(string id, HttpContext context, IAntiforgery antiforgery, DocumentCatalog catalog, MetadataCorrector corrector)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        if (catalog.Find(id) is not { } record) return await NotFound(context, id);
        var form = await context.Request.ReadFormAsync();
        var withSeen = form.ContainsKey(SeenPrefix + "title");
        string? Seen(string field, string? current) => withSeen ? MetadataRules.Clean(form[SeenPrefix + field]) : current;
        string? Changed(string field, string? current)
        {
            var value = form[field].ToString();
            return (MetadataRules.Clean(value) ?? "") == (Seen(field, current) ?? "") ? null : value;
        }
        var seenDate = withSeen ? MetadataRules.ParseDate(form[SeenPrefix + "issuedOn"]) : record.IssuedOn;
        var date = form["issuedOn"].ToString().Trim();
        var changes = new MetadataInput(
            Changed("title", record.Title), Changed("kind", record.Kind), Changed("number", record.Number),
            date.Length == 0 || MetadataRules.ParseDate(date) is { } same && same == seenDate ? null : date,
            Changed("issuer", record.Issuer), form["reason"]);
        // Shown again with a problem or a conflict: what the person changed, and for the rest the record as it is now.
        var (correction, problems) = MetadataRules.ForCorrection(changes);
        if (correction is null)
            return await DocumentPageAsync(context, record, StatusCodes.Status400BadRequest,
                new { Entered = changes, CorrectionProblems = problems }, context.RequestAborted);
        var seen = new SeenMetadata(Seen("title", record.Title), Seen("kind", record.Kind), Seen("number", record.Number), seenDate, Seen("issuer", record.Issuer));
        try
        {
            await corrector.CorrectAsync(record, correction with { SeenBefore = seen }, AuditActor.From(context));
        }
        catch (MetadataConflictException conflict)
        {
            return await DocumentPageAsync(context, catalog.Find(id) ?? record, StatusCodes.Status409Conflict,
                new { Entered = changes, CorrectionProblems = conflict.Problems }, context.RequestAborted);
        }
        return Results.Redirect($"/quan-ly/van-ban/{id}?{SavedFlag}=1");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Task<IResult> NotFound(HttpContext context, string id) =>
        StaffPages.MessageAsync(context, "Không tìm thấy văn bản", $"Không có văn bản nào mang mã “{id}”. Văn bản có thể đã được tìm bằng số, ký hiệu trên trang tìm kiếm.",
            StatusCodes.Status404NotFound);
}
