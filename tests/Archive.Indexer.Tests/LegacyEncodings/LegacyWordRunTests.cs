using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>Word files built here, for the ways a run gets its font that LibreOffice's output does not show.</summary>
public sealed class LegacyWordRunTests
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
    public void A_legacy_docx_of_many_paragraphs_reads_as_the_same_words_typed_in_unicode_runs()
    {
        // Many paragraphs, each mixing TCVN3, Unicode and VNI runs: no state leaks from one run or paragraph to the next.
        // How fast such a file is decoded is bench legacy-docx's business (20,000 paragraphs), not a test's.
        var legacy = Build(null, [.. Enumerable.Range(0, 500).Select(i => new Paragraph(
            Run(".VnTime", LegacyEncoder.ToTcvn3($"{i}. {Body}")), Run("Times New Roman", " Unicode "), Run("VNI-Times", LegacyEncoder.ToVni(Body))))]);
        var unicode = Build(null, [.. Enumerable.Range(0, 500).Select(i => new Paragraph(
            Run("Times New Roman", $"{i}. {Body}"), Run("Times New Roman", " Unicode "), Run("Times New Roman", Body)))]);

        var legacyText = new DocxTextExtractor().Extract(new MemoryStream(legacy)).Text;

        Assert.Equal(new DocxTextExtractor().Extract(new MemoryStream(unicode)).Text, legacyText);
        Assert.Contains($"499. {Body} Unicode {Body}", legacyText);
    }

    private static Run Run(string font, string text) => LegacyDocx.Run(font, text);

    private static string Extract(string? normalStyleFont, params Paragraph[] paragraphs) =>
        new DocxTextExtractor().Extract(new MemoryStream(Build(normalStyleFont, paragraphs))).Text;

    private static byte[] Build(string? normalStyleFont, Paragraph[] paragraphs) => LegacyDocx.Build(normalStyleFont, paragraphs);
}
