using System.Text.RegularExpressions;

namespace Archive.Indexer.Structure;

/// <summary>
/// Recognizes the first line of a unit: "Phần thứ nhất", "Chương II", "Mục 1", "Điều 15. …", "1. …", "a) …",
/// "I. …", "1.2. …", "PHỤ LỤC I", "Nơi nhận:", "KT. CHỦ TỊCH". Whether a "1." really opens a clause is for the
/// parser to judge (numbers run in order); this only reads the shape.
/// </summary>
internal static partial class UnitLine
{
    [GeneratedRegex(@"^(?:PHẦN|Phần)\s+(?<n>(?:THỨ|thứ)\s+\p{L}+|[IVXLC]{1,6}|\d{1,2})\b\s*[.:\-–]?\s*(?<h>.*)$")]
    public static partial Regex Part();

    [GeneratedRegex(@"^(?:CHƯƠNG|Chương)\s+(?<n>[IVXLC]{1,7}|\d{1,3})\b\s*[.:\-–]?\s*(?<h>.*)$")]
    public static partial Regex Chapter();

    [GeneratedRegex(@"^(?:MỤC|Mục)\s+(?<n>\d{1,2}|[IVXLC]{1,6})\b\s*[.:\-–]?\s*(?<h>.*)$")]
    public static partial Regex Section();

    [GeneratedRegex(@"^Điều\s*(?<n>\d{1,3}[a-zđ]?)\s*[.:\-–]\s*(?<h>.*)$")]
    public static partial Regex Article();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.\s*(?<h>\S.*)$")]
    public static partial Regex Numbered();

    [GeneratedRegex(@"^(?<n>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?<h>\S.*)$")]
    public static partial Regex SubNumbered();

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,6})\.\s*(?<h>\S.*)$")]
    public static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>[a-zđ])\)\s*(?<h>\S.*)$")]
    public static partial Regex Point();

    [GeneratedRegex(@"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?<n>[IVXLC]{1,6}|\d{1,3}|[A-Z]|số\s+\d{1,3}))?\b\s*[.:\-–]?\s*(?<h>.*)$")]
    public static partial Regex Appendix();

    [GeneratedRegex(@"^Nơi\s+nhận\s*:?\s*(?<h>.*)$")]
    public static partial Regex Recipients();

    /// <summary>"KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. BỘ TRƯỞNG", "TUQ. …", "Q. GIÁM ĐỐC".</summary>
    [GeneratedRegex(@"^(?:KT|TM|TL|TUQ|Q|T/M)\s*\.\s*\p{Lu}")]
    public static partial Regex SigningFor();

    /// <summary>A footnote at the foot of a page: its number, a space, and a capital ("1 Trọng tâm là: …").</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<h>[\p{Lu}(“""].*)$")]
    public static partial Regex Footnote();

    /// <summary>The signer's title alone in capitals, where no "KT."/"TM." precedes it (laws: "CHỦ TỊCH QUỐC HỘI").</summary>
    public static bool IsSignerTitle(string line) => SignerTitles.Contains(line.TrimEnd('.', ' '));

    private static readonly HashSet<string> SignerTitles = new(StringComparer.Ordinal)
    {
        "CHỦ TỊCH QUỐC HỘI", "CHỦ TỊCH NƯỚC", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TỔNG KIỂM TOÁN NHÀ NƯỚC", "BÍ THƯ",
        "PHÓ BÍ THƯ", "TRƯỞNG BAN", "TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG", "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG",
    };

    /// <summary>Điểm letters in order: the Vietnamese alphabet without f, j, w, z, with đ after d.</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    public static int RomanValue(string roman)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = values[roman[i]];
            total += i + 1 < roman.Length && values[roman[i + 1]] > v ? -v : v;
        }
        return total;
    }
}
