using Archive.Api.Documents;

namespace Archive.Api.Publishing;

/// <summary>
/// The published documents and their public addresses (<see cref="PublicAddresses"/>). Documents published
/// before addresses were kept in the record get the address their number gives, the first published first;
/// a later one with the same number gets the id appended.
/// </summary>
public sealed class PublishedDocuments(DocumentCatalog catalog)
{
    /// <summary>Published documents, latest published first, with their addresses.</summary>
    public IReadOnlyList<(string Slug, DocumentRecord Record)> All()
    {
        var published = catalog.All.Where(IsPublished)
            .OrderBy(r => r.PublishedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(catalog.All.SelectMany(r => r.FormerAddresses.Append(r.PublicAddress)).OfType<string>(), StringComparer.Ordinal);
        var slugged = new List<(string, DocumentRecord)>(published.Count);
        foreach (var record in published)
        {
            var slug = record.PublicAddress;
            if (slug is null)
            {
                slug = PublicAddresses.FromNumber(record.Number) ?? record.Id;
                if (!taken.Add(slug)) taken.Add(slug = $"{slug}-{record.Id}");
            }
            slugged.Add((slug, record));
        }
        slugged.Reverse();
        return slugged;
    }

    public DocumentRecord? Find(string slug) => All().FirstOrDefault(p => p.Slug == slug).Record;

    public string? SlugOf(string id) => All().FirstOrDefault(p => p.Record.Id == id).Slug;

    /// <summary>The current address of the published document that had <paramref name="slug"/> before its number was corrected.</summary>
    public string? MovedTo(string slug)
    {
        var moved = catalog.All.FirstOrDefault(r => IsPublished(r) && r.FormerAddresses.Contains(slug, StringComparer.Ordinal));
        return moved is null ? null : SlugOf(moved.Id);
    }

    public static bool IsPublished(DocumentRecord record) => record.Visibility == Visibilities.Published;
}
