using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Web.Staff;

/// <summary>The audit trail for auditors: whether the chain holds, and its entries filtered by person, document and date.</summary>
public static class StaffAudit
{
    public const int Shown = 500;

    private static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    public static IEndpointRouteBuilder MapStaffAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/quan-ly/nhat-ky", AuditLog).RequireAuthorization(AccessPolicies.Audit).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuditLog(HttpContext context, AuditTrail audit, DocumentCatalog catalog, UserDirectory users,
        string? user, string? document, string? documentId, string? from, string? to, CancellationToken cancellationToken)
    {
        var verification = await audit.VerifyAsync(cancellationToken);
        // A document is named as people know it, by its number (any spelling); its id still works.
        document = string.IsNullOrWhiteSpace(document) ? documentId : document;
        var (ids, problem) = Documents(catalog, document);
        var (fromDate, toDate) = (MetadataRules.ParseDate(from), MetadataRules.ParseDate(to));
        if (!string.IsNullOrWhiteSpace(from) && fromDate is null || !string.IsNullOrWhiteSpace(to) && toDate is null)
            problem ??= "Ngày phải viết như 20/02/2025.";
        // Days as people mean them: in Vietnam's time zone.
        var query = new AuditQuery(null, string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            fromDate is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), VietnamTime) : null,
            toDate is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), VietnamTime) : null);
        var entries = new List<AuditEntry>();
        if (problem is null)
            await foreach (var entry in audit.ReadAsync(query, cancellationToken))
                if (ids is null || entry.DocumentId is { } id && ids.Contains(id)) entries.Add(entry);
        var count = entries.Count;
        entries.Reverse();
        return await PageRenderer.PageAsync<StaffAuditPage>(context, new
        {
            Viewer = StaffViewer.From(context), Verification = verification,
            Entries = (IReadOnlyList<AuditEntry>)entries.Take(Shown).ToList(), Count = count,
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
