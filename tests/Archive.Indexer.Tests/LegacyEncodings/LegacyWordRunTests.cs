using System.Diagnostics;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;

namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>Word files built here, for the ways a run gets its font that LibreOffice's output does not show.</summary>
public sealed class LegacyWordRunTests(ITestOutputHelper output)
{
    private const string Body = "Căn cứ Nghị định số 79/2003/NĐ-CP ngày 07 tháng 7 năm 2003 của Chính phủ về dân chủ ở xã;";

    [Fact]
    public void A_run_without_fonts_inherits_the_legacy_font_of_the_normal_style()
    {
        var text = Extract(normalStyleFont: ".VnTime", new Paragraph(new Run(new Text(LegacyEncoder.ToTcvn3(Body)))));

        Assert.Equal(Body, text);
    }

    [Fact]
    public void Private_use_code_points_of_a_legacy_run_are_read_as_its_bytes()
    {
        var privateUse = new string(LegacyEncoder.ToTcvn3(Body).Select(c => (char)(0xF000 + c)).ToArray());

        var text = Extract(null, new Paragraph(Run(".VnTime", privateUse)));

        Assert.Equal(Body, text);
    }

    [Fact]
    public void A_VNI_letter_split_over_two_runs_is_decoded_whole()
    {
        var vni = LegacyEncoder.ToVni("Việt Nam"); // "Vieät Nam": the run ends after the base letter
        var split = vni.IndexOf('ä');

        var text = Extract(null, new Paragraph(Run("VNI-Times", vni[..split]), Run("VNI-Times", vni[split..])));

        Assert.Equal("Việt Nam", text);
    }

    [Fact]
    public void A_unicode_run_with_latin1_letters_next_to_a_legacy_run_is_left_alone()
    {
        var text = Extract(".VnTime", new Paragraph(Run("Times New Roman", "Café Hà Nội, "), new Run(new Text(LegacyEncoder.ToTcvn3("nhà văn hoá")))));

        Assert.Equal("Café Hà Nội, nhà văn hoá", text);
    }

    [Fact]
    public void A_large_legacy_docx_is_decoded_at_a_measured_speed()
    {
        // The same words typed in Unicode give the baseline: the difference is what decoding costs.
        var legacy = Build(null, [.. Enumerable.Range(0, 20_000).Select(i => new Paragraph(
            Run(".VnTime", LegacyEncoder.ToTcvn3($"{i}. {Body}")), Run("Times New Roman", " Unicode "), Run("VNI-Times", LegacyEncoder.ToVni(Body))))]);
        var unicode = Build(null, [.. Enumerable.Range(0, 20_000).Select(i => new Paragraph(
            Run("Times New Roman", $"{i}. {Body}"), Run("Times New Roman", " Unicode "), Run("Times New Roman", Body)))]);

        Timed(Build(".VnTime", [new Paragraph(new Run(new Text("Khëi ®éng")))])); // first call pays for the JIT
        var (unicodeText, unicodeTime) = Timed(unicode);
        var (legacyText, legacyTime) = Timed(legacy);

        var megabytes = legacyText.Length * 2 / 1e6; // UTF-16 text, since the zipped size says little
        output.WriteLine($"legacy DOCX: {megabytes:F1} MB of text in {legacyTime.TotalMilliseconds:F0} ms = {megabytes / legacyTime.TotalSeconds:F1} MB/s; "
            + $"same text in Unicode runs: {unicodeTime.TotalMilliseconds:F0} ms = {megabytes / unicodeTime.TotalSeconds:F1} MB/s");
        Assert.Equal(unicodeText, legacyText);
    }

    private static (string Text, TimeSpan Time) Timed(byte[] docx)
    {
        var clock = Stopwatch.StartNew();
        var text = new DocxTextExtractor().Extract(new MemoryStream(docx)).Text;
        return (text, clock.Elapsed);
    }

    private static Run Run(string font, string text) =>
        new(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }), new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    private static string Extract(string? normalStyleFont, params Paragraph[] paragraphs) =>
        new DocxTextExtractor().Extract(new MemoryStream(Build(normalStyleFont, paragraphs))).Text;

    private static byte[] Build(string? normalStyleFont, Paragraph[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }))),
                new Style(new StyleName { Val = "Normal" }, normalStyleFont is null ? new StyleRunProperties() : new StyleRunProperties(new RunFonts { Ascii = normalStyleFont, HighAnsi = normalStyleFont }))
                { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
            main.Document = new Document(new Body(paragraphs));
        }
        return buffer.ToArray();
    }
}
