using System.Globalization;
using Archive.Indexer.Analysis;
using Archive.Indexer.Structure;
using Lucene.Net.Documents;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Indexer.Index;

/// <summary>How an <see cref="IndexedDocument"/> is laid out in Lucene entries and fields (see <see cref="DocumentFields"/>).</summary>
public static class DocumentSchema
{
    /// <summary>Bumped whenever the field layout changes; part of the index's schema stamp.</summary>
    public const int LayoutVersion = 9;

    /// <summary>How much of the text a document entry keeps for a snippet when no passage matched (filters alone, a symbol).</summary>
    public const int HeadChars = 400;

    /// <summary>How entries are scored (see <see cref="DocumentIndex"/>).</summary>
    public static Similarity Similarity => new BM25Similarity();

    /// <summary>The folder name of an index of this layout and analysis: a change to either means a rebuild.</summary>
    public static string Stamp => $"layout{LayoutVersion}-analysis{AnalysisVersion.Current}";

    /// <summary>The passage entries followed by the document entry, to be written as one block (see <see cref="EntryBlocks"/>).</summary>
    public static IEnumerable<Document> ToLucene(IndexedDocument d)
    {
        // NFC at the boundary: the passage splitter (its structure offsets) and the stored text (snippets) expect it, whatever the caller passed.
        d = d with { Title = Nfc(d.Title), Text = Nfc(d.Text) };
        // A structure's offsets point into the NFC form of the text it was parsed from (StructureParser.Parse), as d.Text now is.
        var passages = d.Structure is { } structure ? PassageSplitter.Split(d.Text, structure, d.Paged) : PassageSplitter.Split(d.Text, d.Paged);
        foreach (var passage in passages) yield return PassageEntry(d.Id, passage);
        yield return DocumentEntry(d);
    }

    private static Document DocumentEntry(IndexedDocument d)
    {
        var doc = new Document
        {
            new StringField(DocumentFields.Id, d.Id, Field.Store.YES),
            new StringField(DocumentFields.Entry, DocumentFields.DocumentEntry, Field.Store.NO),
            new StoredField(DocumentFields.StoredTitle, d.Title),
            new StoredField(DocumentFields.FileName, d.FileName),
            new StringField(DocumentFields.Visibility, d.Visibility, Field.Store.YES),
            new NumericDocValuesField(DocumentFields.CreatedAt, d.CreatedAt.UtcTicks),
        };
        AddSearchable(doc, DocumentFields.About, string.Join('\n', new[] { d.Title, Present(d.Kind), Present(d.Issuer) }.OfType<string>()));
        AddSearchable(doc, DocumentFields.Text, d.Text);
        // Snippets come from the passages; the head is for a hit that matched none.
        doc.Add(new StoredField(DocumentFields.Head, d.Text.Length <= HeadChars ? d.Text : d.Text[..HeadChars]));

        if (Present(d.Kind) is { } kind)
        {
            doc.Add(new StoredField(DocumentFields.StoredKind, kind));
            doc.Add(new StringField(DocumentFields.KindKey, FacetKey(kind), Field.Store.NO));
            doc.Add(new SortedDocValuesField(DocumentFields.KindFacet, new BytesRef(kind)));
        }
        if (Present(d.Issuer) is { } issuer)
        {
            doc.Add(new StoredField(DocumentFields.StoredIssuer, issuer));
            doc.Add(new StringField(DocumentFields.IssuerKey, FacetKey(issuer), Field.Store.NO));
            doc.Add(new SortedDocValuesField(DocumentFields.IssuerFacet, new BytesRef(issuer)));
        }
        if (Present(d.Number) is { } number)
        {
            doc.Add(new TextField(DocumentFields.Symbol, number, Field.Store.NO));
            doc.Add(new StoredField(DocumentFields.Number, number));
        }
        if (Present(d.MeetingChair) is { } chair) doc.Add(new TextField(DocumentFields.MeetingChair, chair, Field.Store.NO));
        if (Present(d.MeetingPlace) is { } place) doc.Add(new TextField(DocumentFields.MeetingPlace, place, Field.Store.NO));
        if (d.IssuedOn is { } issued)
        {
            doc.Add(new StoredField(DocumentFields.IssuedOn, issued.ToString("O", CultureInfo.InvariantCulture)));
            doc.Add(new Int32Field(DocumentFields.IssuedOnDay, issued.DayNumber, Field.Store.NO));
            doc.Add(new NumericDocValuesField(DocumentFields.IssuedOnDay, issued.DayNumber));
            doc.Add(new NumericDocValuesField(DocumentFields.Year, issued.Year));
        }
        return doc;
    }

    private static Document PassageEntry(string id, Passage passage)
    {
        var doc = new Document
        {
            new StringField(DocumentFields.Id, id, Field.Store.YES),
            new StringField(DocumentFields.Entry, DocumentFields.PassageEntry, Field.Store.NO),
            new StoredField(DocumentFields.PassageLabel, passage.Label),
            new StoredField(DocumentFields.PassageText, passage.Text),
            new StoredField(DocumentFields.PassageHeading, passage.Heading),
        };
        var text = AddSearchable(doc, DocumentFields.PassageText, passage.Text);
        doc.Add(new NumericDocValuesField(DocumentFields.PassageLength, text.Syllables));
        AddSearchable(doc, DocumentFields.PassageHeading, passage.Heading);
        if (passage.Page is { } page) doc.Add(new StoredField(DocumentFields.PassagePage, page));
        if (passage.Anchor is { } anchor) doc.Add(new StoredField(DocumentFields.PassageAnchor, anchor));
        return doc;
    }

    /// <summary>
    /// A text field in the views searched (exact words, folded words, folded pairs; no exact words for
    /// <see cref="DocumentFields.FoldedOnly"/> fields), the text analyzed once.
    /// </summary>
    private static AnalyzedText AddSearchable(Document doc, string field, string value)
    {
        var analyzed = AnalyzedText.Of(value);
        var views = DocumentFields.FoldedOnly.Contains(field)
            ? [VietnameseAnalyzers.Folded(field), VietnameseAnalyzers.FoldedShingles(field)]
            : new[] { field, VietnameseAnalyzers.Folded(field), VietnameseAnalyzers.FoldedShingles(field) };
        foreach (var view in views)
            doc.Add(view.EndsWith(VietnameseAnalyzers.FoldedShinglesSuffix, StringComparison.Ordinal)
                ? new Field(view, analyzed.View(view), Pairs)
                : new TextField(view, analyzed.View(view)));
        return analyzed;
    }

    /// <summary>
    /// Pairs of words are only ever looked up as terms (a phrase is searched on the words' fields), so their
    /// entries keep no positions: a third of the tokens indexed, and their positions were a sizeable share of
    /// the inversion and of each flush.
    /// </summary>
    private static readonly FieldType Pairs = WithoutPositions();

    private static FieldType WithoutPositions()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static string Nfc(string text) => text.IsNormalized() ? text : text.Normalize();

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Filters match whatever accents or case were typed: "nghi dinh" selects "Nghị định".</summary>
    public static string FacetKey(string value) =>
        VietnameseFolding.Fold(VietnameseNormalizer.Normalize(value.Trim()));

    public static DateOnly? IssuedOn(Document stored) =>
        stored.Get(DocumentFields.IssuedOn) is { } s ? DateOnly.ParseExact(s, "O", CultureInfo.InvariantCulture) : null;
}
