using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>
/// Word files built with the Open XML SDK, each run in the font it names, as offices typed them in .VnTime or VNI-Times
/// beside Unicode fonts. Shared by the tests of how a run gets its font and by bench legacy-docx.
/// </summary>
public static class LegacyDocx
{
    public static Run Run(string font, string text) =>
        new(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }), new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    /// <summary>A document of <paramref name="paragraphs"/> whose Normal style is in <paramref name="normalStyleFont"/> (Times New Roman when null).</summary>
    public static byte[] Build(string? normalStyleFont, params Paragraph[] paragraphs)
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
