using System.Globalization;
using System.Text;
using Archive.Indexer.Index;
using Archive.Indexer.Structure;
using Lucene.Net.Documents;

namespace Archive.Indexer.Tests.Index;

public class DocumentSchemaTests
{
    private const string Law = """
        QUỐC HỘI
        Luật số: 60/2014/QH13
        LUẬT HỘ TỊCH
        Chương I
        NHỮNG QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Luật này quy định về hộ tịch, quyền và nghĩa vụ của cá nhân.
        Điều 2. Hộ tịch và đăng ký hộ tịch
        Ủy ban nhân dân cấp xã thực hiện đăng ký khai sinh, kết hôn, khai tử.
        Điều 3. Thẩm quyền đăng ký khai sinh
        Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ.
        """;

    private static IndexedDocument Uploaded(string text, DocumentStructure? structure) => new()
    {
        Id = "luat-ho-tich", Title = "Luật Hộ tịch", FileName = "luat-ho-tich.txt", CreatedAt = DateTimeOffset.UnixEpoch,
        Text = text, Structure = structure,
    };

    /// <summary>Every entry's fields by name with their stored or indexed value, in order (a token stream's field by its terms).</summary>
    private static List<string> Entries(IndexedDocument document) =>
        DocumentSchema.ToLucene(document).Select(entry => string.Join(" | ", entry.Fields.Select(Describe))).ToList();

    private static string Describe(Lucene.Net.Index.IIndexableField field)
    {
        if (field.GetStringValue() is { } text) return field.Name + "=" + text;
        if (field.NumericType != Lucene.Net.Documents.NumericFieldType.NONE) return field.Name + "=" + field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture);
        if (field.GetBinaryValue() is { } bytes) return field.Name + "=" + bytes.Utf8ToString();
        var terms = new StringBuilder(field.Name + ":");
        using var stream = ((Field)field).GetTokenStream(new Lucene.Net.Analysis.Standard.StandardAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Append(' ').Append(term.ToString());
        stream.End();
        return terms.ToString();
    }

    [Fact]
    public void Entries_built_with_the_structure_the_pipeline_stored_are_those_built_by_parsing_the_text_again()
    {
        var parsedHere = Entries(Uploaded(Law, structure: null));

        var withStored = Entries(Uploaded(Law, StructureParser.Parse(Law)));

        Assert.Equal(5, parsedHere.Count); // the opening, three articles, the document
        Assert.Equal(parsedHere, withStored);
    }

    [Fact]
    public void A_structure_parsed_from_a_decomposed_text_cuts_the_passages_of_its_NFC_form_as_the_index_holds_it()
    {
        var decomposed = Law.Normalize(NormalizationForm.FormD);
        var expected = Entries(Uploaded(Law, structure: null));

        var entries = Entries(Uploaded(decomposed, StructureParser.Parse(decomposed)));

        Assert.Equal(expected, entries);
    }
}
