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
    /// <summary>What a document says of itself: its title, kind and issuer, searched as one text.</summary>
    public const string About = "about";
    public const string Text = "text";
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
    public const string PassageAnchor = "panchor";
    public const string PassageLength = "plength";

    /// <summary>
    /// The text fields searched, of document entries (title with kind and issuer, whole text) and of passage
    /// entries (heading, text), with their base weights. A document scores its own entry plus its best passage;
    /// the passage weighs twice the whole text. Each field searched costs a term lookup per word and segment,
    /// hence title, kind and issuer as one field (weighed 1.5–3 apart, they changed no dev figure).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, float> SearchedFields = new Dictionary<string, float>
    {
        [About] = 2f, [Text] = 1f, [PassageHeading] = 2f, [PassageText] = 2f,
    };

    /// <summary>
    /// Text fields indexed and searched only folded (words and pairs, no exact spelling): the whole text of a
    /// document, whose passages carry the exact spelling already. Its words and pairs keep 0.02 of MRR@10 that
    /// the best passage alone misses (words alone kept only half of it).
    /// </summary>
    public static readonly IReadOnlySet<string> FoldedOnly = new HashSet<string> { Text };
}
