using Archive.Api.Citations;
using Archive.Api.Web.Shared;
using Archive.Indexer.Legal;

namespace Archive.Api.Web.Public;

/// <summary>
/// The relations a published page shows, so that it tells nothing of an internal document but what is needed:
/// <list type="bullet">
/// <item>what the published text cites is named as the text names it, and is a link, with its title and validity,
/// only when that document is published too;</item>
/// <item>what cites the document is shown when published; an unpublished document that amends, replaces or repeals it
/// is named by kind, number and date only, as plain text, because the published document's validity rests on it;
/// other unpublished documents that cite it are left out;</item>
/// <item>a validity's source is named the same way: a link when published, else kind, number and date.</item>
/// </list>
/// </summary>
public static class PublicRelations
{
    /// <param name="url">The public page of a published document's id, null for any other.</param>
    public static RelationsView For(DocumentRelations relations, Func<string, string?> url)
    {
        string Reference(DocumentLink source) =>
            url(source.Id) is not null ? Display.Reference(source)
            : source.Number is null ? "một văn bản chưa công bố trên trang này"
            : DocumentNames.Of(source.Kind, source.Number, null) + (source.IssuedOn is { } d ? " ngày " + Display.Date(d) : "");

        return RelationsView.For(relations, RelationsView.CenterOf(relations, url, Reference), (related, relation) =>
        {
            var published = related.Archived is { } archived && url(archived.Id) is not null;
            if (published) return RelationNode.Of(related, url, reference: Reference);
            if (related.Cited is { } cited) return RelationNode.AsCited(cited, related.Locators);
            return ValidityStatement.Speaks(relation) && related.Archived is { Number: not null } source && DocumentKinds.HasLegalValidity(source.Kind) != false
                ? new RelationNode(Reference(source), null, Parts: related.Locators)
                : null;
        });
    }
}
