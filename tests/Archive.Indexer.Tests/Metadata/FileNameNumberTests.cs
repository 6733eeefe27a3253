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
        Assert.Equal(("05/2021/TT-BQP", true), FileNameNumber.Reconcile(Header("Thông tư", null, unreadable: true), "thong-tu-so-05-2021-tt-bqp-31234.pdf"));
        Assert.Equal((null, false), FileNameNumber.Reconcile(Header("Quyết định", null, unreadable: true), "thong-tu-so-05-2021-tt-bqp-31234.pdf"));
    }

    [Fact]
    public void An_unreadable_header_number_stays_unknown_when_the_file_name_has_none()
    {
        Assert.Equal((null, false), FileNameNumber.Reconcile(Header("Thông tư", null, unreadable: true), "thong-tu-bo-quoc-phong.pdf"));
    }

    [Fact]
    public void A_header_without_any_number_label_takes_nothing_from_the_file_name()
    {
        Assert.Equal((null, false), FileNameNumber.Reconcile(Header("Thông tư", null), "thong-tu-so-05-2021-tt-bqp-31234.pdf"));
    }

    [Theory]
    [InlineData("442/NQ-CP")]
    [InlineData("43/NQ-HĐND")]
    [InlineData("42/2024/NQ-CP")]
    public void A_number_read_from_the_text_is_never_replaced_by_the_file_name(string readNumber)
    {
        var reconciled = FileNameNumber.Reconcile(Header("Nghị quyết", readNumber, unreadable: true), "nghi-quyet-so-42-nq-cp-470001.pdf");

        Assert.Equal((readNumber, false), reconciled);
    }

    [Theory]
    [InlineData("447/NQ-CP", "nghi-quyet-so-117-nq-cp-470001.pdf", "117/NQ-CP")]
    [InlineData("33/2022/TT-BQP", "thong-tu-so-38-2022-tt-bqp-31234.pdf", "38/2022/TT-BQP")]
    [InlineData("60/2022/TT-BLĐTBXH", "08_2022_TT-BLDTBXH (ban ky).pdf", "08/2022/TT-BLĐTBXH")]
    public void A_doubtful_number_gives_way_to_a_file_name_spelling_the_same_symbol_with_as_many_digits(string read, string fileName, string expected)
    {
        var reconciled = FileNameNumber.Reconcile(Header(null, read), fileName, numberDoubtful: true);

        Assert.Equal((expected, true), reconciled);
    }

    [Theory]
    [InlineData("47/NQ-CP", "nghi-quyet-so-117-nq-cp-470001.pdf")]        // a digit fewer: another number
    [InlineData("447/NQ-HĐND", "nghi-quyet-so-117-nq-cp-470001.pdf")]     // another issuer
    [InlineData("33/2021/TT-BQP", "thong-tu-so-38-2022-tt-bqp-31234.pdf")] // another year
    [InlineData("33/2022/TT-BQP", "quyet-dinh-so-38-2022-qd-bqp-31234.pdf")] // another kind
    public void A_doubtful_number_is_kept_when_the_file_name_spells_another_symbol(string read, string fileName)
    {
        Assert.Equal((read, false), FileNameNumber.Reconcile(Header(null, read), fileName, numberDoubtful: true));
    }

    [Fact]
    public void A_number_typed_or_read_alike_twice_is_kept_even_when_the_file_name_differs()
    {
        Assert.Equal(("447/NQ-CP", false), FileNameNumber.Reconcile(Header("Nghị quyết", "447/NQ-CP"), "nghi-quyet-so-117-nq-cp-470001.pdf"));
    }
}
