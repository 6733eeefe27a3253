using System.Text;
using Archive.Indexer.Analysis;

namespace Archive.Indexer.Structure;

/// <summary>
/// The one place that names document-page fragments: "dieu-15", "dieu-15-khoan-1", "dieu-15-khoan-1-diem-a",
/// "chuong-ii", "muc-ii-1" (plan items), "phu-luc-1". A citation's locators and a search passage's label give
/// the same names as the parser, so links land where the page put the id.
/// </summary>
public static class StructureAnchors
{
    public static string Article(string number) => "dieu-" + Slug(number);

    public static string Clause(string article, string clause) => $"{Article(article)}-khoan-{Slug(clause)}";

    public static string Point(string article, string clause, string point) => $"{Clause(article, clause)}-diem-{Slug(point)}";

    /// <summary>The most precise anchor a citation's locators name, or null when it names no article.</summary>
    public static string? ForLocators(string? article, string? clause, string? point)
    {
        if (string.IsNullOrWhiteSpace(article)) return null;
        if (string.IsNullOrWhiteSpace(clause)) return Article(article);
        // A sub-point ("c.4", "2.1") has no anchor of its own: the clause holds it.
        return string.IsNullOrWhiteSpace(point) || point.Contains('.') ? Clause(article, clause) : Point(article, clause, point);
    }

    /// <summary>The anchor of a search passage's label: "Điều 5" → "dieu-5", "II.1" → "muc-ii-1"; null for "Đoạn 3" or the opening.</summary>
    public static string? ForPassageLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        if (label.StartsWith("Điều ", StringComparison.Ordinal)) return Article(label[5..].Trim());
        var first = label[0];
        return char.IsAsciiDigit(first) || "IVXL".Contains(first) ? "muc-" + Slug(label) : null;
    }

    /// <summary>ASCII, lower case, words joined by '-': "12a" → "12a", "II.1" → "ii-1", "đ" → "dd" (so đ and d stay apart).</summary>
    public static string Slug(string text)
    {
        var folded = VietnameseFolding.Fold(text.Replace("đ", "dd").Replace("Đ", "dd").ToLowerInvariant());
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
