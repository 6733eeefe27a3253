using Archive.Indexer.Analysis;
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

    /// <summary>Lower case, no diacritics, đ→d: "NĐ-CP", "Nd-cp" and "ND-CP" all fold to "nd-cp".</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded != '\0') sb.Append(folded);
        }
        return sb.ToString();
    }

    /// <summary>One character folded; '\0' for a combining mark, which folding drops.</summary>
    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : InvariantCase.Lower(c);

    // Latin letters with Vietnamese diacritics live below U+2000: fold them once, not per word.
    private static readonly char[] FoldTable = BuildFoldTable(0x2000);

    private static char[] BuildFoldTable(int size)
    {
        var table = new char[size];
        for (var i = 0; i < size; i++)
        {
            var c = RepairChar((char)i);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var first = char.IsSurrogate(c) ? c : c.ToString().Normalize(NormalizationForm.FormD)[0];
            table[i] = first is 'Đ' or 'đ' ? 'd' : char.ToLowerInvariant(first);
        }
        return table;
    }
}
