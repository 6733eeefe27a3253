using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// The one judgement of extracted text, whatever its format or source (a PDF page read by PdfPig or by poppler,
/// an OCR result, a DOCX): the share of its words that are Vietnamese syllables, after the legacy-encoding
/// conversion the archive would apply anyway, so that a TCVN3 text layer is judged as the text it will become.
/// </summary>
public static class TextJudge
{
    /// <summary>
    /// Non-syllable share under which a reading is not compared with others. Gazette text read cleanly has
    /// 0–3 % (names, English, units); a font that lost its Vietnamese letters has 20 % and more.
    /// </summary>
    public const double CleanInvalidShare = 0.05;

    public static TextVerdict Judge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (valid, invalid) = TextQuality.CountWords(text);
        var raw = new TextVerdict(valid, invalid);
        if (raw.IsClean) return raw;

        var conversion = LegacyTextConverter.Convert(text);
        if (!conversion.Changed) return raw;
        var (convertedValid, convertedInvalid) = TextQuality.CountWords(conversion.Text);
        return TextVerdict.Better(raw, new TextVerdict(convertedValid, convertedInvalid, Converted: true));
    }
}
