using System.Globalization;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// Flags extracted text a person should look at: legacy-encoded text nobody converted, and text where
/// too many words are not Vietnamese syllables (bad OCR, a wrong code page).
/// </summary>
public static class TextQuality
{
    /// <summary>
    /// Above this share of non-syllables the text is flagged. Calibrated: the sample district plan has
    /// 1 non-syllable in 2,941 words (the typo "tủe"); the same plan in TCVN3 or VNI read as Latin-1 has
    /// 81-84%, random letters 97%. The wide margin leaves room for names and loanwords.
    /// </summary>
    public const double InvalidShareThreshold = 0.2;

    /// <summary>Fewer words than this say too little to judge the share.</summary>
    public const int MinimumWords = 10;

    public static TextQualityReport Assess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Assess(text, LegacyEncodingDetector.Detect(text));
    }

    /// <summary>The report on <paramref name="text"/>, whose legacy encoding was detected already (<see cref="LegacyConversion.LegacyLeft"/>).</summary>
    public static TextQualityReport Assess(string text, LegacyDetection legacy)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (valid, invalid) = CountWords(text);
        var wordsChecked = valid + invalid;
        var share = wordsChecked == 0 ? 0 : (double)invalid / wordsChecked;

        var warnings = new List<string>();
        if (legacy.Encoding != LegacyEncoding.None)
            warnings.Add($"Văn bản có vẻ dùng bảng mã cũ ({Name(legacy.Encoding)}) chưa chuyển đổi.");
        if (wordsChecked >= MinimumWords && share > InvalidShareThreshold)
        {
            var percent = Math.Round(share * 100).ToString(CultureInfo.InvariantCulture);
            warnings.Add($"Tỷ lệ từ không phải âm tiết tiếng Việt cao ({percent}%): có thể là văn bản quét lỗi hoặc sai bảng mã.");
        }
        return new TextQualityReport(share, wordsChecked, warnings);
    }

    /// <summary>Whitespace-separated words that are Vietnamese syllables, and those that are not (others carry no evidence).</summary>
    public static (int Valid, int Invalid) CountWords(ReadOnlySpan<char> text)
    {
        int valid = 0, invalid = 0;
        foreach (var range in text.SplitAny(" \t\r\n\f\v\u00A0"))
        {
            switch (WordJudge.Judge(text[range]))
            {
                case WordVerdict.Valid: valid++; break;
                case WordVerdict.Invalid: invalid++; break;
            }
        }
        return (valid, invalid);
    }

    private static string Name(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3",
        LegacyEncoding.Vni => "VNI",
        _ => "VIQR",
    };
}
