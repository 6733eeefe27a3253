using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Tests.LegacyEncodings;

public class LegacyDecoderTests
{
    [Theory]
    [InlineData("ChÝnh phñ", "Chính phủ")]
    [InlineData("Sè: 28 /2003/N§-CP", "Số: 28 /2003/NĐ-CP")]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Uû ban nh©n d©n huyÖn §×nh LËp", "Uỷ ban nhân dân huyện Đình Lập")]
    [InlineData("B¶o ®¶m c«ng khai, minh b¹ch", "Bảo đảm công khai, minh bạch")]
    public void TCVN3_read_as_Latin1_becomes_Vietnamese(string garbage, string expected) =>
        Assert.Equal(expected, LegacyDecoder.FromTcvn3(garbage));

    [Theory]
    [InlineData("Sè", "SỐ")]
    [InlineData("quyÕt ®Þnh", "QUYẾT ĐỊNH")]
    [InlineData("céng hoµ x· héi chñ nghÜa viÖt nam", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    public void The_same_bytes_in_an_uppercase_font_are_capitals(string garbage, string expected) =>
        Assert.Equal(expected, LegacyDecoder.FromTcvn3(garbage, uppercaseFont: true));

    [Fact]
    public void TCVN3_raw_bytes_decode_like_their_Latin1_reading()
    {
        var bytes = Encoding.Latin1.GetBytes("Thùc hiÖn d©n chñ ë c¬ së");
        Assert.Equal("Thực hiện dân chủ ở cơ sở", LegacyDecoder.FromTcvn3(bytes));
    }

    [Fact]
    public void A_TCVN3_tone_mark_typed_after_a_capital_combines_with_it()
    {
        // 0xB3 is the standalone sắc mark.
        Assert.Equal("Á", LegacyDecoder.FromTcvn3("A\u00B3"));
    }

    [Theory]
    [InlineData("Vieät Nam", "Việt Nam")]
    [InlineData("Chính phuû", "Chính phủ")]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("ngöôøi, möôïn, khuyeán khích, naêm, ngaøy, kyø hoïp", "người, mượn, khuyến khích, năm, ngày, kỳ họp")]
    [InlineData("Nghò ñònh soá 59/2023/NÑ-CP", "Nghị định số 59/2023/NĐ-CP")]
    public void VNI_read_as_Latin1_becomes_Vietnamese(string garbage, string expected) =>
        Assert.Equal(expected, LegacyDecoder.FromVni(garbage));

    [Fact]
    public void A_VNI_capital_with_a_lowercase_mark_keeps_the_capital() =>
        Assert.Equal("ĐÀ NẴNG", LegacyDecoder.FromVni("ÑAø NAüNG"));

    [Theory]
    [InlineData("Vie^.t Nam", "Việt Nam")]
    [InlineData("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("ddi.a phu+o+ng, co+ so+? va` ddo^ thi. mo+'i", "địa phương, cơ sở và đô thị mới")]
    [InlineData("d9i.a phu+o+ng", "địa phương")]
    [InlineData("DDa?ng va` Nha` nu+o+'c", "Đảng và Nhà nước")]
    [InlineData("ngu+o+`i la('ng nghe", "người lắng nghe")]
    public void VIQR_marks_become_Vietnamese_letters(string viqr, string expected) =>
        Assert.Equal(expected, LegacyDecoder.FromViqr(viqr));

    [Theory]
    [InlineData("Ba.n co' kho?e kho^ng?", "Bạn có khỏe không?")]
    [InlineData("Ho.p mo.i ngu+o+`i. Ho.c ta^.p.", "Họp mọi người. Học tập.")]
    [InlineData("me. va` con", "mẹ và con")]
    [InlineData("Gia' 20\\. Ha`ng", "Giá 20. Hàng")]
    public void VIQR_tells_a_dot_or_question_mark_from_punctuation(string viqr, string expected) =>
        Assert.Equal(expected, LegacyDecoder.FromViqr(viqr));

    [Fact]
    public void Unicode_Vietnamese_passes_through_the_decoders_untouched_where_they_define_nothing()
    {
        const string unicode = "Nghị định số 59/2023/NĐ-CP của Chính phủ";
        Assert.Equal(unicode, LegacyDecoder.FromVni(unicode));
    }
}
