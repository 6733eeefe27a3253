using System.Text;

namespace Archive.Indexer.Extraction;

/// <summary>
/// A Word 97–2003 file (an OLE2 compound file whose directory holds a "WordDocument" stream) or an Excel
/// 97–2003 workbook ("Workbook", or "Book" for Excel 5/95). PowerPoint and Outlook files share the container
/// and are refused.
/// </summary>
/// <remarks>
/// Instead of following the FAT chain, the directory entry is looked for where any directory entry
/// can be: 128-byte steps after the header sector. The entry must also say it is a stream with a
/// name of the right length, so that document bytes that happen to spell the name do not count.
/// </remarks>
internal sealed class DocSignature : IContentSignature
{
    private const int EntryLength = 128;
    private static readonly byte[] Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly (byte[] Name, AcceptedFormat Format)[] Streams =
    [
        (Encoding.Unicode.GetBytes("WordDocument\0"), AcceptedFormats.Doc),
        (Encoding.Unicode.GetBytes("Workbook\0"), AcceptedFormats.Xls),
        (Encoding.Unicode.GetBytes("Book\0"), AcceptedFormats.Xls),
    ];

    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (head.Length < 512 || !head.StartsWith(Magic)) return null;
        var sectorShift = BitConverter.ToUInt16(head[0x1E..0x20]);
        if (sectorShift is not (9 or 12)) return null;
        var sectorSize = 1 << sectorShift;

        content.Position = sectorSize;
        var buffer = new byte[EntryLength * 512];
        int read;
        while ((read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
        {
            for (var at = 0; at + EntryLength <= read; at += EntryLength)
            {
                foreach (var (name, format) in Streams)
                    if (IsStreamEntry(buffer.AsSpan(at, EntryLength), name)) return format.Sniffed();
            }
            if (read < buffer.Length) break;
        }
        return null;
    }

    private static bool IsStreamEntry(ReadOnlySpan<byte> entry, byte[] name) =>
        entry.StartsWith(name)
        && BitConverter.ToUInt16(entry[0x40..0x42]) == name.Length
        && entry[0x42] == 2; // object type: stream
}
