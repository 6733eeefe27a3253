using System.Globalization;
using System.Text;
using Archive.Api.Documents;

namespace Archive.Api.Publishing;

/// <summary>
/// The published documents and their readable, stable addresses: by number ("59/2023/NĐ-CP" →
/// <c>59-2023-nd-cp</c>), by id when there is no number; a number shared by several published
/// documents goes to the first published, the others get the id appended.
/// </summary>
public sealed class PublishedDocuments(DocumentCatalog catalog)
{
    /// <summary>Published documents, latest published first, with their slugs.</summary>
    public IReadOnlyList<(string Slug, DocumentRecord Record)> All()
    {
        var published = catalog.All.Where(IsPublished)
            .OrderBy(r => r.PublishedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var slugged = new List<(string, DocumentRecord)>(published.Count);
        foreach (var record in published)
        {
            var slug = NumberSlug(record.Number) ?? record.Id;
            if (!taken.Add(slug)) taken.Add(slug = $"{slug}-{record.Id}");
            slugged.Add((slug, record));
        }
        slugged.Reverse();
        return slugged;
    }

    public DocumentRecord? Find(string slug) => All().FirstOrDefault(p => p.Slug == slug).Record;

    public string? SlugOf(string id) => All().FirstOrDefault(p => p.Record.Id == id).Slug;

    public static bool IsPublished(DocumentRecord record) => record.Visibility == Visibilities.Published;

    /// <summary>Lowercase ASCII letters and digits joined by '-', diacritics and đ folded.</summary>
    public static string? NumberSlug(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var slug = new StringBuilder();
        foreach (var c in number.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c is 'đ' or 'Đ' or 'Ð' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(folded)) slug.Append(folded);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? null : text;
    }
}
