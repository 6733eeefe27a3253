using System.Text.RegularExpressions;
using Archive.Indexer.Analysis;
using Archive.Indexer.Legal;

namespace Archive.Api.Web;

/// <summary>
/// What to try when a search finds nothing, said to people: the words without diacritics, a number written out
/// ("nd59" → "nghị định 59"), fewer words, fewer filters. Each comes with the search it means.
/// </summary>
public static partial class SearchSuggestions
{
    /// <param name="search">The address of a search for other words (the caller keeps its filters or not).</param>
    public static IReadOnlyList<SearchSuggestion> For(string? query, Func<string, string> search)
    {
        var suggestions = new List<SearchSuggestion>();
        var text = query?.Trim() ?? "";
        if (text.Length == 0) return suggestions;

        foreach (Match compact in CompactNumber().Matches(text))
        {
            if (DocumentKinds.KindName(compact.Groups["kind"].Value) is not { } kind) continue;
            var spelled = $"{kind.ToLowerInvariant()} {compact.Groups["number"].Value}";
            suggestions.Add(new($"Viết rõ loại và số: “{spelled}”, hoặc số hiệu đầy đủ như 59/2023/NĐ-CP.", search(spelled)));
        }
        var folded = VietnameseFolding.Fold(VietnameseNormalizer.Normalize(text).ToLowerInvariant());
        if (folded != text.ToLowerInvariant())
            suggestions.Add(new($"Tìm không dấu: “{folded}” (bỏ qua dấu gõ sai).", search(folded)));
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2)
        {
            var fewer = string.Join(' ', words[..^1]);
            suggestions.Add(new($"Dùng ít từ hơn: “{fewer}”.", search(fewer)));
        }
        return suggestions;
    }

    // "nd59", "NĐ 59", "qd12": a kind abbreviation glued to a number, as people type in a hurry.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<kind>\p{L}{1,5})\s?(?<number>\d{1,5})(?![\p{L}\d/])")]
    private static partial Regex CompactNumber();
}

/// <summary>One thing to try, and the address of the search that tries it.</summary>
public sealed record SearchSuggestion(string Text, string Url);
