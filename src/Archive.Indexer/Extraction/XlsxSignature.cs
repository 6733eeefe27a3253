using System.IO.Compression;

namespace Archive.Indexer.Extraction;

/// <summary>A ZIP whose central directory lists xl/workbook.xml: an Excel workbook (.xlsx); any other ZIP is not.</summary>
internal sealed class XlsxSignature : IContentSignature
{
    private const string WorkbookEntry = "xl/workbook.xml";

    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (!head.StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(WorkbookEntry) is null ? null : AcceptedFormats.Xlsx.Sniffed();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
