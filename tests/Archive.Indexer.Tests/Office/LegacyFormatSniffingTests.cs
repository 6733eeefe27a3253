using System.IO.Compression;
using System.Text;
using Archive.Indexer.Extraction;
using Archive.Indexer.Tests.Extraction;

namespace Archive.Indexer.Tests.Office;

public class LegacyFormatSniffingTests
{
    [Theory]
    [InlineData("bien-ban-hop-thon.doc", ContentTypes.Doc, ".doc")]
    [InlineData("bien-ban-hop-thon.rtf", ContentTypes.Rtf, ".rtf")]
    [InlineData("bien-ban-hop-thon.odt", ContentTypes.Odt, ".odt")]
    [InlineData("scanned-page.png", ContentTypes.Png, ".png")]
    public void A_file_made_by_its_own_program_is_recognized(string name, string contentType, string extension)
    {
        using var file = Fixture.Open(name);

        Assert.Equal(new SniffedContent(contentType, extension), ContentSniffer.Sniff(file));
    }

    [Fact]
    public void A_jpeg_is_recognized_by_its_start_of_image_marker()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0];

        Assert.Equal(new SniffedContent(ContentTypes.Jpeg, ".jpg"), ContentSniffer.Sniff(new MemoryStream(jpeg)));
    }

    [Theory]
    [InlineData("II*\0")]
    [InlineData("MM\0*")]
    public void A_tiff_in_either_byte_order_is_recognized(string magic)
    {
        byte[] tiff = [.. Encoding.ASCII.GetBytes(magic), 8, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(ContentTypes.Tiff, ContentSniffer.Sniff(new MemoryStream(tiff))?.ContentType);
    }

    [Fact]
    public void A_compound_file_with_neither_a_word_nor_a_workbook_stream_is_refused()
    {
        var doc = File.ReadAllBytes(Fixture.PathOf("bien-ban-hop-thon.doc"));
        var name = Encoding.Unicode.GetBytes("WordDocument");
        var at = doc.AsSpan().IndexOf(name);
        Assert.True(at > 0, "the fixture should name its WordDocument stream");
        Encoding.Unicode.GetBytes("Contents\0\0\0\0").CopyTo(doc, at);

        Assert.Null(ContentSniffer.Sniff(new MemoryStream(doc)));
    }

    [Fact]
    public void An_opendocument_spreadsheet_is_accepted_as_such_and_a_presentation_refused()
    {
        Assert.Equal(ContentTypes.Ods, ContentSniffer.Sniff(OpenDocument("application/vnd.oasis.opendocument.spreadsheet"))?.ContentType);
        Assert.Null(ContentSniffer.Sniff(OpenDocument("application/vnd.oasis.opendocument.presentation")));
    }

    private static MemoryStream OpenDocument(string mediaType)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = new StreamWriter(zip.CreateEntry("mimetype").Open())) mimetype.Write(mediaType);
            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write("<office:document-content>Dự toán ngân sách xã năm 2025</office:document-content>");
        }

        return new MemoryStream(buffer.ToArray());
    }

    [Fact]
    public void Rtf_is_not_taken_for_plain_text()
    {
        var rtf = Encoding.ASCII.GetBytes(@"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}\f0 Bi\u234?n b\u7843?n h\u7885?p th\u244?n\par}");

        Assert.Equal(ContentTypes.Rtf, ContentSniffer.Sniff(new MemoryStream(rtf))?.ContentType);
    }
}
