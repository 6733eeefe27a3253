using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A search limited to documents chosen by id (a selection the index does not hold, such as their validity): the hits,
/// the total, the pages and the facets are those of the chosen documents alone, with words or with index filters alone.
/// </summary>
public sealed class SearchByIdsTests : IDisposable
{
    private readonly SearchArchive archive = new();

    public SearchByIdsTests()
    {
        archive.Add("qd-12", "Quyết định giao quản lý kênh mương thôn Nà Lầm", "Số: 12/QĐ-UBND\nĐiều 1. Giao tổ thủy nông quản lý kênh mương nội đồng.",
            kind: "Quyết định", issuedOn: new DateOnly(2015, 3, 10));
        archive.Add("qd-40", "Quyết định giao quản lý kênh mương thôn Khe Thuổng", "Số: 40/QĐ-UBND\nĐiều 1. Giao tổ thủy nông quản lý kênh mương nội đồng.",
            kind: "Quyết định", issuedOn: new DateOnly(2024, 5, 12));
        // With articles: its passages match too, and are shown only when it is chosen.
        archive.Add("qc-3", "Quy chế hoạt động của tổ thủy nông", "Số: 3/QC-UBND\nĐiều 1. Phạm vi\nQuy chế này áp dụng cho tổ thủy nông.\n"
            + "Điều 4. Nạo vét\nTổ thủy nông nạo vét kênh mương mỗi năm hai lần.", kind: "Quy chế", issuedOn: new DateOnly(2020, 1, 6));
        archive.Add("bb-7", "Biên bản họp tổ thủy nông", "BIÊN BẢN\nHọp bàn việc nạo vét kênh mương nội đồng.", kind: "Biên bản", issuedOn: new DateOnly(2025, 2, 1));
    }

    public void Dispose() => archive.Dispose();

    [Fact]
    public void Words_find_only_the_chosen_documents_and_count_and_facet_them_alone()
    {
        Assert.Equal(4, archive.Find("kênh mương").Total);

        var results = archive.Find("kênh mương", r => r with { Ids = ["qd-12", "qc-3"] });

        Assert.Equal(["qc-3", "qd-12"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, results.Total);
        Assert.Equal(["Quy chế", "Quyết định"], results.Facets.Kind.Select(f => f.Value).Order(StringComparer.Ordinal));
        Assert.All(results.Facets.Kind, f => Assert.Equal(1, f.Count));
    }

    [Fact]
    public void Index_filters_alone_select_among_the_chosen_documents_and_pages_count_from_them()
    {
        var decisions = archive.Find(null, r => r with { Kind = "Quyết định", Ids = ["qd-40", "bb-7"] });
        Assert.Equal(["qd-40"], decisions.Hits.Select(h => h.Id));
        Assert.Equal(1, decisions.Total);

        var second = archive.Find("kênh mương", r => r with { Ids = ["qd-12", "qd-40", "bb-7"], Sort = SearchSort.Date, PageSize = 2, Page = 2 });
        Assert.Equal(["qd-12"], second.Hits.Select(h => h.Id));
        Assert.Equal(3, second.Total);
    }

    [Fact]
    public void No_chosen_documents_find_nothing()
    {
        var results = archive.Find("kênh mương", r => r with { Ids = [] });

        Assert.Empty(results.Hits);
        Assert.Equal(0, results.Total);
        Assert.Empty(results.Facets.Kind);
    }
}
