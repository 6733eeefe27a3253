using System.Security.Cryptography;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Office;
using Archive.Indexer.Tests.Extraction;
using Archive.Indexer.Tests.Ocr;

namespace Archive.Indexer.Tests.Office;

[Collection(LibreOfficeCollection.Name)]
public sealed class OfficeTextExtractorTests
{
    private readonly OfficeDocumentConverter _converter;

    public OfficeTextExtractorTests(SharedConverter shared)
    {
        RequiredTool.Check(OfficeDocumentConverter.DefaultProgram);
        _converter = shared.Converter;
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    [Theory]
    [InlineData("bien-ban-hop-thon.doc")]
    [InlineData("bien-ban-hop-thon.rtf")]
    [InlineData("bien-ban-hop-thon.odt")]
    public async Task A_legacy_word_processor_file_yields_the_text_it_was_made_from(string name)
    {
        var source = File.ReadAllText(Fixture.PathOf("source/bien-ban-hop-thon.txt"));
        using var file = Fixture.Open(name);

        var text = await new OfficeTextExtractor(_converter).ExtractAsync(file);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.Equal(Lines(source), Lines(text.Text));
    }

    [Fact]
    public void The_extractor_is_chosen_for_doc_rtf_and_odt_only()
    {
        var extractor = new OfficeTextExtractor(_converter);

        Assert.True(extractor.CanExtract(ContentTypes.Doc));
        Assert.True(extractor.CanExtract("application/rtf; charset=windows-1258"));
        Assert.True(extractor.CanExtract(ContentTypes.Odt));
        Assert.False(extractor.CanExtract(ContentTypes.Docx));
        Assert.False(extractor.CanExtract(ContentTypes.Png));
    }

    [Fact]
    public async Task Conversion_leaves_the_original_bytes_untouched()
    {
        var original = File.ReadAllBytes(Fixture.PathOf("bien-ban-hop-thon.doc"));
        var before = SHA256.HashData(original);

        var docx = await _converter.ConvertToDocxAsync(new MemoryStream(original), ".doc");

        Assert.Equal(before, SHA256.HashData(original));
        Assert.Equal(ContentTypes.Docx, ContentSniffer.Sniff(new MemoryStream(docx))?.ContentType);
    }

    [Fact]
    public async Task Conversions_asked_for_at_the_same_time_all_succeed()
    {
        var names = new[] { "bien-ban-hop-thon.doc", "bien-ban-hop-thon.rtf", "bien-ban-hop-thon.odt" };
        var extractor = new OfficeTextExtractor(_converter);

        var results = await Task.WhenAll(names.Select(n => Task.Run(() => extractor.ExtractAsync(Fixture.Open(n)))));

        Assert.All(results, r => Assert.Contains("Nghị định số 59/2023/NĐ-CP", r.Text));
    }

    [Fact]
    public async Task A_missing_libreoffice_is_a_failure_explained_in_vietnamese()
    {
        using var absent = new OfficeDocumentConverter(program: "soffice-chua-cai-dat");

        var text = await new OfficeTextExtractor(absent).ExtractAsync(Fixture.Open("bien-ban-hop-thon.rtf"));

        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.Contains("chưa cài LibreOffice", text.Error);
    }

    [Fact]
    public async Task A_conversion_past_its_time_limit_is_killed_and_reported()
    {
        using var hurried = new OfficeDocumentConverter(TimeSpan.FromMilliseconds(100));

        var text = await new OfficeTextExtractor(hurried).ExtractAsync(Fixture.Open("bien-ban-hop-thon.odt"));

        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.Contains("quá thời gian", text.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_legacy_document_is_refused_without_running_libreoffice()
    {
        var text = await new OfficeTextExtractor(_converter).ExtractAsync(Fixture.Open("ke-hoach-dejavu-serif.pdf"));

        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.NotNull(text.Error);
    }
}
