using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// The validity a record shows, from its kind and what other archived documents state of it: a normative kind is
/// "còn hiệu lực" until one replaces, repeals or amends it; minutes, plans, reports and other non-normative kinds show
/// none at all (null), whatever is said of them; an unknown kind shows only what is stated.
/// </summary>
public static class LegalValidity
{
    public static (string? Status, DocumentLink? Source) Of(DocumentRecord record, ValidityStatement? stated) =>
        DocumentKinds.HasLegalValidity(record.Kind) switch
        {
            false => (null, null),
            true when stated is null => (ValidityStates.InForce, null),
            null when stated is null => (null, null),
            _ => (stated!.Status, DocumentLink.Of(stated.Source)),
        };
}
