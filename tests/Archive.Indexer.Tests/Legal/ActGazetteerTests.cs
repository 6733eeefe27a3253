using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

public class ActGazetteerTests
{
    private const string Sample = """
        # a comment
        Luật Đất đai	45/2013/QH13	2013-11-29	public
        Luật Đất đai	31/2024/QH15	2024-01-18	corpus
        Bộ luật Dân sự	91/2015/QH13		public
        Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam		2013-11-28	public
        """;

    [Fact]
    public void Versions_of_an_act_come_newest_first_whatever_the_spelling_of_the_title()
    {
        var gazetteer = ActGazetteer.Parse(Sample);
        Assert.Equal(["31/2024/QH15", "45/2013/QH13"], gazetteer.Versions("LUẬT ĐẤT ĐAI").Select(a => a.Symbol));
        Assert.Equal(["31/2024/QH15", "45/2013/QH13"], gazetteer.Versions("Luật đất  đai").Select(a => a.Symbol));
        Assert.Equal("Hiến pháp", Assert.Single(gazetteer.Versions("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam")).Kind);
        Assert.Empty(gazetteer.Versions("Luật Đất"));
    }

    [Fact]
    public void A_title_closing_on_a_bracketed_abbreviation_is_known_with_or_without_it()
    {
        var gazetteer = ActGazetteer.Parse("Luật Phòng, chống dịch bệnh truyền nhiễm ở động vật (CDĐV)\t12/2031/QH16\t\tpublic");
        Assert.Equal("12/2031/QH16", Assert.Single(gazetteer.Versions("Luật phòng, chống dịch bệnh truyền nhiễm ở động vật (CDĐV)")).Symbol);
        Assert.Equal("12/2031/QH16", Assert.Single(gazetteer.Versions("Luật phòng, chống dịch bệnh truyền nhiễm ở động vật")).Symbol);
        Assert.Empty(gazetteer.Versions("Luật phòng, chống dịch bệnh truyền nhiễm"));
    }

    [Fact]
    public void The_version_meant_is_the_one_of_the_year_named_or_in_force_on_the_citing_date()
    {
        var gazetteer = ActGazetteer.Parse(Sample);
        Assert.Equal("45/2013/QH13", gazetteer.Version("Luật Đất đai", year: 2013)?.Symbol);
        Assert.Equal("45/2013/QH13", gazetteer.Version("Luật Đất đai", citedOn: new DateOnly(2020, 5, 1))?.Symbol);
        Assert.Equal("31/2024/QH15", gazetteer.Version("Luật Đất đai")?.Symbol);
        Assert.Null(gazetteer.Version("Luật Đất đai", year: 2003));
        Assert.Equal(2015, gazetteer.Version("Bộ luật Dân sự")?.Year);
    }

    [Theory]
    [InlineData("Luật Đất đai\t45/2013/QH13\t2013-11-29")]
    [InlineData("Nghị định Một tên\t\t\tpublic")]
    [InlineData("Luật Đất đai\t45/2013/QH13\t29/11/2013\tpublic")]
    public void A_malformed_line_is_refused(string line)
    {
        Assert.ThrowsAny<FormatException>(() => ActGazetteer.Parse(line));
    }

    [Fact]
    public void The_embedded_data_is_consistent()
    {
        var acts = ActGazetteer.Default.Acts;
        Assert.True(acts.Count > 200, $"{acts.Count} acts");
        Assert.All(acts, act =>
        {
            Assert.Contains(act.Source, (string[])["corpus", "public"]);
            if (act.Symbol is null) return;
            Assert.True(DocumentSymbol.TryParse(act.Symbol, out var symbol), act.Symbol);
            // The symbol carries the year of adoption: a date from another year is a typo in the data.
            if (symbol.Year is { } year && act.IssuedOn is { } issued) Assert.True(year == issued.Year, $"{act.Title} {act.Symbol} {issued}");
        });
        Assert.Equal(acts.Count, acts.Select(a => (a.Title.ToLowerInvariant(), a.Symbol, a.IssuedOn)).Distinct().Count());
    }
}
