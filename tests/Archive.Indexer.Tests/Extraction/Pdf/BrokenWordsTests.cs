using Archive.Indexer.Extraction.Pdf;

namespace Archive.Indexer.Tests.Extraction.Pdf;

public class BrokenWordsTests
{
    [Theory]
    [InlineData("Quy định chi tiế\nt một số điều", "Quy định chi tiết một số điều")]
    [InlineData("một sốđiề\nu của Luật", "một số điều của Luật")]
    [InlineData("Số\n: 59/2023/NĐ-CP", "Số: 59/2023/NĐ-CP")]
    [InlineData("Điề\nu 1. Phạm vi", "Điều 1. Phạm vi")]
    [InlineData("Luật Tổchức Chính phủ", "Luật Tổ chức Chính phủ")]
    [InlineData("tổdân phốđểnhân dân bàn", "tổ dân phố để nhân dân bàn")]
    [InlineData("Cộng đồ\nng dân cư", "Cộng đồng dân cư")]
    public void Words_broken_around_accented_letters_are_mended(string broken, string mended)
    {
        Assert.Equal(mended, BrokenWords.Rejoin(broken));
    }

    [Theory]
    [InlineData("Căn cứ Luật Thực hiện dân\nchủ ở cơ sở")]
    [InlineData("Ủy ban nhân dân huyện\nĐình Lập")]
    [InlineData("giao UBND\nxã Bắc Xa thực hiện")]
    [InlineData("gửi thư tới Microsoft\nvà Hanoi Telecom")]
    [InlineData("họp lúc 14\n:00 hôm nay")]
    [InlineData("điện tủe")]
    public void Text_that_spelling_does_not_prove_broken_is_left_as_it_is(string text)
    {
        var expected = text.Replace("14\n:00", "14:00", StringComparison.Ordinal);
        Assert.Equal(expected, BrokenWords.Rejoin(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData(":")]
    [InlineData("a\n:b")]
    public void Empty_and_tiny_input_is_returned_without_throwing(string text)
    {
        Assert.NotNull(BrokenWords.Rejoin(text));
    }

    [Fact]
    public void Random_text_never_throws_and_keeps_every_letter()
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyếềểễệốồổỗộớờởỡợứừửữựĐÔ :\n\n,.0123456789/";
        var random = new Random(20230814);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);

            var mended = BrokenWords.Rejoin(text);

            Assert.Equal(text.Count(char.IsLetterOrDigit), mended.Count(char.IsLetterOrDigit));
        }
    }
}
