using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Indexer.Tests.LegacyEncodings;

public class LegacyTextConverterTests
{
    [Fact]
    public void Only_the_TCVN3_lines_of_a_mixed_text_are_converted()
    {
        string[] unicode =
        [
            "ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP",
            "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;",
            "Bán cá, mua gà: các khoản đóng góp của thôn Bản Chắt.",
            "Hội nghị cán bộ, công chức, viên chức năm 2025.",
        ];
        string[] legacyMeaning =
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Xét đề nghị của Trưởng phòng Nội vụ huyện,",
            "Điều 1. Thành lập Ban Thanh tra nhân dân xã gồm các ông, bà có tên sau:",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        ];
        var lines = unicode.Zip(legacyMeaning, (u, l) => new[] { u, LegacyEncoder.ToTcvn3(l) }).SelectMany(p => p).ToList();
        var expected = unicode.Zip(legacyMeaning, (u, l) => new[] { u, l }).SelectMany(p => p);

        var result = LegacyTextConverter.Convert(string.Join("\n", lines));

        Assert.Equal(string.Join("\n", expected), result.Text);
        Assert.Equal([LegacyEncoding.Tcvn3], result.EncodingsFound);
        Assert.Equal(4, result.LinesConverted);
    }

    [Fact]
    public void A_line_mixing_a_Unicode_run_and_a_TCVN3_run_keeps_the_Unicode_words()
    {
        var line = "Quyết định số " + LegacyEncoder.ToTcvn3("851-QĐ/HU, ngày 27/01/2022 của Huyện ủy Đình Lập");
        var result = LegacyTextConverter.Convert(line);
        Assert.Equal("Quyết định số 851-QĐ/HU, ngày 27/01/2022 của Huyện ủy Đình Lập", result.Text);
    }

    [Fact]
    public void TCVN3_VNI_and_VIQR_lines_in_one_text_are_each_converted()
    {
        var text = string.Join("\r\n",
            LegacyEncoder.ToTcvn3("Biên bản họp thôn Bản Chắt"),
            LegacyEncoder.ToVni("Thành phần tham dự: có mặt 25/27 hộ"),
            LegacyEncoder.ToViqr("Biểu quyết: tán thành 25/25"));
        var result = LegacyTextConverter.Convert(text);
        Assert.Equal("Biên bản họp thôn Bản Chắt\r\nThành phần tham dự: có mặt 25/27 hộ\r\nBiểu quyết: tán thành 25/25", result.Text);
        Assert.Equal([LegacyEncoding.Tcvn3, LegacyEncoding.Vni, LegacyEncoding.Viqr], result.EncodingsFound);
    }

    [Theory]
    [InlineData(LegacyEncodingDetectorTests.English)]
    [InlineData(LegacyEncodingDetectorTests.French)]
    [InlineData("Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2003. Bán cá, mua gà?\nNơi nhận: Như trên; Lưu: VT.")]
    [InlineData("")]
    public void Unicode_English_and_French_text_is_left_unchanged(string text)
    {
        var result = LegacyTextConverter.Convert(text);
        Assert.Equal(text, result.Text);
        Assert.Empty(result.EncodingsFound);
        Assert.False(result.Changed);
    }

    [Fact]
    public void The_unicode_sample_plan_is_left_unchanged()
    {
        var text = SamplePlan.Text();
        Assert.Equal(text, LegacyTextConverter.Convert(text).Text);
    }

    [Fact]
    public void Nothing_is_left_legacy_once_every_TCVN3_line_is_converted_though_the_original_reads_as_TCVN3()
    {
        var original = LegacyEncoder.ToTcvn3("Điều 1. Thành lập Ban Thanh tra nhân dân xã gồm các ông, bà có tên sau:\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.");

        var result = LegacyTextConverter.Convert(original);

        Assert.Equal(LegacyEncoding.Tcvn3, LegacyEncodingDetector.Detect(original).Encoding);
        Assert.Equal(LegacyDetection.None, result.LegacyLeft);
    }

    [Fact]
    public void A_text_no_line_of_which_converts_gets_the_verdict_the_detector_gives_the_whole_text()
    {
        foreach (var text in new[] { SamplePlan.Text(), LegacyEncodingDetectorTests.English, LegacyEncodingDetectorTests.French, "" })
            Assert.Equal(LegacyEncodingDetector.Detect(text), LegacyTextConverter.Convert(text).LegacyLeft);
    }
}
