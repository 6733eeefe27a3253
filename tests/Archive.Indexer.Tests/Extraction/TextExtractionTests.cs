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

    [Fact]
    public async Task A_text_past_the_budget_fails_whichever_extractor_read_it()
    {
        var extraction = new TextExtraction([new RepeatingExtractor("Nghị quyết của Hội đồng nhân dân huyện Đình Lập. ", TextBudget.MaxCharacters + 1)]);

        var result = await extraction.ExtractAsync(new MemoryStream(), "application/x-new-format");

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.StartsWith($"Văn bản dài quá giới hạn {TextBudget.MaxCharacters:N0} ký tự", result.Error);
    }

    [Fact]
    public async Task A_text_within_the_budget_is_kept_whole()
    {
        var extraction = new TextExtraction([new RepeatingExtractor("Nghị quyết của Hội đồng nhân dân huyện Đình Lập. ", 100_000)]);

        var result = await extraction.ExtractAsync(new MemoryStream(), "application/x-new-format");

        Assert.Equal(TextStatus.Ok, result.Status);
        Assert.InRange(result.Text.Length, 100_000 - 1, 100_000); // a trailing space may be trimmed
    }

    /// <summary>A format of its own, as a future extractor would read it, whose text is <paramref name="sentence"/> up to <paramref name="length"/> characters.</summary>
    private sealed class RepeatingExtractor(string sentence, long length) : ITextExtractor
    {
        public bool CanExtract(string contentType) => contentType == "application/x-new-format";

        public Task<ExtractedText> ExtractAsync(Stream content, CancellationToken cancellation = default)
        {
            var text = new StringBuilder();
            while (text.Length < length) text.Append(sentence);
            text.Length = (int)length;
            return Task.FromResult(ExtractedText.FromPages([text.ToString()], null, "trống"));
        }
    }
}
