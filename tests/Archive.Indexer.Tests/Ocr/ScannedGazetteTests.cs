using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Pdf;
using Archive.Indexer.Metadata;
using Archive.Indexer.Tests.Extraction.Pdf;

namespace Archive.Indexer.Tests.Ocr;

public sealed class ScannedGazetteTests : IClassFixture<GazettePages>
{
    private readonly GazettePages _gazette;
    private readonly ScannedDocumentOcr _ocr = new();

    public ScannedGazetteTests(GazettePages gazette)
    {
        RequiredTool.Check("tesseract");
        _gazette = gazette;
    }

    private static IEnumerable<string> Printed => GazettePages.Header.SelectMany(h => new[] { h.Left, h.Right }).Concat(GazettePages.Title).Concat(GazettePages.Body);

    [Fact]
    public async Task A_gazette_scan_under_a_text_overlay_is_ocrd_its_stamp_kept_and_its_header_read_from_the_scan()
    {
        var text = await _ocr.RecognizeAsync(File.OpenRead(_gazette.Scan), ContentTypes.Pdf);

        Assert.Equal(TextStatus.Ok, text.Status);
        var page = Assert.Single(text.PageSources!);
        Assert.Equal((PageSources.Ocr, "scan-under-overlay"), (page.Source, page.Reason));
        Assert.True(RecognizedText.ShareOfWordsFound(Printed, text.Text, folded: true) >= 0.9, text.Text);
        Assert.Contains(GazettePages.Stamp[0], text.Text);
        Assert.Contains(GazettePages.RunningHeader, text.Text);

        var header = new DocumentHeaderReader().Read(text.Text);
        Assert.Equal("Thông tư", header.Kind);
        Assert.Equal("07/2024/TT-BTP", header.Number);
        Assert.Equal("BỘ TƯ PHÁP", header.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 20), header.IssuedOn);
        Assert.Equal(new SignerInfo("Lê Văn Thịnh", "THỨ TRƯỞNG", "KT."), header.Signer);
    }

    [Fact]
    public async Task A_scanned_body_under_a_typed_header_keeps_the_typed_text_first_and_the_scanned_text_after_it()
    {
        var text = await _ocr.RecognizeAsync(File.OpenRead(_gazette.HalfScan), ContentTypes.Pdf);

        Assert.Equal(PageSources.Ocr, Assert.Single(text.PageSources!).Source);
        Assert.True(RecognizedText.ShareOfWordsFound(GazettePages.Body, text.Text, folded: true) >= 0.9, text.Text);
        var typed = text.Text.IndexOf("Số: 07/2024/TT-BTP", StringComparison.Ordinal);
        var scanned = RecognizedText.Fold(text.Text).IndexOf("bieu quyet cong khai", StringComparison.Ordinal);
        Assert.True(typed >= 0 && scanned > typed, text.Text);
        var header = new DocumentHeaderReader().Read(text.Text);
        Assert.Equal(("Thông tư", "07/2024/TT-BTP", "BỘ TƯ PHÁP"), (header.Kind, header.Number, header.Issuer));
        Assert.Equal("Hướng dẫn xây dựng và thực hiện hương ước, quy ước của thôn, tổ dân phố", header.Title);
    }

    [Fact]
    public async Task A_garbage_text_layer_gives_way_to_the_ocr_of_the_page()
    {
        var text = await _ocr.RecognizeAsync(File.OpenRead(_gazette.Garbled), ContentTypes.Pdf);

        Assert.Equal(TextStatus.Ok, text.Status);
        var page = Assert.Single(text.PageSources!);
        Assert.Equal((PageSources.Ocr, "garbled-text-layer"), (page.Source, page.Reason));
        Assert.True(page.Quality > 0.9, $"quality {page.Quality}");
        Assert.True(RecognizedText.ShareOfWordsFound(GazettePages.Body, text.Text, folded: true) >= 0.9, text.Text);
    }
}
