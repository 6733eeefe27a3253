using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Vietnamese personal names: two to five capitalized syllables ("Tô Thị Hiến", "Hoàng Văn B"), possibly
/// after an honorific ("Ông", "Bà", "Đồng chí", "Đ/c").
/// </summary>
internal static partial class PersonName
{
    private const int MinSyllables = 2;
    private const int MaxSyllables = 5;

    [GeneratedRegex(@"^(?:(?:ông|bà|anh|chị|đồng\s+chí|đ/c|đc)\.?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    // Syllables that begin a role, not a name: "Nguyễn Văn A Chủ tịch UBND xã".
    private static readonly HashSet<string> RoleWords =
        new(["Chủ", "Phó", "Bí", "Trưởng", "Thư", "Ủy", "Giám", "Cán", "Kế", "Chánh", "Đại", "Tổ", "Công", "Trợ"], StringComparer.Ordinal);

    public static bool IsSyllable(string word) =>
        word.Length is > 0 and <= 7 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    /// <summary>A line that is nothing but a name (surrounding honorific allowed), else null.</summary>
    public static string? WholeLine(string line)
    {
        var (name, rest) = Leading(line);
        return name is not null && rest.Trim(' ', '.', ',').Length == 0 ? name : null;
    }

    /// <summary>The name at the start of <paramref name="text"/> after any honorific, and what follows it.</summary>
    public static (string? Name, string Remainder) Leading(string text)
    {
        var body = Honorific().Replace(text.TrimStart(), "");
        var words = body.Split(' ');
        var count = 0;
        while (count < words.Length && count < MaxSyllables)
        {
            var word = words[count];
            var bare = word.TrimEnd(',', '.', ';', ':', ')');
            if (!IsSyllable(bare) || (count >= MinSyllables && RoleWords.Contains(bare))) break;
            count++;
            if (bare.Length != word.Length) break; // punctuation closes the name
        }
        if (count < MinSyllables) return (null, text);
        var name = string.Join(' ', words, 0, count).TrimEnd(',', '.', ';', ':', ')');
        var rest = string.Join(' ', words.Skip(count));
        return (name, rest);
    }

    /// <summary>A name closing a line whose left part is something else (a merged recipients column), else null.</summary>
    public static string? Trailing(string line)
    {
        var words = line.Split(' ');
        var count = 0;
        while (count < words.Length && IsSyllable(words[^(count + 1)])) count++;
        if (count < MinSyllables || count > MaxSyllables) return null;
        if (count < words.Length && !IsBoundary(words[^(count + 1)])) return null;
        return string.Join(' ', words[^count..]);
    }

    // What may stand left of a trailing name: recipient-list punctuation or capitals ("- Lưu: VT.").
    private static bool IsBoundary(string word) =>
        word.Length > 0 && (char.IsPunctuation(word[^1]) || MetadataText.IsCapitals(word) || word.All(char.IsUpper));
}
