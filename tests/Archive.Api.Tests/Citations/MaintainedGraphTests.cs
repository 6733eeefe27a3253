using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Api.Tests.Citations;

/// <summary>
/// The citation graph follows the catalog's announcements instead of rebuilding its lookups at every read: a cited
/// document archived later, a corrected number, replaced citations and a start from the store all give the answers a
/// full rebuild would.
/// </summary>
public sealed class MaintainedGraphTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-graph-").FullName;
    private readonly LocalFolderObjectStore store;
    private readonly DocumentCatalog catalog;
    private readonly CitationGraph graph;
    private readonly CitationExtractor extractor = new();

    public MaintainedGraphTests()
    {
        store = new LocalFolderObjectStore(folder);
        catalog = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        graph = new CitationGraph(store, catalog, NullLogger<CitationGraph>.Instance);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string Plan = """
        KẾ HOẠCH
        Tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư năm 2026
        Căn cứ Quyết định số 412/QĐ-UBND ngày 03/3/2026 của Ủy ban nhân dân huyện về việc phát động phong trào;
        Căn cứ Nghị quyết số 15/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh về mức chi hỗ trợ khu dân cư.
        """;

    private const string Repeal = """
        QUYẾT ĐỊNH
        Bãi bỏ Quyết định số 412/QĐ-UBND ngày 03/3/2026 của Ủy ban nhân dân huyện về việc phát động phong trào.
        """;

    private async Task<DocumentRecord> ArchiveAsync(string id, string? number, string title, string? kind = null, DateOnly? issuedOn = null, int minute = 0)
    {
        var record = new DocumentRecord
        {
            Id = id, Sha256 = id, FileName = id + ".txt", ContentType = "text/plain", Size = 0, Title = title, Kind = kind,
            Number = number, IssuedOn = issuedOn, TextStatus = TextStatuses.Ok, CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(minute),
        };
        return (await catalog.CreateAsync(record, CancellationToken.None)).Record;
    }

    private Task CiteAsync(string id, string text) => graph.SaveAsync(id, extractor.Extract(text), CancellationToken.None);

    private IReadOnlyList<string?> UnresolvedSymbols() => graph.Unresolved().Select(u => u.Symbol).ToList();

    [Fact]
    public async Task A_cited_document_archived_later_is_cited_by_the_earlier_one_and_no_longer_missing()
    {
        await ArchiveAsync("aaaa00000000000000a1", "25/KH-UBND", "Kế hoạch ngày hội đại đoàn kết", "Kế hoạch");
        await CiteAsync("aaaa00000000000000a1", Plan);
        Assert.Contains("412/QĐ-UBND", UnresolvedSymbols());

        await ArchiveAsync("aaaa00000000000000b2", "412/QĐ-UBND", "Phát động phong trào", "Quyết định", new DateOnly(2026, 3, 3), 1);

        var (source, citation) = Assert.Single(graph.CitedBy("aaaa00000000000000b2"));
        Assert.Equal("aaaa00000000000000a1", source.Id);
        Assert.Equal("412/QĐ-UBND", citation.Symbol);
        Assert.DoesNotContain("412/QĐ-UBND", UnresolvedSymbols());
        Assert.Contains("15/2025/NQ-HĐND", UnresolvedSymbols());
        Assert.Equal("aaaa00000000000000b2", Assert.Single(graph.Outgoing("aaaa00000000000000a1"), c => c.Target is not null).Target!.Id);
    }

    [Fact]
    public async Task A_corrected_number_moves_the_citations_of_the_old_number_to_the_document_that_has_it_now()
    {
        await ArchiveAsync("aaaa00000000000000a1", "25/KH-UBND", "Kế hoạch ngày hội đại đoàn kết", "Kế hoạch");
        await CiteAsync("aaaa00000000000000a1", Plan);
        await ArchiveAsync("aaaa00000000000000b2", "412/QĐ-UBND", "Phát động phong trào", "Quyết định", new DateOnly(2026, 3, 3), 1);

        await catalog.UpdateAsync("aaaa00000000000000b2", r => r with { Number = "413/QĐ-UBND" }, CancellationToken.None);

        Assert.Empty(graph.CitedBy("aaaa00000000000000b2"));
        Assert.Contains("412/QĐ-UBND", UnresolvedSymbols());

        await ArchiveAsync("aaaa00000000000000c3", "412/QĐ-UBND", "Phát động phong trào (bản đúng)", "Quyết định", new DateOnly(2026, 3, 3), 2);

        Assert.Equal("aaaa00000000000000a1", Assert.Single(graph.CitedBy("aaaa00000000000000c3")).Source.Id);
        Assert.DoesNotContain("412/QĐ-UBND", UnresolvedSymbols());
    }

    [Fact]
    public async Task Citations_saved_again_replace_the_earlier_ones_in_cited_by_and_validity()
    {
        await ArchiveAsync("aaaa00000000000000b2", "412/QĐ-UBND", "Phát động phong trào", "Quyết định", new DateOnly(2026, 3, 3));
        await ArchiveAsync("aaaa00000000000000d4", "90/QĐ-UBND", "Bãi bỏ quyết định phát động", "Quyết định", new DateOnly(2026, 9, 1), 1);
        await CiteAsync("aaaa00000000000000d4", Repeal);
        Assert.Equal(ValidityStates.Expired, graph.StatedValidity("aaaa00000000000000b2")?.Status);

        await CiteAsync("aaaa00000000000000d4", "QUYẾT ĐỊNH\nVề việc khen thưởng các khu dân cư tiêu biểu năm 2026.");

        Assert.Empty(graph.CitedBy("aaaa00000000000000b2"));
        Assert.Null(graph.StatedValidity("aaaa00000000000000b2"));
        Assert.Empty(graph.StatedValidity());
    }

    [Fact]
    public async Task A_graph_loaded_from_the_store_answers_as_the_one_that_followed_every_change()
    {
        await ArchiveAsync("aaaa00000000000000a1", "25/KH-UBND", "Kế hoạch ngày hội đại đoàn kết", "Kế hoạch");
        await CiteAsync("aaaa00000000000000a1", Plan);
        await ArchiveAsync("aaaa00000000000000b2", "412/QĐ-UBND", "Phát động phong trào", "Quyết định", new DateOnly(2026, 3, 3), 1);
        await ArchiveAsync("aaaa00000000000000d4", "90/QĐ-UBND", "Bãi bỏ quyết định phát động", "Quyết định", new DateOnly(2026, 9, 1), 2);
        await CiteAsync("aaaa00000000000000d4", Repeal);

        var restarted = new DocumentCatalog(store, NullLogger<DocumentCatalog>.Instance);
        var loaded = new CitationGraph(store, restarted, NullLogger<CitationGraph>.Instance);
        await restarted.LoadAsync(CancellationToken.None);
        // The cited decision's own citations were never stored: the start-up repair extracts them.
        Assert.Equal(["aaaa00000000000000b2"], await loaded.LoadAsync(CancellationToken.None));

        foreach (var id in new[] { "aaaa00000000000000a1", "aaaa00000000000000b2", "aaaa00000000000000d4" })
        {
            Assert.Equal(Describe(graph.CitedBy(id)), Describe(loaded.CitedBy(id)));
            Assert.Equal(graph.Outgoing(id).Select(c => c.Target?.Id), loaded.Outgoing(id).Select(c => c.Target?.Id));
        }
        Assert.Equal(graph.Unresolved().Select(u => (u.Symbol, u.Title, u.CitingDocuments)), loaded.Unresolved().Select(u => (u.Symbol, u.Title, u.CitingDocuments)));
        Assert.Equal(2, Describe(loaded.CitedBy("aaaa00000000000000b2")).Count);
        Assert.Equal(ValidityStates.Expired, loaded.StatedValidity("aaaa00000000000000b2")?.Status);
    }

    [Fact]
    public async Task A_correction_affects_the_documents_sharing_its_old_or_new_number_and_those_it_repeals_only()
    {
        var cited = await ArchiveAsync("aaaa00000000000000b2", "412/QĐ-UBND", "Phát động phong trào", "Quyết định", new DateOnly(2026, 3, 3));
        var other = await ArchiveAsync("aaaa00000000000000c3", "500/QĐ-UBND", "Quy chế thi đua", "Quyết định", new DateOnly(2026, 4, 1), 1);
        var repealing = await ArchiveAsync("aaaa00000000000000d4", "90/QĐ-UBND", "Bãi bỏ quyết định phát động", "Quyết định", new DateOnly(2026, 9, 1), 2);
        await ArchiveAsync("aaaa00000000000000e5", "7/TB-UBND", "Thông báo lịch họp", "Thông báo", null, 3);
        await CiteAsync(repealing.Id, Repeal);

        var affected = graph.AffectedByChange(repealing, repealing with { IssuedOn = new DateOnly(2026, 9, 2) });
        Assert.Equal(new[] { cited.Id, repealing.Id }, affected.Order(StringComparer.Ordinal));

        var renumbered = graph.AffectedByChange(cited, cited with { Number = "500/QĐ-UBND" });
        Assert.Equal(new[] { cited.Id, other.Id }, renumbered.Order(StringComparer.Ordinal));
    }

    private static List<string> Describe(IReadOnlyList<(DocumentRecord Source, Citation Citation)> citedBy) =>
        citedBy.Select(c => $"{c.Source.Id} {c.Citation.Start} {c.Citation.Symbol}").ToList();

    [Fact]
    public async Task Cited_by_and_the_unresolved_list_come_in_pages_that_are_slices_of_the_whole_with_its_total()
    {
        await ArchiveAsync("aaaa00000000000000b2", "412/QĐ-UBND", "Phát động phong trào", "Quyết định", new DateOnly(2026, 3, 3));
        for (var i = 0; i < 5; i++)
        {
            var id = $"aaaa0000000000000c{i:D2}";
            await ArchiveAsync(id, $"{30 + i}/KH-UBND", $"Kế hoạch ngày hội đại đoàn kết thôn số {i}", "Kế hoạch", new DateOnly(2026, 4, 1 + i), 1 + i);
            // Each cites the decision, the provincial resolution (missing), and the first two a district plan (missing).
            await CiteAsync(id, Plan + (i < 2 ? "\nCăn cứ Kế hoạch số 7/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân huyện." : ""));
        }

        var whole = graph.CitedBy("aaaa00000000000000b2");
        var (total, page) = graph.CitedBy("aaaa00000000000000b2", 2, 2);
        Assert.Equal(5, total);
        Assert.Equal(Describe(whole.Skip(2).Take(2).ToList()), Describe(page));
        Assert.Equal(whole.Select(c => c.Source.Id).Order(StringComparer.Ordinal), whole.Select(c => c.Source.Id));

        var (missing, first) = graph.Unresolved(0, 1);
        Assert.Equal(2, missing);
        Assert.Equal(("15/2025/NQ-HĐND", 5), (Assert.Single(first).Symbol, first[0].CitingDocuments));
        Assert.Equal(("7/KH-UBND", 2), (Assert.Single(graph.Unresolved(1, 5).Items).Symbol, graph.Unresolved(1, 5).Items[0].CitingDocuments));

        // A citing document destroyed leaves both lists; the cited one destroyed becomes missing to those citing it.
        catalog.Forget("aaaa0000000000000c00");
        graph.Forget("aaaa0000000000000c00");
        Assert.Equal(4, graph.CitedBy("aaaa00000000000000b2", 0, 100).Total);
        Assert.Equal([4, 1], graph.Unresolved().Select(u => u.CitingDocuments));
        catalog.Forget("aaaa00000000000000b2");
        graph.Forget("aaaa00000000000000b2");
        // Four documents each: ranked by the symbol then.
        Assert.Equal(["15/2025/NQ-HĐND", "412/QĐ-UBND", "7/KH-UBND"], graph.Unresolved().Select(u => u.Symbol));
    }
}
