using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Tests.Extraction;

namespace Archive.Indexer.Tests.Ocr;

public sealed class PdfPageTextLayerTests(VietnameseScan scan) : IClassFixture<VietnameseScan>
{
    [Fact]
    public void A_typeset_page_is_read_from_its_text_layer()
    {
        var page = Assert.Single(PdfPageTextLayer.Assess(scan.TextPdf));

        Assert.Equal(PageTextDecision.TextLayer, page.Decision);
        Assert.Contains("Nghị định số 59/2023/NĐ-CP", page.LayerText);
    }

    [Fact]
    public void Every_page_of_a_libreoffice_pdf_is_read_from_its_text_layer()
    {
        var pages = PdfPageTextLayer.Assess(Fixture.PathOf("ke-hoach-dejavu-serif.pdf"));

        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.False(p.NeedsOcr));
    }

    [Theory]
    [InlineData("scanned-no-text.pdf")]
    public void A_page_that_is_only_an_image_needs_ocr(string name)
    {
        var page = Assert.Single(PdfPageTextLayer.Assess(Fixture.PathOf(name)));

        Assert.Equal(PageTextDecision.ScanWithoutText, page.Decision);
        Assert.True(page.ImageCoverage > 0.9);
    }

    [Fact]
    public void A_signature_stamp_over_a_scan_needs_ocr_and_its_text_is_kept()
    {
        var page = Assert.Single(PdfPageTextLayer.Assess(scan.StampedPdf));

        Assert.Equal(PageTextDecision.ScanWithStamp, page.Decision);
        Assert.Contains("Ký bởi: Ủy ban nhân dân huyện Đình Lập", page.LayerText);
    }

    [Theory]
    [InlineData("Ký bởi: Ủy ban nhân dân huyện Đình Lập\nCơ quan: Huyện Đình Lập, Tỉnh Lạng Sơn\nNgày ký: 20.02.2025 09:12:45 +07:00")]
    [InlineData("Email: vanthu@dinhlap.langson.gov.vn\nThời gian ký: 04/02/2025 15:30")]
    [InlineData("ubnd.bacxa@langson.gov.vn\n20/02/2025")]
    public void Signature_stamp_lines_are_recognized_as_such(string text)
    {
        Assert.True(PdfPageTextLayer.AllLinesAreStampLike(text));
    }

    [Theory]
    [InlineData("Ký bởi: Ủy ban nhân dân huyện Đình Lập\nĐiều 1. Công nhận hương ước thôn Bản Chắt")]
    [InlineData("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;")]
    [InlineData("")]
    public void Body_text_is_not_a_stamp(string text)
    {
        Assert.False(PdfPageTextLayer.AllLinesAreStampLike(text));
    }
}
