using System.IO.Compression;
using System.Text;

namespace Archive.Indexer.Extraction;

/// <summary>
/// An OpenDocument text: a ZIP whose "mimetype" entry says so. Spreadsheets and presentations (.ods, .odp)
/// carry other types and are refused.
/// </summary>
internal sealed class OdtSignature : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (!head.StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is not { Length: < 256 } entry) return null;
            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == ContentTypes.Odt ? AcceptedFormats.Odt.Sniffed() : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
