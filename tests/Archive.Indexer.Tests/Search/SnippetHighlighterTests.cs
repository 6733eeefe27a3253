using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>Snippets of long texts, where only the part around the best matches is analyzed.</summary>
public sealed class SnippetHighlighterTests
{
    private static readonly string Filler = string.Concat(Enumerable.Range(1, 40).Select(i =>
        $"Khoản {i}. Ủy ban nhân dân cấp xã lập danh sách hộ gia đình thuộc diện rà soát lần thứ {i} và niêm yết công khai. "));

    [Fact]
    public void The_snippet_of_a_long_text_is_taken_where_the_typed_words_are_even_near_its_end()
    {
        var text = "Điều 1. Phạm vi điều chỉnh. " + Filler + "Người lao động nữ được hưởng chế độ thai sản khi sinh con. " + Filler;

        var snippet = new SnippetHighlighter("che do thai san").Snippet(text);

        Assert.Contains("<mark>thai</mark> <mark>sản</mark>", snippet);
        Assert.Contains("<mark>chế</mark> <mark>độ</mark>", snippet);
        Assert.DoesNotContain("Phạm vi", snippet);
    }

    [Fact]
    public void The_snippet_of_a_long_text_shows_the_place_holding_the_most_typed_words_rather_than_the_first_one()
    {
        var text = "Hồ sơ gồm tờ khai. " + Filler + "Hồ sơ đăng ký kết hôn nộp tại Ủy ban nhân dân cấp xã nơi cư trú. " + Filler;

        var snippet = new SnippetHighlighter("hồ sơ đăng ký kết hôn").Snippet(text);

        Assert.Contains("<mark>đăng</mark> <mark>ký</mark> <mark>kết</mark> <mark>hôn</mark>", snippet);
    }

    [Fact]
    public void A_typed_word_longer_than_a_snippet_as_the_texts_last_match_is_shown_not_a_failure()
    {
        // A PDF text layer that lost its spaces gives runs of letters longer than a snippet; anyone can copy one from a
        // public page into the search box.
        var run = string.Concat(Enumerable.Repeat("vanbanhopnhatkhongcokhoangcach", 7)); // 210 letters
        var text = "Hồ sơ gồm tờ khai đăng ký. " + run;

        var snippet = new SnippetHighlighter("tờ khai " + run).Snippet(text);

        Assert.Contains("<mark>", snippet);
    }

    [Fact]
    public void A_long_text_without_the_typed_words_shows_its_beginning()
    {
        var snippet = new SnippetHighlighter("bảo hiểm thất nghiệp").Snippet(Filler);

        Assert.StartsWith("Khoản 1. Ủy ban nhân dân", snippet);
        Assert.DoesNotContain("<mark>", snippet);
    }

    [Fact]
    public void Words_written_with_decomposed_marks_in_a_long_text_are_still_marked()
    {
        var decomposed = "Người lao động được nghỉ hằng năm".Normalize(System.Text.NormalizationForm.FormD);
        var text = Filler + decomposed + " theo quy định. " + Filler;

        var snippet = new SnippetHighlighter("nghỉ hằng năm").Snippet(text);

        Assert.Contains("<mark>", snippet);
        Assert.Contains("năm".Normalize(System.Text.NormalizationForm.FormD), snippet);
    }

    [Fact]
    public void Typed_words_close_together_are_shown_in_one_snippet_wherever_they_fall_in_a_short_text()
    {
        // About 170 characters first, so the typed words sit across the 180th character, where a fixed grid of
        // fragments would cut them in two.
        var text = "Điều 18. Thủ tục hành chính. Người yêu cầu nộp tờ khai theo mẫu quy định, xuất trình giấy tờ tùy thân "
            + "và các giấy tờ khác theo quy định của pháp luật khi thực hiện việc đăng ký kết hôn tại Ủy ban nhân dân "
            + "cấp xã nơi cư trú của một trong hai bên nam, nữ. Công chức tư pháp ghi vào sổ và trao giấy chứng nhận.";

        var snippet = new SnippetHighlighter("đăng ký kết hôn nơi cư trú").Snippet(text);

        Assert.Contains("<mark>đăng</mark> <mark>ký</mark> <mark>kết</mark> <mark>hôn</mark>", snippet);
        Assert.Contains("<mark>nơi</mark> <mark>cư</mark> <mark>trú</mark>", snippet);
    }
}
