using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Reads the signature block at the end of a document: capacity ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"),
/// title ("PHÓ CHỦ TỊCH") and the name. In PDF text the block shares lines with the "Nơi nhận:" list on
/// the left ("- Như trên; PHÓ CHỦ TỊCH"), so only the capitals that close a line are read as the title.
/// </summary>
internal static partial class SignatureBlock
{
    private const int LinesWithoutRecipients = 30;
    private const int LinesBeforeRecipients = 12;
    private const int LinesAfterRecipients = 40;
    private const int NameDistance = 8;

    [GeneratedRegex(@"(?<![\p{L}])(?<cap>KT|TM|TL|TUQ|K/T|T/M|T/L)(?:\s?\.\s*|\s+)(?<what>[^\p{Ll}]*\p{Lu}[^\p{Ll}]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Capacity();

    private static readonly string[] TitleWords =
    [
        "CHỦ TỊCH", "BÍ THƯ", "GIÁM ĐỐC", "TRƯỞNG", "CHÁNH", "PHÓ", "THƯ KÝ", "CHỦ TRÌ", "CHỦ TỌA", "ỦY VIÊN",
        "KẾ TOÁN", "CHỦ NHIỆM", "CHỈ HUY", "ĐẠI DIỆN", "NGƯỜI", "CÁN BỘ", "THỦ QUỸ",
    ];

    public static SignerInfo? Read(string[] lines)
    {
        var (from, to) = Window(lines);
        for (var anchor = to - 1; anchor >= from; anchor--)
        {
            var capacity = Capacity().Match(lines[anchor]);
            var title = capacity.Success ? null : TrailingTitle(lines[anchor]);
            if (!capacity.Success && title is null) continue;
            if (NameAfter(lines, anchor, to) is not { } name) continue;
            if (capacity.Success) return new SignerInfo(name, null, CapacityOf(capacity));
            return new SignerInfo(name, title, CapacityAbove(lines, anchor, from));
        }
        return null;
    }

    private static (int From, int To) Window(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (MetadataText.Fold(lines[i]).Contains("noi nhan", StringComparison.Ordinal))
                return (Math.Max(0, i - LinesBeforeRecipients), Math.Min(lines.Length, i + LinesAfterRecipients));
        }
        var from = lines.Length;
        for (var seen = 0; from > 0 && seen < LinesWithoutRecipients; from--)
        {
            if (lines[from - 1].Length > 0) seen++;
        }
        return (from, lines.Length);
    }

    private static string? CapacityAbove(string[] lines, int anchor, int from)
    {
        for (int i = anchor - 1, seen = 0; i >= from && seen < 2; i--)
        {
            if (lines[i].Length == 0) continue;
            seen++;
            if (Capacity().Match(lines[i]) is { Success: true } m) return CapacityOf(m);
        }
        return null;
    }

    // Party documents write "T/M", "K/T": one spelling, "TM.", for all.
    private static string CapacityOf(Match match) => match.Groups["cap"].Value.Replace("/", "", StringComparison.Ordinal) + ".";

    private static string? NameAfter(string[] lines, int anchor, int to)
    {
        for (int i = anchor + 1, seen = 0; i < to && seen < NameDistance; i++)
        {
            if (lines[i].Length == 0) continue;
            seen++;
            if (PersonName.Trailing(lines[i]) is { } name) return name;
            if (TrailingTitle(lines[i]) is not null || Capacity().IsMatch(lines[i])) return null; // another block begins
        }
        return null;
    }

    /// <summary>The capitals closing a line, when they hold a title word: "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG".</summary>
    private static string? TrailingTitle(string line)
    {
        var words = line.Split(' ');
        var count = 0;
        while (count < words.Length && IsCapitalWord(words[^(count + 1)])) count++;
        if (count < 2) return null;
        var title = string.Join(' ', words[^count..]);
        var padded = " " + title + " ";
        return TitleWords.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal)) ? title : null;
    }

    private static bool IsCapitalWord(string word) =>
        word.Length > 0 && word.All(c => char.IsLetter(c) && char.IsUpper(c));
}
