using Archive.Api.Documents;

namespace Archive.Api.Publishing;

/// <summary>
/// The published documents and their public addresses, as the public site asks for them: each lookup is one entry of
/// the <see cref="PublicAddressBook"/>, never a walk through the archive.
/// </summary>
public sealed class PublishedDocuments(PublicAddressBook addresses)
{
    /// <summary>Published documents, latest published first, with their addresses.</summary>
    public IReadOnlyList<(string Slug, DocumentRecord Record)> All() => addresses.Published();

    public DocumentRecord? Find(string slug) => addresses.Published(slug);

    public string? SlugOf(string id) => addresses.AddressOf(id);

    /// <summary>A published document with its address; null when it is not published.</summary>
    public (string Slug, DocumentRecord Record)? Of(string id) => addresses.Entry(id);

    /// <summary>The current address of the published document that had <paramref name="slug"/> before its number was corrected.</summary>
    public string? MovedTo(string slug) => addresses.MovedTo(slug);

    public static bool IsPublished(DocumentRecord record) => record.Visibility == Visibilities.Published;
}
