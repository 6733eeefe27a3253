using Archive.Indexer.Analysis;

namespace Archive.Indexer.Tests.Analysis;

public class VietnameseFoldingTests
{
    [Theory]
    [InlineData("dân chủ cơ sở", "dan chu co so")]
    [InlineData("đình lập", "dinh lap")]
    [InlineData("hương ước", "huong uoc")]
    [InlineData("ủy ban nhân dân", "uy ban nhan dan")]
    public void Tones_vowel_marks_and_the_stroke_are_removed(string text, string expected) =>
        Assert.Equal(expected, VietnameseFolding.Fold(text));

    [Theory]
    [InlineData("kỹ", "kĩ")]
    [InlineData("lý", "lí")]
    [InlineData("quy định", "qui định")]
    [InlineData("mỹ", "mĩ")]
    public void I_and_y_spelling_variants_fold_alike(string a, string b) =>
        Assert.Equal(VietnameseFolding.Fold(a), VietnameseFolding.Fold(b));

    [Theory]
    [InlineData("thủy", "thuy")]
    [InlineData("tay", "tay")]
    [InlineData("yêu", "yeu")]
    [InlineData("quyết", "quyet")]
    public void A_y_that_is_not_the_lone_vowel_stays(string text, string expected) =>
        Assert.Equal(expected, VietnameseFolding.Fold(text));

    [Fact]
    public void Diacritics_are_detected_per_word()
    {
        Assert.True(VietnameseFolding.HasDiacritics("bàn"));
        Assert.True(VietnameseFolding.HasDiacritics("đi"));
        Assert.False(VietnameseFolding.HasDiacritics("ban"));
    }

    [Fact]
    public void Empty_text_stays_empty() => Assert.Equal("", VietnameseFolding.Fold(""));

    [Fact]
    public void Random_text_folds_to_the_same_length_without_marks()
    {
        var random = new Random(5);
        for (int i = 0; i < 300; i++)
        {
            string text = VietnameseNormalizer.Normalize(TokenStreamAssert.RandomText(random, random.Next(60)));
            string folded = VietnameseFolding.Fold(text);
            Assert.Equal(text.Length, folded.Length);
            Assert.False(VietnameseFolding.HasDiacritics(folded));
        }
    }
}
