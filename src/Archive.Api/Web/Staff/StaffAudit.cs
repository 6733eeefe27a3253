using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Web.Shared;
using Archive.Indexer.Legal;

namespace Archive.Api.Web.Staff;

/// <summary>The audit trail for auditors: whether the chain holds, and its entries filtered by person, document and date.</summary>
public static class StaffAudit
{
    /// <summary>Entries a page shows, newest first.</summary>
    public const int PageSize = 50;

    /// <summary>The address's parameters: the page ("?trang=2") and a request to walk the whole chain ("?kiem-tra=1").</summary>
    public const string PageParameter = "trang", VerifyParameter = "kiem-tra";

    private static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    public static IEndpointRouteBuilder MapStaffAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/quan-ly/nhat-ky", AuditLog).RequireAuthorization(AccessPolicies.Audit).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A page of the trail, newest first, read backwards from the head (a page costs a page of reads, not the whole
    /// trail); the chain is walked only when the auditor asks for it, since that reads every entry.
    /// </summary>
    private static async Task<IResult> AuditLog(HttpContext context, AuditTrail audit, DocumentCatalog catalog, UserDirectory users,
        string? user, string? document, string? documentId, string? from, string? to, CancellationToken cancellationToken)
    {
        var verification = context.Request.Query.ContainsKey(VerifyParameter) ? await audit.VerifyAsync(cancellationToken) : null;
        var page = PageNumber.Parse(context.Request.Query[PageParameter]);
        // A document is named as people know it, by its number (any spelling); its id still works.
        document = string.IsNullOrWhiteSpace(document) ? documentId : document;
        var (ids, problem) = Documents(catalog, document);
        var (fromDate, toDate) = (MetadataRules.ParseDate(from), MetadataRules.ParseDate(to));
        if (!string.IsNullOrWhiteSpace(from) && fromDate is null || !string.IsNullOrWhiteSpace(to) && toDate is null)
            problem ??= "Ngày phải viết như 20/02/2025.";
        problem ??= Apis.PagingRules.PageProblem(page, PageSize, "hãy lọc theo người dùng, văn bản hoặc ngày.");
        // Days as people mean them: in Vietnam's time zone.
        var query = new AuditQuery(null, string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            fromDate is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), VietnamTime) : null,
            toDate is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), VietnamTime) : null);
        var entries = new List<AuditEntry>();
        var more = false;
        if (problem is null)
        {
            var skip = (page - 1) * PageSize;
            await foreach (var entry in audit.ReadNewestFirstAsync(query, cancellationToken))
            {
                if (ids is not null && (entry.DocumentId is not { } id || !ids.Contains(id))) continue;
                if (skip-- > 0) continue;
                if (entries.Count == PageSize)
                {
                    more = true;
                    break;
                }
                entries.Add(entry);
            }
        }
        var filters = new Dictionary<string, string?> { ["user"] = user, ["document"] = document, ["from"] = from, ["to"] = to }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToList();
        return await PageRenderer.PageAsync<StaffAuditPage>(context, new
        {
            Viewer = StaffViewer.From(context), Verification = verification, Total = audit.Count,
            Entries = (IReadOnlyList<AuditEntry>)entries, Page = page, More = more,
            PageLink = (Func<int, string>)(n => "/quan-ly/nhat-ky" + QueryString.Create(filters.Append(new(PageParameter, n.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            VerifyLink = "/quan-ly/nhat-ky" + QueryString.Create(filters.Append(new(VerifyParameter, "1"))),
            User = user, DocumentFilter = document, From = from, To = to, Problem = problem,
            UserNames = (IReadOnlyList<string>)users.Users.Select(u => u.Name).Distinct().Order().ToList(),
            DocumentName = (Func<string, string>)(id => catalog.Find(id) is { } r ? r.Number ?? r.Title : "văn bản không còn trong danh mục"),
        });
    }

    private static (HashSet<string>? Ids, string? Problem) Documents(DocumentCatalog catalog, string? document)
    {
        if (string.IsNullOrWhiteSpace(document)) return (null, null);
        var text = document.Trim();
        if (StoreLayout.IsWellFormedId(text)) return ([text], null);
        if (!DocumentSymbol.TryParse(text, out var wanted))
            return (null, $"“{text}” không giống số, ký hiệu văn bản; hãy viết như 32/KH-UBND.");
        var ids = catalog.All.Where(r => DocumentSymbol.TryParse(r.Number, out var s) && s.Key == wanted.Key).Select(r => r.Id).ToHashSet();
        return ids.Count == 0 ? (null, $"Không có văn bản nào mang số {text} trong kho.") : (ids, null);
    }
}
