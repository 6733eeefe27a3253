namespace Archive.Api.Citations;

/// <summary>
/// How a document is named to people, in pages and messages alike: "Quyết định số 7/2025/QĐ-UBND" when it has a
/// number, else its kind and title ("Luật Đất đai", "Hương ước thôn Bản Chắt").
/// </summary>
public static class DocumentNames
{
    public static string Of(string? kind, string? number, string? title)
    {
        if (!string.IsNullOrWhiteSpace(number)) return $"{(string.IsNullOrWhiteSpace(kind) ? "Văn bản" : kind)} số {number}";
        if (string.IsNullOrWhiteSpace(title)) return kind ?? "Văn bản";
        // A law archived as kind "Luật", title "Đất đai" is "Luật Đất đai"; one titled "Luật Đất đai" stays so.
        return string.IsNullOrWhiteSpace(kind) || title.StartsWith(kind, StringComparison.OrdinalIgnoreCase) ? title : $"{kind} {title}";
    }

    public static string Of(DocumentLink document) => Of(document.Kind, document.Number, document.Title);
}
