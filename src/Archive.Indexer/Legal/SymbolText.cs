using System.Globalization;
using System.Text;

namespace Archive.Indexer.Legal;

/// <summary>
/// Character-level rules shared by symbol parsing and citation extraction: the look-alike letters and
/// dashes seen in the wild, and the accent-free fold used for comparison keys.
/// </summary>
internal static class SymbolText
{
    /// <summary>Replaces the Icelandic eth (U+00D0/U+00F0) that PDFs and old fonts use for Đ/đ, and every dash with '-'.</summary>
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAny("\u00D0\u00F0\u2010\u2011\u2012\u2013\u2014\u2015\u2212") < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = RepairChar(chars[i]);
        return new string(chars);
    }

    public static char RepairChar(char c) => c switch
    {
        '\u00D0' => 'Đ',
        '\u00F0' => 'đ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    public static bool IsDash(char c) => RepairChar(c) == '-';

    /// <summary>Lower case, no diacritics, đ→d: "NĐ-CP", "Nd-cp" and "ND-CP" all fold to "nd-cp".</summary>
    public static string Fold(string text)
    {
        var decomposed = Repair(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is 'Đ' or 'đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
