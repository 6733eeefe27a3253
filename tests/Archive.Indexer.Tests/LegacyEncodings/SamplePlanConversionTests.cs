using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Tests.Quality;

namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>The opening of the real plan, typed in legacy fonts, read back as Latin-1 and converted.</summary>
public class SamplePlanConversionTests
{
    private static readonly IReadOnlyList<string> Opening = SamplePlan.FirstLines(30);

    [Fact]
    public void TCVN3_lines_come_back_syllable_for_syllable()
    {
        // Headings in capitals were typed in .VnTimeH: ordinary TCVN3 fonts have no toned capitals.
        var converted = Opening.Select(line =>
        {
            var headline = line == line.ToUpperInvariant();
            var bytes = LegacyEncoder.ToBytes(LegacyEncoder.ToTcvn3(line, uppercaseFont: headline));
            return LegacyDecoder.FromTcvn3(Encoding.Latin1.GetString(bytes), uppercaseFont: headline);
        });
        Assert.True(SyllableScore.F1(Opening, converted) >= 0.99);
    }

    [Fact]
    public void VNI_lines_come_back_syllable_for_syllable()
    {
        var converted = Opening.Select(line =>
            LegacyDecoder.FromVni(Encoding.Latin1.GetString(LegacyEncoder.ToBytes(LegacyEncoder.ToVni(line)))));
        Assert.Equal(1.0, SyllableScore.F1(Opening, converted));
    }

    [Fact]
    public void The_converter_finds_and_converts_the_legacy_opening_without_being_told()
    {
        var tcvn3 = LegacyTextConverter.Convert(string.Join("\n", Opening.Select(l => LegacyEncoder.ToTcvn3(l))));
        var vni = LegacyTextConverter.Convert(string.Join("\n", Opening.Select(LegacyEncoder.ToVni)));
        Assert.True(SyllableScore.F1(Opening, tcvn3.Text.Split('\n'), ignoreCase: true) >= 0.99);
        Assert.True(SyllableScore.F1(Opening, vni.Text.Split('\n')) >= 0.99);
    }
}
