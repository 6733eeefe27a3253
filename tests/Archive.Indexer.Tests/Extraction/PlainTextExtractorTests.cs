using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Indexer.Tests.Extraction;

public class PlainTextExtractorTests
{
    private const string Minutes =
        "BIÊN BẢN\n" +
        "Họp thôn Bản Chắt, xã Đình Lập\n" +
        "Thời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025\n" +
        "Nội dung: sửa đổi hương ước của thôn theo Nghị định số 59/2023/NĐ-CP.\n" +
        "Biểu quyết: tán thành 25/25.";

    private static ExtractedText Extract(byte[] bytes) => new PlainTextExtractor().Extract(new MemoryStream(bytes));

    [Theory]
    [InlineData("bien-ban-windows-1258.txt")]
    [InlineData("bien-ban-utf16le.txt")]
    [InlineData("bien-ban-utf16be.txt")]
    public void Legacy_and_utf16_files_decode_to_the_same_composed_text(string name)
    {
        using var file = Fixture.Open(name);

        var result = new PlainTextExtractor().Extract(file);

        Assert.Equal(TextStatus.Ok, result.Status);
        Assert.Equal(Minutes, result.Text);
    }

    [Fact]
    public void The_windows_1258_fixture_really_uses_combining_tone_marks()
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("bien-ban-windows-1258.txt"));

        // 0xF2 is the combining dot below in Windows-1258: "Họp" is stored as "Ho" + dot below + "p".
        Assert.Contains((byte)0xF2, bytes);
    }

    [Fact]
    public void Utf8_with_a_bom_and_windows_line_ends_becomes_clean_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minutes.Replace("\n", "\r\n"))).ToArray();

        Assert.Equal(Minutes, Extract(bytes).Text);
    }

    [Fact]
    public void Decomposed_utf8_is_composed()
    {
        var decomposed = Minutes.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Minutes, decomposed);

        Assert.Equal(Minutes, Extract(Encoding.UTF8.GetBytes(decomposed)).Text);
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty()
    {
        var result = Extract("\r\n \n\t\n"u8.ToArray());

        Assert.Equal(TextStatus.Empty, result.Status);
        Assert.Equal("Tệp văn bản trống.", result.Error);
    }

    [Fact]
    public void Binary_bytes_labelled_as_text_fail_instead_of_becoming_garbage()
    {
        var bytes = new byte[512];
        new Random(5).NextBytes(bytes);

        var result = Extract(bytes);

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.StartsWith("Tệp bị hỏng:", result.Error);
    }

    [Fact]
    public void A_text_past_the_budget_fails_with_the_limit_in_its_reason()
    {
        // One line, as the hostile upload was: the minutes' words again and again, past 20 million characters.
        var line = string.Concat(Enumerable.Repeat(Minutes.Replace('\n', ' ') + " ", (int)(TextBudget.MaxCharacters / Minutes.Length) + 1));
        Assert.True(line.Length > TextBudget.MaxCharacters);

        var result = Extract(Encoding.UTF8.GetBytes(line));

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.Empty(result.Text);
        Assert.StartsWith($"Văn bản dài quá giới hạn {TextBudget.MaxCharacters:N0} ký tự", result.Error);
    }
}
