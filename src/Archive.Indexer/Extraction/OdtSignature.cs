using System.Text;

namespace Archive.Indexer.Extraction;

/// <summary>
/// An OpenDocument file of one format (text, spreadsheet): a ZIP whose "mimetype" entry names it. Other
/// OpenDocument types (presentations, .odp) are refused.
/// </summary>
internal sealed class OdtSignature(AcceptedFormat format) : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (!ZipDirectory.StartsLikeZip(head)) return null;
        using var zip = ZipDirectory.TryOpen(content);
        if (zip?.GetEntry("mimetype") is not { Length: < 256 } entry) return null;
        try
        {
            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == format.MediaType ? format.Sniffed() : null;
        }
        catch (InvalidDataException)
        {
            return null; // a mimetype entry that cannot be inflated
        }
    }
}
