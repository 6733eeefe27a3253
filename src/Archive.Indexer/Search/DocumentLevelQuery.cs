using Archive.Indexer.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// The part of a search's query that document entries can match: its clauses on the fields a document entry holds
/// (what it says of itself, its whole text, its symbol). A document's whole text holds every word of its passages,
/// so this cheap query matches the same documents as the whole one, over one entry a document instead of one per
/// article: <see cref="DocumentSearch"/> counts, facets and preselects the documents with it, then scores only the
/// preselected documents' articles with the whole query.
/// </summary>
internal static class DocumentLevelQuery
{
    private static readonly string[] Fields = [DocumentFields.About, DocumentFields.Text, DocumentFields.Symbol];

    /// <summary>
    /// The clauses of <paramref name="query"/> on document entries' fields, or null when a required part of it has
    /// none (the documents it matches could then differ: the caller scores every entry instead). Exclusions are left
    /// to the caller, which drops whole documents.
    /// </summary>
    public static Query? Of(Query query) => Restrict(query, out var lost) is { } restricted && !lost ? restricted : null;

    private static Query? Restrict(Query query, out bool lost)
    {
        lost = false;
        switch (query)
        {
            case BooleanQuery boolean:
                var kept = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT) continue;
                    var part = Restrict(clause.Query, out var partLost);
                    if (partLost || (part is null && clause.Occur == Occur.MUST))
                    {
                        lost = true;
                        return null;
                    }
                    if (part is not null) kept.Add(part, clause.Occur);
                }
                return kept.Clauses.Count == 0 ? null : kept;
            case TermQuery term:
                return OnDocumentField(term.Term.Field) ? term : null;
            case PhraseQuery phrase:
                var terms = phrase.GetTerms();
                return terms.Length > 0 && OnDocumentField(terms[0].Field) ? phrase : null;
            default:
                lost = true; // a kind of query this does not know: never guess which entries it matches
                return null;
        }
    }

    private static bool OnDocumentField(string field)
    {
        foreach (var name in Fields)
            if (field.StartsWith(name, StringComparison.Ordinal) && (field.Length == name.Length || field[name.Length] == '.')) return true;
        return false;
    }
}
