using System.IO.Compression;

namespace Archive.Indexer.Extraction;

/// <summary>A ZIP whose central directory lists word/document.xml; any other ZIP is not a Word file.</summary>
internal sealed class DocxSignature : IContentSignature
{
    private const string MainDocumentEntry = "word/document.xml";

    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (!head.StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(MainDocumentEntry) is null
                ? null
                : AcceptedFormats.Docx.Sniffed();
        }
        catch (InvalidDataException)
        {
            return null; // a broken ZIP cannot be opened as DOCX either
        }
    }
}
