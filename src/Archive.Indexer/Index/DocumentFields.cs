using Archive.Indexer.Analysis;

namespace Archive.Indexer.Index;

/// <summary>
/// Names of the Lucene fields; one place so the writer and the searcher agree. Searchable text fields
/// are indexed under several names (exact, folded, pairs: see <see cref="VietnameseAnalyzers"/>).
/// Each archived document is one "document" entry plus one "passage" entry per article or section,
/// all carrying the document's <see cref="Id"/> so they are replaced and deleted together.
/// </summary>
public static class DocumentFields
{
    public const string Id = "id";
    public const string Entry = "entry";
    public const string DocumentEntry = "document";
    public const string PassageEntry = "passage";

    // Document entries: searchable.
    public const string Title = "title";
    public const string Text = "text";
    public const string Kind = "kind";
    public const string Issuer = "issuer";
    public const string Symbol = VietnameseAnalyzers.SymbolField;

    // Document entries: stored, filtered, faceted, sorted.
    public const string StoredTitle = "stored.title";
    public const string StoredKind = "stored.kind";
    public const string StoredIssuer = "stored.issuer";
    public const string Number = "stored.number";
    public const string FileName = "stored.fileName";
    public const string Head = "stored.head";
    public const string IssuedOn = "stored.issuedOn";
    public const string KindKey = "kind.key";
    public const string IssuerKey = "issuer.key";
    public const string KindFacet = "kind.facet";
    public const string IssuerFacet = "issuer.facet";
    public const string Year = "year";
    public const string IssuedOnDay = "issuedOn.day";
    public const string CreatedAt = "createdAt";
    public const string Visibility = "visibility";

    // Document entries of minutes: the meeting's chair and place, folded, for filters.
    public const string MeetingChair = "meeting.chair" + VietnameseAnalyzers.FoldedSuffix;
    public const string MeetingPlace = "meeting.place" + VietnameseAnalyzers.FoldedSuffix;

    // Passage entries.
    public const string PassageText = "ptext";
    public const string PassageHeading = "pheading";
    public const string PassageLabel = "plabel";
    public const string PassagePage = "ppage";
    public const string PassageLength = "plength";

    /// <summary>
    /// The text fields searched, of document entries (title, whole text, kind, issuer) and of passage entries
    /// (heading, text), with their base weights. The title weighs 2, not more: it is repeated in the text's
    /// header already, and at ×3 a question sharing one word with a title ("bảo hiểm" in "mũ bảo hiểm") pulled
    /// that law above the answer.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, float> SearchedFields = new Dictionary<string, float>
    {
        [Title] = 2f, [Text] = 1f, [Kind] = 1.5f, [Issuer] = 1.5f, [PassageHeading] = 2f, [PassageText] = 2f,
    };
}
