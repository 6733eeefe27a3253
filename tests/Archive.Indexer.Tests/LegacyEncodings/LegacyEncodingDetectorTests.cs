using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Tests.Quality;

namespace Archive.Indexer.Tests.LegacyEncodings;

public class LegacyEncodingDetectorTests
{
    public const string English = "The district people's committee published the plan on its website. Officials can't find the decree? Ask the clerk: she'll add it to the archive (page 2).";
    public const string French = "Le comité populaire du district a publié le plan. À côté de l'école, où l'on étudie, les élèves très âgés parlent français.";

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    [InlineData(LegacyEncoding.Viqr)]
    public void The_sample_plan_in_a_legacy_encoding_is_recognised(LegacyEncoding encoding)
    {
        var text = SamplePlan.Text();
        var legacy = encoding switch
        {
            LegacyEncoding.Tcvn3 => LegacyEncoder.ToTcvn3(text),
            LegacyEncoding.Vni => LegacyEncoder.ToVni(text),
            _ => LegacyEncoder.ToViqr(text),
        };
        var detection = LegacyEncodingDetector.Detect(legacy);
        Assert.Equal(encoding, detection.Encoding);
        Assert.True(detection.Confidence > 0.7, $"confidence {detection.Confidence}");
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", LegacyEncoding.Tcvn3)]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", LegacyEncoding.Vni)]
    [InlineData("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", LegacyEncoding.Viqr)]
    public void One_header_line_is_enough(string line, LegacyEncoding expected) =>
        Assert.Equal(expected, LegacyEncodingDetector.Detect(line).Encoding);

    [Theory]
    [InlineData(English)]
    [InlineData(French)]
    [InlineData("Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Hà Nội, ngày 5 tháng 3 năm 2003. Bán cá, mua gà?")]
    [InlineData("")]
    public void Unicode_Vietnamese_English_and_French_are_not_legacy(string text) =>
        Assert.Equal(LegacyDetection.None, LegacyEncodingDetector.Detect(text));

    [Fact]
    public void The_unicode_sample_plan_is_not_legacy() =>
        Assert.Equal(LegacyEncoding.None, LegacyEncodingDetector.Detect(SamplePlan.Text()).Encoding);

    [Theory]
    [InlineData(".VnTime", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnTimeH", LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnArial", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnArialH", LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnArial NarrowH", LegacyEncoding.Tcvn3, true)]
    [InlineData("ABCDEF+.VnTimeH,Bold", LegacyEncoding.Tcvn3, true)]
    [InlineData("VNtimes new roman", LegacyEncoding.Tcvn3, false)]
    [InlineData("VNI-Times", LegacyEncoding.Vni, false)]
    [InlineData("VNI-Helve", LegacyEncoding.Vni, false)]
    [InlineData("XYZABC+VNI-Times,Bold", LegacyEncoding.Vni, false)]
    [InlineData("Times New Roman", LegacyEncoding.None, false)]
    [InlineData("Arial", LegacyEncoding.None, false)]
    [InlineData("Verdana", LegacyEncoding.None, false)]
    [InlineData("", LegacyEncoding.None, false)]
    public void Font_names_tell_the_encoding(string font, LegacyEncoding encoding, bool uppercase) =>
        Assert.Equal(new LegacyFont(encoding, uppercase), LegacyEncodingDetector.FromFontName(font));

    [Fact]
    public void A_run_in_an_uppercase_font_decodes_to_capitals() =>
        Assert.Equal("SỐ", LegacyEncodingDetector.FromFontName(".VnTimeH").Decode("Sè"));
}
