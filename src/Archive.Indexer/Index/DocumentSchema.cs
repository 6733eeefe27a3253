using System.Globalization;
using Lucene.Net.Documents;

namespace Archive.Indexer.Index;

/// <summary>How an <see cref="IndexedDocument"/> is laid out in Lucene fields, and read back from a hit.</summary>
public static class DocumentSchema
{
    /// <summary>Bumped whenever the field layout changes; part of the index's schema stamp.</summary>
    public const int LayoutVersion = 1;

    public static Document ToLucene(IndexedDocument d)
    {
        var doc = new Document
        {
            new StringField(DocumentFields.Id, d.Id, Field.Store.YES),
            new TextField(DocumentFields.Title, d.Title, Field.Store.YES),
            new TextField(DocumentFields.Text, d.Text, Field.Store.YES),
            new StoredField(DocumentFields.FileName, d.FileName),
            new StringField(DocumentFields.Visibility, d.Visibility, Field.Store.YES),
            new Int64Field(DocumentFields.CreatedAt, d.CreatedAt.UtcTicks, Field.Store.YES),
            new NumericDocValuesField(DocumentFields.CreatedAt, d.CreatedAt.UtcTicks),
        };
        AddOptionalText(doc, DocumentFields.Kind, d.Kind);
        AddOptionalText(doc, DocumentFields.Number, d.Number);
        AddOptionalText(doc, DocumentFields.Issuer, d.Issuer);
        if (d.IssuedOn is { } issued)
        {
            doc.Add(new StoredField(DocumentFields.IssuedOn, issued.ToString("O", CultureInfo.InvariantCulture)));
        }
        return doc;
    }

    private static void AddOptionalText(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        doc.Add(new TextField(field, value, Field.Store.YES));
    }

    public static DateOnly? IssuedOn(Document stored) =>
        stored.Get(DocumentFields.IssuedOn) is { } s ? DateOnly.ParseExact(s, "O", CultureInfo.InvariantCulture) : null;
}
