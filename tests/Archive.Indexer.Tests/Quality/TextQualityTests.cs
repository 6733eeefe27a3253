using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Tests.Quality;

public class TextQualityTests
{
    [Fact]
    public void The_sample_plan_gets_no_warning()
    {
        var report = TextQuality.Assess(SamplePlan.Text());
        Assert.Empty(report.Warnings);
        Assert.True(report.WordsChecked > 2000, $"{report.WordsChecked} words checked");
        Assert.InRange(report.InvalidSyllableShare, 0, 0.01);
    }

    [Fact]
    public void The_sample_plan_in_TCVN3_read_as_Latin1_is_flagged_as_unconverted_TCVN3()
    {
        var report = TextQuality.Assess(LegacyEncoder.ToTcvn3(SamplePlan.Text()));
        Assert.Equal("Văn bản có vẻ dùng bảng mã cũ (TCVN3) chưa chuyển đổi.", report.Warnings[0]);
        Assert.StartsWith("Tỷ lệ từ không phải âm tiết tiếng Việt cao (", report.Warnings[1]);
        Assert.True(report.InvalidSyllableShare > TextQuality.InvalidShareThreshold);
    }

    [Fact]
    public void The_sample_plan_in_VNI_read_as_Latin1_is_flagged_as_unconverted_VNI()
    {
        var report = TextQuality.Assess(LegacyEncoder.ToVni(SamplePlan.Text()));
        Assert.Equal("Văn bản có vẻ dùng bảng mã cũ (VNI) chưa chuyển đổi.", report.Warnings[0]);
        Assert.Equal(2, report.Warnings.Count);
    }

    [Fact]
    public void Random_letters_are_flagged_with_their_share()
    {
        var random = new Random(2025);
        var words = Enumerable.Range(0, 200)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 8)).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        var report = TextQuality.Assess(string.Join(' ', words));
        var warning = Assert.Single(report.Warnings);
        var percent = (int)Math.Round(report.InvalidSyllableShare * 100);
        Assert.Equal($"Tỷ lệ từ không phải âm tiết tiếng Việt cao ({percent}%): có thể là văn bản quét lỗi hoặc sai bảng mã.", warning);
        Assert.True(percent > 80);
    }

    [Fact]
    public void Abbreviations_numbers_and_symbols_are_not_counted()
    {
        var report = TextQuality.Assess("UBND HĐND 59/2023/NĐ-CP 26/CT-TTg 120-KL/TW 10/11/2022 - ; § 25/27 KT. TM.");
        Assert.Equal(0, report.WordsChecked);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void A_short_garbled_line_is_counted_but_too_short_for_the_share_warning()
    {
        var report = TextQuality.Assess("xqzt vbnm");
        Assert.Equal(2, report.WordsChecked);
        Assert.Equal(1.0, report.InvalidSyllableShare);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Empty_text_has_nothing_to_check()
    {
        var report = TextQuality.Assess("");
        Assert.Equal(0, report.WordsChecked);
        Assert.Empty(report.Warnings);
    }
}
