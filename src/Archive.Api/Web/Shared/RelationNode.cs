using Archive.Api.Citations;

namespace Archive.Api.Web.Shared;

/// <summary>
/// One document as the relation lists and the diagram show it: its name, linked when the reader may open it, its
/// title, date, the parts cited and its validity with the document that states it.
/// </summary>
/// <param name="Note">A word on why it is not a link ("chưa có trong kho"), for staff; null on the public site.</param>
public sealed record RelationNode(
    string Name,
    string? Url,
    string? Title = null,
    string? Date = null,
    string? Parts = null,
    string? Validity = null,
    string? ValiditySource = null,
    string? ValiditySourceUrl = null,
    string? Note = null)
{
    /// <summary>An archived document with everything known of it.</summary>
    /// <param name="url">The address of an archived id, null where the reader may not open it.</param>
    /// <param name="reference">How the document stating the validity is named (default <see cref="Display.Reference"/>).</param>
    public static RelationNode Archived(DocumentLink document, string? parts, string? status, DocumentLink? statusSource,
        Func<string, string?> url, Func<DocumentLink, string>? reference = null) =>
        new(DocumentNames.Of(document), url(document.Id),
            Title: DocumentNames.Of(document) == document.Title ? null : document.Title,
            Date: Display.Date(document.IssuedOn),
            Parts: parts,
            Validity: status,
            ValiditySource: statusSource is null ? null : (reference ?? Display.Reference)(statusSource),
            ValiditySourceUrl: statusSource is null ? null : url(statusSource.Id));

    /// <summary>A cited document as the citing text writes it: no link, no validity (the archive has nothing more to show).</summary>
    public static RelationNode AsCited(CitedAs cited, string? parts, string? note = null) =>
        new(DocumentNames.Of(cited.Kind, cited.Symbol, cited.Title), null,
            Title: cited.Issuer is null ? null : "của " + cited.Issuer, Date: Display.Date(cited.Date), Parts: parts, Note: note);

    public static RelationNode Of(RelatedDocument related, Func<string, string?> url, string? missingNote = null, Func<DocumentLink, string>? reference = null) =>
        related.Archived is { } archived
            ? Archived(archived, related.Locators, related.Status, related.StatusSource, url, reference) is var node && related.Anchor is { } anchor && node.Url is not null
                // A citation of "khoản 1 Điều 15" lands on that clause of the cited page.
                ? node with { Url = node.Url + "#" + anchor }
                : node
            : AsCited(related.Cited ?? new CitedAs(null, null, related.Name, null, null), related.Locators, missingNote);
}
