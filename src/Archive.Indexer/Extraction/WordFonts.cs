using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Extraction;

/// <summary>
/// The fonts a Word file's runs inherit when they name none themselves: the document defaults and the
/// paragraph and character styles (followed through their "based on" chain). Old files typed in .VnTime
/// often set the font once in the Normal style, so a run without w:rFonts is still TCVN3.
/// </summary>
internal sealed class WordFonts
{
    private readonly Dictionary<string, string?> _styleFonts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LegacyFont> _legacy = new(StringComparer.Ordinal);

    private WordFonts(string? documentDefault, string? defaultParagraphStyle)
    {
        DocumentDefault = documentDefault;
        ParagraphDefault = defaultParagraphStyle;
    }

    /// <summary>The font of w:docDefaults.</summary>
    public string? DocumentDefault { get; }

    /// <summary>The font of a paragraph without w:pStyle: the default paragraph style's, else the document default.</summary>
    public string? ParagraphDefault { get; private set; }

    public static WordFonts Read(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        var defaults = NameIn(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);
        var fonts = new WordFonts(defaults, defaults);
        if (styles is null) return fonts;

        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var id in byId.Keys) fonts._styleFonts[id] = Resolve(byId, id);
        var normal = byId.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true);
        if (normal?.StyleId?.Value is { } normalId) fonts.ParagraphDefault = fonts._styleFonts[normalId] ?? defaults;
        return fonts;
    }

    /// <summary>The font a style sets, directly or through the styles it is based on; null when none does.</summary>
    public string? OfStyle(string? styleId) =>
        styleId is not null && _styleFonts.TryGetValue(styleId, out var font) ? font : null;

    public LegacyFont Legacy(string? fontName)
    {
        if (fontName is null) return default;
        if (!_legacy.TryGetValue(fontName, out var font))
            _legacy[fontName] = font = LegacyEncodingDetector.FromFontName(fontName);
        return font;
    }

    /// <summary>
    /// The font that draws the legacy bytes (0x80..0xFF): Word uses w:hAnsi for them, w:ascii for ASCII;
    /// w:cs and w:eastAsia only when neither is given.
    /// </summary>
    public static string? NameIn(RunFonts? fonts) =>
        fonts is null ? null : fonts.HighAnsi?.Value ?? fonts.Ascii?.Value ?? fonts.ComplexScript?.Value ?? fonts.EastAsia?.Value;

    /// <summary>As <see cref="NameIn(RunFonts?)"/>, from the attributes a streaming reader reports for w:rFonts.</summary>
    public static string? NameIn(IEnumerable<OpenXmlAttribute> attributes)
    {
        string? ascii = null, highAnsi = null, complex = null, eastAsia = null;
        foreach (var attribute in attributes)
        {
            switch (attribute.LocalName)
            {
                case "hAnsi": highAnsi = attribute.Value; break;
                case "ascii": ascii = attribute.Value; break;
                case "cs": complex = attribute.Value; break;
                case "eastAsia": eastAsia = attribute.Value; break;
            }
        }
        return highAnsi ?? ascii ?? complex ?? eastAsia;
    }

    private static string? Resolve(Dictionary<string, Style> byId, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; current is not null && seen.Add(current) && byId.TryGetValue(current, out var style);
             current = style.BasedOn?.Val?.Value)
        {
            if (NameIn(style.StyleRunProperties?.RunFonts) is { } name) return name;
        }
        return null;
    }
}
