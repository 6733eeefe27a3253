namespace Archive.Indexer.Legal;

/// <summary>
/// Writes a title taken from a line in capitals ("LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", a decree's summary line) the
/// way running text writes it: kind name, capital first word, the rest lower case but for proper names.
/// </summary>
internal static class TitleCasing
{
    private static readonly string[] ProperNames =
    [
        "Việt Nam", "Chính phủ", "Quốc hội", "Hội đồng nhân dân", "Ủy ban nhân dân", "Tổ quốc", "Cộng hòa", "Đảng", "Trung ương",
    ];

    public static bool IsInCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    public static string FromCapitals(string title, string kindName)
    {
        var kindWords = kindName.Split(' ').Length;
        var words = title.Split(' ');
        var rest = words.Skip(kindWords).Select(w => w.ToLowerInvariant()).ToArray();
        if (rest.Length > 0 && rest[0].Length > 0) rest[0] = char.ToUpperInvariant(rest[0][0]) + rest[0][1..];
        var text = string.Join(' ', [kindName, .. rest]);
        foreach (var name in ProperNames) text = ReplaceWords(text, name.ToLowerInvariant(), name);
        return text;
    }

    private static string ReplaceWords(string text, string lower, string proper)
    {
        var padded = $" {text} ";
        return padded.Replace($" {lower} ", $" {proper} ", StringComparison.Ordinal).Trim();
    }
}
