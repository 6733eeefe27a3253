using System.IO.Compression;

namespace Archive.Indexer.Extraction;

/// <summary>
/// A ZIP whose central directory lists the main part of an Open XML format (word/document.xml for DOCX,
/// xl/workbook.xml for XLSX); any other ZIP is not that format.
/// </summary>
internal sealed class OpenXmlSignature(string mainPart, AcceptedFormat format) : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (!head.StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(mainPart) is null ? null : format.Sniffed();
        }
        catch (InvalidDataException)
        {
            return null; // a broken ZIP cannot be opened as an Open XML file either
        }
    }
}
