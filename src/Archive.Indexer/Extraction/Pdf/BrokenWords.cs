using System.Text;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// Mends the words pdftotext breaks around ActualText spans (LibreOffice writes one around every Vietnamese letter
/// its font draws as two glyphs): a line break inside a word ("chi tiế\nt", "Số\n: 59/2023/NĐ-CP") and the space
/// after such a letter lost ("Tổchức", "sốđiều").
/// </summary>
/// <remarks>
/// Only breaks that Vietnamese spelling proves wrong are mended: a line ending in something that is not a syllable
/// ("tiế") joined to the next line's start makes one ("tiết"); a word that is not a syllable splits into two in
/// exactly one way, right after an accented letter, into parts of two letters or more. Names, abbreviations and
/// foreign words are never syllables joined with anything, so they are left as they are.
/// </remarks>
public static class BrokenWords
{
    public static string Rejoin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        var lines = text.Split('\n');
        var joined = new StringBuilder(text.Length);
        joined.Append(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            if (!ContinuesWord(joined, lines[i])) joined.Append('\n');
            joined.Append(lines[i]);
        }
        return SplitGlued(joined.ToString());
    }

    private static bool ContinuesWord(StringBuilder before, string next)
    {
        if (before.Length == 0 || next.Length == 0) return false;
        var last = before[^1];
        if (next[0] is ':' or ';' or ',') return char.IsLetterOrDigit(last);
        if (!char.IsLetter(last) || !char.IsLetter(next[0])) return false;

        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        var tail = before.ToString(start, before.Length - start);
        var end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        var head = next[..end];
        // A whole syllable may end a line; then only a head that is no word ("đồ" / "ng") proves the break wrong.
        if (VietnameseSyllable.IsValid(tail) && (VietnameseSyllable.IsValid(head) || head.Any(char.IsUpper))) return false;
        var word = tail + head;
        return VietnameseSyllable.IsValid(word) || SplitOnce(word) is not null;
    }

    private static string SplitGlued(string text)
    {
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i - start < 4 || !HasAccentedLetter(text.AsSpan(start, i - start))) continue;
            var word = text[start..i];
            if (VietnameseSyllable.IsValid(word) || SplitOnce(word) is not { } split) continue;
            output ??= new StringBuilder(text.Length + 16);
            output.Append(text, copied, start - copied).Append(split);
            copied = i;
        }
        if (output is null) return text;
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The word as syllables separated by spaces when exactly one way to cut it exists; otherwise null.</summary>
    private static string? SplitOnce(string word)
    {
        string? found = null;
        for (var cut = 2; cut <= word.Length - 2; cut++)
        {
            if (word[cut - 1] < '\u0080' || !VietnameseSyllable.IsValid(word.AsSpan(0, cut))) continue;
            var rest = word[cut..];
            var tail = VietnameseSyllable.IsValid(rest) ? rest : SplitOnce(rest);
            if (tail is null) continue;
            if (found is not null) return null;
            found = word[..cut] + " " + tail;
        }
        return found;
    }

    private static bool HasAccentedLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word[..^1])
            if (c >= '\u0080') return true;
        return false;
    }
}
