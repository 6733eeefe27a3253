using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Extraction;

namespace Archive.Indexer.Tests.Extraction;

public class PdfTextExtractorTests
{
    private static ExtractedText Extract(string name)
    {
        using var file = Fixture.Open(name);
        return new PdfTextExtractor().ExtractAsync(file).GetAwaiter().GetResult();
    }

    private static string[] Lines(string text) => text.Split('\n');

    // Line breaks in a PDF are layout, not content: phrases are looked up with lines joined by spaces.
    private static string Flowed(string text) => Regex.Replace(text, @"\s+", " ");

    [Theory]
    [InlineData("ke-hoach-dejavu-serif.pdf")]
    [InlineData("ke-hoach-liberation-serif.pdf")]
    public void Vietnamese_words_come_out_whole_with_single_spaces_between_them(string name)
    {
        var text = Flowed(Extract(name).Text);

        Assert.Contains("Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025", text);
        Assert.Contains("Nghị quyết số 08/2024/NQ-HĐND ngày 23/7/2024 của Hội đồng nhân dân tỉnh", text);
        Assert.Contains("phòng ngừa, ngăn chặn và chống các hành vi tham nhũng, lãng phí, quan liêu", text);
        Assert.Contains("đặt dưới sự lãnh đạo của cấp uỷ, chính quyền", text);
        Assert.Contains("Trung ương", text);
        Assert.DoesNotContain("  ", text);
    }

    [Theory]
    [InlineData("ke-hoach-dejavu-serif.pdf")]
    [InlineData("ke-hoach-liberation-serif.pdf")]
    public void Each_column_of_the_official_header_keeps_its_lines_whole_and_in_order(string name)
    {
        var lines = Lines(Extract(name).Pages[0]);

        int LineOf(string expected)
        {
            var index = Array.IndexOf(lines, expected);
            Assert.True(index >= 0, $"No line reads exactly \"{expected}\" in:\n{string.Join('\n', lines.Take(12))}");
            return index;
        }

        var left = new[] { "ỦY BAN NHÂN DÂN", "HUYỆN ĐÌNH LẬP", "Số: 32/KH-UBND" }.Select(LineOf).ToList();
        var right = new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đình Lập, ngày 20 tháng 02 năm 2025",
        }.Select(LineOf).ToList();
        Assert.Equal(left.Order(), left);
        Assert.Equal(right.Order(), right);
        Assert.True(LineOf("KẾ HOẠCH") > Math.Max(left.Max(), right.Max()), "The document kind follows the header.");
    }

    [Fact]
    public void Every_page_is_kept_apart_and_counted()
    {
        var result = Extract("ke-hoach-dejavu-serif.pdf");

        Assert.Equal(TextStatus.Ok, result.Status);
        Assert.Equal(2, result.PageCount);
        Assert.Equal(2, result.Pages.Count);
        Assert.Contains("Số: 32/KH-UBND", result.Pages[0]);
        Assert.StartsWith("I. MỤC ĐÍCH, YÊU CẦU", result.Pages[1]);
        Assert.Equal(string.Join('\f', result.Pages), result.Text);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Paragraphs_are_separated_by_a_blank_line_and_lines_by_a_line_break()
    {
        var page = Extract("ke-hoach-liberation-serif.pdf").Pages[1];

        Assert.Contains("1. Mục đích\nQuán triệt, triển khai", page);
        Assert.Contains("cho Nhân dân.\n\n2. Yêu cầu", page);
    }

    [Fact]
    public void The_text_is_in_composed_unicode()
    {
        var text = Extract("ke-hoach-liberation-serif.pdf").Text;

        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Hạnh phúc", text);
    }

    [Fact]
    public void A_scan_without_a_text_layer_is_empty_and_says_why()
    {
        var result = Extract("scanned-no-text.pdf");

        Assert.Equal(TextStatus.Empty, result.Status);
        Assert.Equal(1, result.PageCount);
        Assert.Equal("Tệp PDF không có lớp văn bản (có thể là bản quét).", result.Error);
    }

    [Fact]
    public async Task A_pdf_whose_pages_hold_neither_text_nor_pictures_is_empty_and_says_its_pages_are_blank_not_a_scan()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(100, 100), 200, 200);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        using var file = new MemoryStream(builder.Build());

        var result = await new PdfTextExtractor().ExtractAsync(file);

        Assert.Equal(TextStatus.Empty, result.Status);
        Assert.Equal(2, result.PageCount);
        Assert.Equal("Các trang của tệp PDF đều trống: không có chữ, cũng không có hình ảnh để nhận dạng.", result.Error);
    }

    [Fact]
    public void A_password_protected_pdf_fails_with_the_reason()
    {
        var result = Extract("encrypted.pdf");

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.Equal("Tệp PDF được mã hóa, không trích xuất được văn bản.", result.Error);
        Assert.Equal("", result.Text);
    }

    [Theory]
    [InlineData("corrupt.pdf")]
    [InlineData("truncated.pdf")]
    public void A_damaged_pdf_fails_as_corrupt(string name)
    {
        var result = Extract(name);

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.StartsWith("Tệp bị hỏng:", result.Error);
    }
}
