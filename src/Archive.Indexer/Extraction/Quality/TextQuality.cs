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
    /// Above this share of non-syllables the text is flagged. The sample district plan, with its names,
    /// loanwords and typos, stays near 1%; legacy text read as Latin-1 is above 40%.
    /// </summary>
    public const double InvalidShareThreshold = 0.15;

    /// <summary>Fewer words than this say too little to judge the share.</summary>
    public const int MinimumWords = 10;

    public static TextQualityReport Assess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int valid = 0, invalid = 0;
        foreach (var range in text.AsSpan().SplitAny(" \t\r\n\f\v\u00A0"))
        {
            switch (WordJudge.Judge(text.AsSpan()[range]))
            {
                case WordVerdict.Valid: valid++; break;
                case WordVerdict.Invalid: invalid++; break;
            }
        }
        var wordsChecked = valid + invalid;
        var share = wordsChecked == 0 ? 0 : (double)invalid / wordsChecked;

        var warnings = new List<string>();
        var legacy = LegacyEncodingDetector.Detect(text);
        if (legacy.Encoding != LegacyEncoding.None)
            warnings.Add($"Văn bản có vẻ dùng bảng mã cũ ({Name(legacy.Encoding)}) chưa chuyển đổi.");
        if (wordsChecked >= MinimumWords && share > InvalidShareThreshold)
        {
            var percent = Math.Round(share * 100).ToString(CultureInfo.InvariantCulture);
            warnings.Add($"Tỷ lệ từ không phải âm tiết tiếng Việt cao ({percent}%): có thể là văn bản quét lỗi hoặc sai bảng mã.");
        }
        return new TextQualityReport(share, wordsChecked, warnings);
    }

    private static string Name(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3",
        LegacyEncoding.Vni => "VNI",
        _ => "VIQR",
    };
}
