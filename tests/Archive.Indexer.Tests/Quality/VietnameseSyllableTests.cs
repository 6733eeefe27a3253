using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Tests.Quality;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("a")] [InlineData("ở")] [InlineData("ý")] [InlineData("yêu")] [InlineData("yết")]
    [InlineData("dân")] [InlineData("chủ")] [InlineData("cơ")] [InlineData("sở")] [InlineData("nghĩa")]
    [InlineData("nghiêng")] [InlineData("nghề")] [InlineData("ghi")] [InlineData("ghế")] [InlineData("kế")]
    [InlineData("kỳ")] [InlineData("kiểm")] [InlineData("quyết")] [InlineData("quốc")] [InlineData("quỳnh")]
    [InlineData("quy")] [InlineData("qui")] [InlineData("quý")] [InlineData("quả")] [InlineData("gì")]
    [InlineData("gìn")] [InlineData("giữa")] [InlineData("giếng")] [InlineData("già")] [InlineData("người")]
    [InlineData("rượu")] [InlineData("khuyến")] [InlineData("khuya")] [InlineData("khuỷu")] [InlineData("ngoài")]
    [InlineData("hoà")] [InlineData("hòa")] [InlineData("thuỷ")] [InlineData("thủy")] [InlineData("khoẻ")]
    [InlineData("khỏe")] [InlineData("uỷ")] [InlineData("ủy")] [InlineData("hoạch")] [InlineData("huếch")]
    [InlineData("chênh")] [InlineData("xoong")] [InlineData("thuở")] [InlineData("Đình")] [InlineData("LẬP")]
    [InlineData("Việt")] [InlineData("NGHĨA")] [InlineData("trưởng")] [InlineData("phường")] [InlineData("tuyên")]
    [InlineData("nguyễn")] [InlineData("khuấy")] [InlineData("gửi")] [InlineData("hưu")] [InlineData("thuê")]
    public void Vietnamese_syllables_are_accepted(string syllable) =>
        Assert.True(VietnameseSyllable.IsValid(syllable), syllable);

    [Fact]
    public void A_decomposed_syllable_is_judged_like_its_composed_form() =>
        Assert.True(VietnameseSyllable.IsValid("người".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("")] [InlineData("b")] [InlineData("nghĩ a")] [InlineData("UBND")] [InlineData("HĐND")]
    [InlineData("CP")] [InlineData("2023")] [InlineData("house")] [InlineData("street")] [InlineData("école")]
    [InlineData("Internet")] [InlineData("zalo")] [InlineData("facebook")] [InlineData("wifi")] [InlineData("hoµ")]
    [InlineData("chñ")] [InlineData("héi")] [InlineData("nghÜa")] [InlineData("ViÖt")] [InlineData("Vieät")]
    [InlineData("coäng")] [InlineData("ngöôøi")] [InlineData("cy")] [InlineData("tóan")] [InlineData("hóan")]
    [InlineData("bàt")] [InlineData("mảc")] [InlineData("tiêngs")] [InlineData("kan")] [InlineData("màt")]
    [InlineData("ngi")] [InlineData("ngy")] [InlineData("ce")] [InlineData("quu")] [InlineData("iêng")]
    [InlineData("ăn'")] [InlineData("ơng")] [InlineData("ănh")] [InlineData("ge")] [InlineData("mìà")]
    [InlineData("ghu")] [InlineData("qa")] [InlineData("ng")] [InlineData("sỏc")]
    public void Non_syllables_are_rejected(string word) =>
        Assert.False(VietnameseSyllable.IsValid(word), word);
}
