using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Tests.Quality;

public class TextJudgeTests
{
    private const string Clean =
        "Ủy ban nhân dân xã tổ chức hội nghị thôn để nhân dân bàn và quyết định trực tiếp việc xây dựng nhà văn hóa.";

    [Fact]
    public void Clean_vietnamese_is_clean_and_passes()
    {
        var verdict = TextJudge.Judge(Clean);

        Assert.Equal(1, verdict.SyllableShare);
        Assert.True(verdict.IsClean);
        Assert.True(verdict.Passes);
        Assert.False(verdict.Converted);
    }

    [Fact]
    public void Syllables_split_by_stray_spaces_count_against_the_text()
    {
        const string split = "Ủy ban nhân dân x ã t ổ ch ức h ội ngh ị th ôn để nhân d ân b àn và quy ết đ ịnh tr ực ti ếp.";

        var verdict = TextJudge.Judge(split);

        Assert.Equal(12, TextJudge.SplitSyllables(split));
        Assert.False(verdict.IsClean);
        Assert.True(verdict.SyllableShare < TextJudge.Judge(Clean).SyllableShare);
    }

    [Theory]
    [InlineData("đi ăn cơm")]
    [InlineData("cô ấy ở nhà")]
    [InlineData("bà ấy và anh em")]
    [InlineData("khi ấy ông ta ước")]
    public void Neighbouring_words_that_cannot_join_are_not_a_split(string text)
    {
        Assert.Equal(0, TextJudge.SplitSyllables(text));
    }

    [Fact]
    public void A_legacy_encoded_text_is_judged_as_the_text_its_conversion_gives()
    {
        var tcvn3 = LegacyEncoder.ToTcvn3(Clean);

        var verdict = TextJudge.Judge(tcvn3);

        Assert.True(verdict.Converted);
        Assert.True(verdict.Passes);
        Assert.True(TextQuality.Assess(tcvn3).InvalidSyllableShare > TextQuality.InvalidShareThreshold);
    }

    [Fact]
    public void Letter_soup_without_a_legacy_explanation_fails()
    {
        var verdict = TextJudge.Judge("Xkrw pqzt bvnm trhg wqlp zzkt mnbv cxzq plkj hgfd sdfq wert");

        Assert.False(verdict.Passes);
        Assert.False(verdict.Converted);
    }

    [Fact]
    public void Too_few_words_pass_unjudged()
    {
        var verdict = TextJudge.Judge("Xkrw pqzt");

        Assert.False(verdict.IsJudged);
        Assert.True(verdict.Passes);
    }

    [Fact]
    public void On_a_tie_the_reading_that_needed_no_conversion_is_better()
    {
        var decoded = new TextVerdict(100, 0);
        var converted = new TextVerdict(100, 0, Converted: true);

        Assert.Same(decoded, TextVerdict.Better(converted, decoded));
        Assert.Same(decoded, TextVerdict.Better(decoded, converted));
        Assert.Same(converted, TextVerdict.Better(converted, new TextVerdict(90, 10)));
    }

    [Fact]
    public void Empty_and_random_input_never_throw()
    {
        Assert.Equal(0, TextJudge.Judge("").WordsChecked);
        var random = new Random(17);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyếềốồứừ ©§µ¸¶×ÖÜ\n.,";
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var verdict = TextJudge.Judge(new string(chars));
            Assert.InRange(verdict.SyllableShare, 0, 1);
        }
    }
}
