using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Archive.Indexer.Tests.Extraction;

/// <summary>
/// Small files that inflate to a great deal: a Word file and an OpenDocument text whose one part is a single
/// run of text of the given size, and the same with a ZIP directory that lies about that size. Built by the
/// test (shared with the API tests as a linked file).
/// </summary>
public static class ZipBombs
{
    public const string DocumentPart = "word/document.xml";

    /// <summary>A .docx whose document.xml inflates to about <paramref name="inflatedBytes"/>.</summary>
    public static byte[] Docx(long inflatedBytes) =>
        Zip(DocxPackage, DocumentPart, DocumentHead + "<w:p><w:r><w:t>", "</w:t></w:r></w:p>" + DocumentTail, inflatedBytes);

    /// <summary>A .docx whose body is <paramref name="bodyXml"/> (w:p elements).</summary>
    public static byte[] DocxWithBody(string bodyXml) => Zip(DocxPackage, DocumentPart, DocumentHead + bodyXml + DocumentTail, "", 0);

    /// <summary>An .odt whose content.xml inflates to about <paramref name="inflatedBytes"/>.</summary>
    public static byte[] Odt(long inflatedBytes) => Zip(
    [
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""),
    ], "content.xml",
        """<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>""",
        "</text:p></office:text></office:body></office:document-content>", inflatedBytes);

    private const string DocumentHead = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private const string DocumentTail = "</w:body></w:document>";

    private static readonly (string, string)[] DocxPackage =
    [
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
    ];

    /// <summary>
    /// <paramref name="zip"/> with the inflated size of <paramref name="entry"/> rewritten to <paramref name="claimed"/>
    /// bytes, in the local header and the central directory alike: the directory no longer warns of the bomb.
    /// </summary>
    public static byte[] Understating(byte[] zip, string entry, uint claimed = 4096)
    {
        var bytes = (byte[])zip.Clone();
        var end = bytes.AsSpan().LastIndexOf("PK\x05\x06"u8);
        var records = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        for (var i = 0; i < records; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 32));
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 42));
            if (Encoding.UTF8.GetString(bytes, at + 46, nameLength) == entry)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), claimed);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), claimed);
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return bytes;
    }

    private static byte[] Zip((string Name, string Text)[] small, string bigName, string head, string tail, long inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in small)
            {
                // OpenDocument wants its mimetype first and stored as it is.
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
            using var big = zip.CreateEntry(bigName, CompressionLevel.SmallestSize).Open();
            big.Write(Encoding.UTF8.GetBytes(head));
            var run = new byte[1024 * 1024];
            Array.Fill(run, (byte)'a');
            for (long written = 0; written < inflatedBytes; written += run.Length)
                big.Write(run, 0, (int)Math.Min(run.Length, inflatedBytes - written));
            big.Write(Encoding.UTF8.GetBytes(tail));
        }
        return buffer.ToArray();
    }
}
