using System.IO.Compression;
using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Indexer.Tests.Extraction;

public class ContentSnifferTests
{
    private static SniffedContent? Sniff(byte[] bytes) => ContentSniffer.Sniff(new MemoryStream(bytes));

    [Theory]
    [InlineData("ke-hoach-dejavu-serif.pdf")]
    [InlineData("ke-hoach-liberation-serif.pdf")]
    [InlineData("scanned-no-text.pdf")]
    [InlineData("encrypted.pdf")]
    public void A_pdf_is_recognized_by_its_header(string name)
    {
        using var file = Fixture.Open(name);

        Assert.Equal(new SniffedContent(ContentTypes.Pdf, ".pdf"), ContentSniffer.Sniff(file));
    }

    [Fact]
    public void A_pdf_header_after_some_junk_within_the_first_kilobyte_is_still_a_pdf()
    {
        var pdf = File.ReadAllBytes(Fixture.PathOf("ke-hoach-dejavu-serif.pdf"));
        var junk = new byte[700];
        new Random(7).NextBytes(junk);

        Assert.Equal(ContentTypes.Pdf, Sniff([.. junk, .. pdf])?.ContentType);
    }

    [Fact]
    public void A_word_file_made_by_libreoffice_is_a_docx()
    {
        using var file = Fixture.Open("ke-hoach-libreoffice.docx");

        Assert.Equal(new SniffedContent(ContentTypes.Docx, ".docx"), ContentSniffer.Sniff(file));
    }

    [Fact]
    public void A_word_file_written_by_the_openxml_sdk_is_a_docx()
    {
        Assert.Equal(ContentTypes.Docx, Sniff(WordFile.Create())?.ContentType);
    }

    [Fact]
    public void A_zip_without_a_word_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("word/ghi-chu.txt").Open());
            entry.Write("Danh sách hộ nghèo thôn Bản Chắt năm 2025");
        }

        Assert.Null(Sniff(buffer.ToArray()));
    }


    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_bytes_are_refused(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        Assert.Null(Sniff(bytes));
    }

    [Fact]
    public void An_executable_renamed_to_txt_is_refused()
    {
        var bytes = new byte[2048];
        new Random(11).NextBytes(bytes);
        "MZ"u8.CopyTo(bytes);

        Assert.Null(Sniff(bytes));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Null(Sniff([]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_text_with_or_without_bom_is_plain_text_in_utf8(bool withBom)
    {
        var text = new UTF8Encoding(withBom).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("Thông báo lịch tiếp công dân của Chủ tịch UBND xã.\n"))
            .ToArray();

        Assert.Equal(new SniffedContent("text/plain; charset=utf-8", ".txt"), Sniff(text));
    }

    [Theory]
    [InlineData("bien-ban-windows-1258.txt", "windows-1258")]
    [InlineData("bien-ban-utf16le.txt", "utf-16le")]
    [InlineData("bien-ban-utf16be.txt", "utf-16be")]
    public void Legacy_and_utf16_text_is_plain_text_with_its_charset(string name, string charset)
    {
        using var file = Fixture.Open(name);

        Assert.Equal($"text/plain; charset={charset}", ContentSniffer.Sniff(file)?.ContentType);
    }

    [Fact]
    public void Utf8_text_whose_head_ends_inside_a_character_is_still_utf8()
    {
        // "ệ" is three bytes in UTF-8: after two ASCII bytes, the 65 536-byte head ends two bytes into an "ệ".
        var text = "xx" + string.Concat(Enumerable.Repeat("ệ", ContentSniffer.HeadLength));

        Assert.Equal("text/plain; charset=utf-8", Sniff(Encoding.UTF8.GetBytes(text))?.ContentType);
    }

    [Fact]
    public void Sniffing_puts_the_stream_back_where_it_was()
    {
        using var file = Fixture.Open("ke-hoach-libreoffice.docx");
        file.Position = 123;

        ContentSniffer.Sniff(file);

        Assert.Equal(123, file.Position);
    }
}
