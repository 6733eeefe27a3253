using System.Text.RegularExpressions;

namespace Archive.Bench.Citations;

/// <summary>
/// The error families of issue 11, decided from an item's key and its line alone, so that a gold item and a
/// predicted item with the same key always fall in the same families (an item may be in several).
/// </summary>
public static partial class CitationFamilies
{
    [GeneratedRegex(@"\b(?:[Mm]ục|MỤC)\s+(?:[IVXLC]+|\d+)\b")]
    private static partial Regex Section();

    [GeneratedRegex(@"\b(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư)\s+(?:sửa đổi|bổ sung)", RegexOptions.IgnoreCase)]
    private static partial Regex AmendingTitle();

    [GeneratedRegex(@"ban hành\s+(?:Luật|Bộ luật|Pháp lệnh)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Enactment();

    /// <summary>Families in the order the harness prints them.</summary>
    public static readonly string[] All =
    [
        "self reference", "symbol", "symbol + locator", "title", "title after locator", "code/ordinance/constitution",
        "kind only", "dotted point", "standard", "line: amending act", "line: section in article", "line: enactment preamble",
    ];

    public static IEnumerable<string> Of(CitationKey key, string line)
    {
        if (key.Self) yield return "self reference";
        else if (key.Target is null) yield return "kind only";
        else if (key.BySymbol) yield return key.HasLocator ? "symbol + locator" : "symbol";
        else yield return key.HasLocator ? "title after locator" : "title";
        if (key.Kind is "bộ luật" or "pháp lệnh" or "hiến pháp") yield return "code/ordinance/constitution";
        if (key.Point?.Contains('.') == true) yield return "dotted point";
        if (key.Kind == "tiêu chuẩn") yield return "standard";
        if (AmendingTitle().IsMatch(line)) yield return "line: amending act";
        if (Section().IsMatch(line)) yield return "line: section in article";
        if (Enactment().IsMatch(line)) yield return "line: enactment preamble";
    }
}
