namespace Archive.Indexer.Tests.Search;

/// <summary>Queries whose every word is common in a small archive.</summary>
public sealed class CommonWordsTests
{
    [Fact]
    public void Minutes_are_found_by_words_that_every_one_of_them_holds_even_when_their_legal_wording_is_nowhere()
    {
        using var archive = new SearchArchive();
        foreach (var village in new[] { "Pác Nặm", "Cốc Lùng", "Nà Hang" })
            archive.Add("bb-" + village, "Họp thôn " + village,
                $"BIÊN BẢN\nHọp thôn {village}\nĐịa điểm: nhà văn hóa thôn {village}\nCác hộ thống nhất ngày ra quân phát quang đường liên thôn.\n",
                kind: "Biên bản");

        // "họp thôn" also looks for "hội nghị thôn", which no text holds: the typed words must still find all three.
        Assert.Equal(3, archive.Find("hop thon").Total);
        Assert.Equal(3, archive.Find("họp thôn").Total);
    }
}
