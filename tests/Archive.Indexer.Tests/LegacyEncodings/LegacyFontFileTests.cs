using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Extraction.Office;
using Archive.Indexer.Tests.Extraction;
using Archive.Indexer.Tests.Ocr;
using Archive.Indexer.Tests.Office;
using Xunit.Abstractions;

namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>
/// Files typed in .VnTime, .VnTimeH and VNI-Times (made by Fixtures/make-legacy-fixtures.sh), extracted as
/// uploads are and compared with the Unicode text they were typed from, syllable by syllable.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class LegacyFontFileTests
{
    private const double RequiredF1 = 0.97;
    private readonly OfficeDocumentConverter _converter;
    private readonly ITestOutputHelper _output;

    public LegacyFontFileTests(SharedConverter shared, ITestOutputHelper output)
    {
        RequiredTool.Check(OfficeDocumentConverter.DefaultProgram);
        _converter = shared.Converter;
        _output = output;
    }

    [Theory]
    [InlineData("quyet-dinh-tcvn3")]
    [InlineData("cong-van-vni")]
    [InlineData("bien-ban-mixed")]
    public async Task A_docx_typed_in_legacy_fonts_comes_out_as_its_unicode_text(string name)
    {
        var text = await new TextExtraction().ExtractAsync(Fixture.Open($"{name}.docx"), ContentTypes.Docx);

        AssertReproduces(LegacySource.Lines(name), text, $"{name}.docx");
    }

    [Theory]
    [InlineData("quyet-dinh-tcvn3")]
    [InlineData("cong-van-vni")]
    [InlineData("bien-ban-mixed")]
    public async Task A_pdf_naming_legacy_fonts_comes_out_as_its_unicode_text(string name)
    {
        var text = await new TextExtraction().ExtractAsync(Fixture.Open($"{name}.pdf"), ContentTypes.Pdf);

        AssertReproduces(LegacySource.Lines(name, WithoutUndrawnLetters), text, $"{name}.pdf");
    }

    [Theory]
    [InlineData("quyet-dinh-tcvn3", "doc")]
    [InlineData("quyet-dinh-tcvn3", "rtf")]
    [InlineData("cong-van-vni", "doc")]
    [InlineData("cong-van-vni", "rtf")]
    [InlineData("bien-ban-mixed", "doc")]
    [InlineData("bien-ban-mixed", "rtf")]
    public async Task A_doc_or_rtf_typed_in_legacy_fonts_comes_out_as_its_unicode_text(string name, string extension)
    {
        var text = await new OfficeTextExtractor(_converter).ExtractAsync(Fixture.Open($"{name}.{extension}"));

        AssertReproduces(LegacySource.Lines(name), text, $"{name}.{extension}");
    }

    [Theory]
    [InlineData("quyet-dinh-tcvn3.docx")]
    [InlineData("quyet-dinh-tcvn3.pdf")]
    public async Task Headings_in_the_capitals_only_font_come_out_in_capitals(string file)
    {
        var contentType = file.EndsWith(".pdf") ? ContentTypes.Pdf : ContentTypes.Docx;

        var text = (await new TextExtraction().ExtractAsync(Fixture.Open(file), contentType)).Text;

        Assert.Contains("SỐ: 125/QĐ-UBND", text);
        Assert.Contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Cộng hoà xã hội chủ nghĩa Việt Nam ghi nhận", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
    }

    [Fact]
    public async Task In_a_mixed_docx_every_line_unicode_and_legacy_alike_is_the_one_typed()
    {
        var text = (await new TextExtraction().ExtractAsync(Fixture.Open("bien-ban-mixed.docx"), ContentTypes.Docx)).Text;

        Assert.Equal(LegacySource.Lines("bien-ban-mixed").SelectMany(Lines), Lines(text));
    }

    [Fact]
    public async Task A_pdf_whose_legacy_fonts_were_substituted_is_recovered_from_its_text_but_loses_the_capitals()
    {
        // LibreOffice without .VnTime embeds DejaVu under its own name: only the text can tell, and text alone
        // cannot tell a .VnTimeH heading from lowercase .VnTime, so the comparison ignores case.
        var extracted = await new TextExtraction().ExtractAsync(Fixture.Open("quyet-dinh-tcvn3-substituted-font.pdf"), ContentTypes.Pdf);

        var converted = LegacyTextConverter.Convert(extracted.Text);

        var expected = LegacySource.Lines("quyet-dinh-tcvn3", WithoutUndrawnLetters);
        var f1 = SyllableScore.F1(expected, [converted.Text], ignoreCase: true);
        _output.WriteLine($"quyet-dinh-tcvn3-substituted-font.pdf + LegacyTextConverter: syllable F1 {f1:F4} (case ignored)");
        Assert.True(f1 >= RequiredF1, $"F1 {f1:F4}");
        Assert.Equal([LegacyEncoding.Tcvn3], converted.EncodingsFound);
    }

    private void AssertReproduces(IEnumerable<string> expected, ExtractedText text, string file)
    {
        Assert.Equal(TextStatus.Ok, text.Status);
        var f1 = SyllableScore.F1(expected, [text.Text]);
        _output.WriteLine($"{file}: syllable F1 {f1:F4}");
        var missing = expected.SelectMany(l => l.Split()).Except(text.Text.Split());
        Assert.True(f1 >= RequiredF1, $"{file}: F1 {f1:F4}, missing: {string.Join(' ', missing)}");
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0).ToArray();

    // TCVN3 types ư (and, in .VnTimeH, Ư) as 0xAD, the soft hyphen: LibreOffice, which printed these PDFs, never draws it, so the
    // PDFs have no glyph for it ("trởng"). Word draws it; with a real Word-printed PDF this would go away.
    private static string WithoutUndrawnLetters(string tcvn3Run) =>
        tcvn3Run.Replace("ư", "").Replace("Ư", "");
}
