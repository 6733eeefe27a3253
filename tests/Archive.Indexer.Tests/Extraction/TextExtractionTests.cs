using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Indexer.Tests.Extraction;

public class TextExtractionTests
{
    private readonly TextExtraction _extraction = new();

    [Theory]
    [InlineData("ke-hoach-liberation-serif.pdf")]
    [InlineData("ke-hoach-libreoffice.docx")]
    [InlineData("bien-ban-windows-1258.txt")]
    public async Task The_sniffed_content_type_picks_the_extractor_that_reads_the_file(string name)
    {
        using var file = Fixture.Open(name);
        var sniffed = ContentSniffer.Sniff(file)!;

        var result = await _extraction.ExtractAsync(file, sniffed.ContentType);

        Assert.Equal(TextStatus.Ok, result.Status);
        Assert.Contains("Đình Lập", result.Text);
    }

    [Fact]
    public async Task Content_type_parameters_and_case_do_not_matter()
    {
        var bytes = Encoding.UTF8.GetBytes("Giấy mời họp Ban Thanh tra nhân dân");

        var result = await _extraction.ExtractAsync(new MemoryStream(bytes), "Text/Plain; charset=UTF-8");

        Assert.Equal("Giấy mời họp Ban Thanh tra nhân dân", result.Text);
    }

    [Fact]
    public async Task An_unsupported_content_type_fails_with_a_reason_naming_it()
    {
        var result = await _extraction.ExtractAsync(Fixture.Open("scanned-page.png"), "image/png");

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.Contains("image/png", result.Error);
    }

    [Theory]
    [InlineData(ContentTypes.Pdf)]
    [InlineData(ContentTypes.Docx)]
    [InlineData(ContentTypes.PlainText)]
    public async Task Random_bytes_under_any_content_type_fail_without_throwing(string contentType)
    {
        var bytes = new byte[8192];
        new Random(contentType.Length).NextBytes(bytes);

        var result = await _extraction.ExtractAsync(new MemoryStream(bytes), contentType);

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
