using Archive.Indexer.Metadata;

namespace Archive.Indexer.Tests.Metadata;

public class FileNameNumberTests
{
    [Theory]
    [InlineData("nghi-quyet-so-42-nq-cp-470001.pdf", "42/NQ-CP")]
    [InlineData("thong-tu-so-05-2021-tt-bqp-31234.pdf", "05/2021/TT-BQP")]
    [InlineData("thong-bao-so-03-2023-tb-lpqt-39999.pdf", "03/2023/TB-LPQT")]
    [InlineData("59_2023_ND-CP.pdf", "59/2023/NĐ-CP")]
    [InlineData("QD 15-2024-QD-UBND.docx", "15/2024/QĐ-UBND")]
    [InlineData("ke-hoach-32-kh-ubnd-dinh-lap.pdf", "32/KH-UBND")]
    public void A_number_written_into_a_file_name_is_read_back_as_a_symbol(string fileName, string symbol)
    {
        Assert.Equal(symbol, FileNameNumber.Read(fileName)?.Canonical);
    }

    [Theory]
    [InlineData("ke-hoach-dan-chu-co-so-2025.pdf")]
    [InlineData("t2.pdf")]
    [InlineData("bien-ban-hop-thon.docx")]
    [InlineData("")]
    [InlineData(null)]
    public void A_file_name_without_a_number_gives_none(string? fileName)
    {
        Assert.Null(FileNameNumber.Read(fileName));
    }

    private static HeaderMetadata Header(string? kind, string? number, bool unreadable = false) =>
        new(kind, number, "BỘ QUỐC PHÒNG", null, null, null, null) { NumberUnreadable = unreadable };

    [Fact]
    public void An_unreadable_header_number_is_taken_from_the_file_name_when_the_kinds_agree()
    {
        Assert.Equal(("05/2021/TT-BQP", true), FileNameNumber.Reconcile(Header("Thông tư", null, unreadable: true), "thong-tu-so-05-2021-tt-bqp-31234.pdf", false));
        Assert.Equal((null, false), FileNameNumber.Reconcile(Header("Quyết định", null, unreadable: true), "thong-tu-so-05-2021-tt-bqp-31234.pdf", false));
    }

    [Fact]
    public void A_header_without_any_number_label_takes_nothing_from_the_file_name()
    {
        Assert.Equal((null, false), FileNameNumber.Reconcile(Header("Thông tư", null), "thong-tu-so-05-2021-tt-bqp-31234.pdf", false));
    }

    [Fact]
    public void A_number_read_by_ocr_whose_digits_differ_from_the_file_name_takes_the_file_name()
    {
        Assert.Equal(("42/NQ-CP", true), FileNameNumber.Reconcile(Header("Nghị quyết", "442/NQ-CP"), "nghi-quyet-so-42-nq-cp-470001.pdf", true));
    }

    [Fact]
    public void A_typed_number_always_wins_over_the_file_name()
    {
        Assert.Equal(("442/NQ-CP", false), FileNameNumber.Reconcile(Header("Nghị quyết", "442/NQ-CP"), "nghi-quyet-so-42-nq-cp-470001.pdf", false));
        Assert.Equal(("43/NQ-HĐND", false), FileNameNumber.Reconcile(Header("Nghị quyết", "43/NQ-HĐND"), "nghi-quyet-so-42-nq-cp-470001.pdf", true));
    }
}
