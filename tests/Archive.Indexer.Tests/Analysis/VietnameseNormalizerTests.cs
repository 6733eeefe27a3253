using System.Text;
using Archive.Indexer.Analysis;

namespace Archive.Indexer.Tests.Analysis;

public class VietnameseNormalizerTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Thuỷ lợi", "thủy lợi")]
    [InlineData("cấp uỷ", "cấp ủy")]
    [InlineData("khoẻ mạnh", "khỏe mạnh")]
    [InlineData("Hoạ sĩ, loà xoà", "họa sĩ, lòa xòa")]
    [InlineData("UỶ BAN", "ủy ban")]
    public void Old_style_tone_placement_becomes_the_new_style(string written, string expected) =>
        Assert.Equal(expected, VietnameseNormalizer.Normalize(written));

    [Theory]
    [InlineData("quý")]
    [InlineData("quá")]
    [InlineData("giữ")]
    [InlineData("hoàn thành")]
    [InlineData("ngoài")]
    [InlineData("xoáy")]
    [InlineData("huỳnh")]
    [InlineData("thuyền")]
    [InlineData("quỳnh")]
    public void Syllables_whose_tone_is_already_canonical_are_left_alone(string word) =>
        Assert.Equal(word, VietnameseNormalizer.Normalize(word));

    [Theory]
    [InlineData("hòan thành", "hoàn thành")]
    [InlineData("ngòai", "ngoài")]
    public void A_tone_misplaced_in_a_closed_syllable_moves_to_the_main_vowel(string written, string expected) =>
        Assert.Equal(expected, VietnameseNormalizer.Normalize(written));

    [Fact]
    public void Decomposed_input_gives_the_same_text_as_composed_input()
    {
        const string text = "Nghị định về dân chủ ở cơ sở, hoà giải";
        Assert.Equal(VietnameseNormalizer.Normalize(text), VietnameseNormalizer.Normalize(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void The_look_alike_eth_becomes_d_with_stroke() =>
        Assert.Equal("59/2023/nđ-cp", VietnameseNormalizer.Normalize("59/2023/NÐ-CP"));

    [Fact]
    public void Zero_width_characters_and_soft_hyphens_disappear() =>
        Assert.Equal("dân chủ", VietnameseNormalizer.Normalize("\uFEFFdân\u00AD\u200B ch\u200Dủ\u2060"));

    [Fact]
    public void Sources_point_at_the_original_characters()
    {
        const string text = "ho\u0061\u0300 b";
        var output = new StringBuilder();
        var sources = new List<int>();
        VietnameseNormalizer.Normalize(text, output, sources, lowercase: true);
        Assert.Equal("hòa b", output.ToString());
        Assert.Equal([0, 1, 2, 4, 5], sources);
    }

    [Fact]
    public void Empty_text_stays_empty() => Assert.Equal("", VietnameseNormalizer.Normalize(""));

    [Fact]
    public void Random_text_is_normalized_idempotently()
    {
        var random = new Random(17);
        for (int i = 0; i < 300; i++)
        {
            string once = VietnameseNormalizer.Normalize(TokenStreamAssert.RandomText(random, random.Next(60)));
            Assert.Equal(once, VietnameseNormalizer.Normalize(once));
        }
    }
}
