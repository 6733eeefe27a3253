using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Tests.LegacyEncodings;

public class LegacyRoundTripTests
{
    private static readonly IReadOnlyList<char> Lowercase = VietnameseAlphabet.PrecomposedLetters.Where(char.IsLower).ToList();
    private static readonly IReadOnlyList<char> Capitals = VietnameseAlphabet.PrecomposedLetters.Where(char.IsUpper).ToList();
    private static readonly string TcvnCapitals = "ĂÂÊÔƠƯĐ";

    [Fact]
    public void The_alphabet_has_134_precomposed_letters_half_of_them_capitals()
    {
        Assert.Equal(134, VietnameseAlphabet.PrecomposedLetters.Distinct().Count());
        Assert.Equal(67, Lowercase.Count);
        Assert.Equal(67, Capitals.Count);
        Assert.All(VietnameseAlphabet.PrecomposedLetters, c => Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Every_lowercase_letter_and_the_seven_TCVN3_capitals_survive_a_round_trip_through_bytes()
    {
        foreach (var letter in Lowercase.Concat(TcvnCapitals))
        {
            var bytes = LegacyEncoder.ToBytes(LegacyEncoder.ToTcvn3(letter.ToString()));
            Assert.Single(bytes);
            Assert.True(bytes[0] >= 0xA1, $"{letter} encoded as 0x{bytes[0]:X2}");
            Assert.Equal(letter.ToString(), LegacyDecoder.FromTcvn3(bytes));
        }
    }

    [Fact]
    public void TCVN3_gives_every_letter_its_own_byte()
    {
        var codes = Lowercase.Concat(TcvnCapitals).Select(l => LegacyEncoder.ToTcvn3(l.ToString())).ToList();
        Assert.Equal(74, codes.Distinct().Count());
    }

    [Fact]
    public void Every_capital_survives_a_round_trip_through_an_uppercase_font()
    {
        foreach (var letter in Capitals)
        {
            var legacy = LegacyEncoder.ToTcvn3(letter.ToString(), uppercaseFont: true);
            Assert.Equal(letter.ToString(), LegacyDecoder.FromTcvn3(legacy, uppercaseFont: true));
        }
    }

    [Fact]
    public void Every_letter_survives_a_VNI_round_trip_through_bytes()
    {
        foreach (var letter in VietnameseAlphabet.PrecomposedLetters)
        {
            var legacy = LegacyEncoder.ToVni(letter.ToString());
            Assert.InRange(legacy.Length, 1, 2);
            Assert.All(legacy, c => Assert.InRange(c, '\u0041', '\u00FF'));
            Assert.Equal(letter.ToString(), LegacyDecoder.FromVni(LegacyEncoder.ToBytes(legacy)));
        }
    }

    [Fact]
    public void VNI_gives_every_letter_its_own_sequence()
    {
        var sequences = VietnameseAlphabet.PrecomposedLetters.Select(l => LegacyEncoder.ToVni(l.ToString())).ToList();
        Assert.Equal(134, sequences.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_letter_survives_a_VIQR_round_trip_inside_a_word()
    {
        foreach (var letter in VietnameseAlphabet.PrecomposedLetters)
        {
            var word = $"x{letter}n";
            Assert.Equal(word, LegacyDecoder.FromViqr(LegacyEncoder.ToViqr(word)));
        }
    }

    [Fact]
    public void A_whole_sentence_survives_every_encoding()
    {
        const string sentence = "Ủy ban nhân dân huyện Đình Lập: Quyết định về việc thành lập Ban Thanh tra nhân dân, ngày 14 tháng 8 năm 2023.";
        Assert.Equal(sentence.ToLowerInvariant(), LegacyDecoder.FromTcvn3(LegacyEncoder.ToTcvn3(sentence)).ToLowerInvariant());
        Assert.Equal(sentence, LegacyDecoder.FromVni(LegacyEncoder.ToVni(sentence)));
        Assert.Equal(sentence, LegacyDecoder.FromViqr(LegacyEncoder.ToViqr(sentence)));
    }
}
