using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Pdf;
using Archive.Indexer.Tests.Extraction;

namespace Archive.Indexer.Tests.Ocr;

public sealed class ScannedDocumentOcrTests(VietnameseScan scan) : IClassFixture<VietnameseScan>
{
    private readonly ScannedDocumentOcr _ocr = new();

    [Fact]
    public async Task An_image_only_pdf_is_recognized_and_says_it_came_from_ocr()
    {
        await using var pdf = File.OpenRead(scan.ImageOnlyPdf);

        var text = await _ocr.RecognizeAsync(pdf, ContentTypes.Pdf);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.True(RecognizedText.ShareOfWordsFound(VietnameseScan.Lines, text.Text, folded: true) >= 0.9, text.Text);
        Assert.NotNull(text.Ocr);
        Assert.Equal([1], text.Ocr.RecognizedPages);
        Assert.Empty(text.Ocr.LowConfidencePages);
    }

    [Fact]
    public async Task A_signed_scan_keeps_both_the_recognized_text_and_the_stamp()
    {
        await using var pdf = File.OpenRead(scan.StampedPdf);

        var text = await _ocr.RecognizeAsync(pdf, ContentTypes.Pdf);

        Assert.Contains("Ngày ký: 20.02.2025 09:12:45 +07:00", text.Text);
        Assert.True(RecognizedText.ShareOfWordsFound(VietnameseScan.Lines, text.Text, folded: true) >= 0.9, text.Text);
        Assert.Equal([1], text.Ocr!.RecognizedPages);
    }

    [Fact]
    public async Task The_40_dpi_fixture_scan_yields_text_but_is_flagged_by_a_strict_threshold()
    {
        var strict = new ScannedDocumentOcr(new OcrOptions { LowConfidenceThreshold = 95 });

        var text = await strict.RecognizeAsync(Fixture.Open("scanned-no-text.pdf"), ContentTypes.Pdf);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.Contains("thuc hien", RecognizedText.Fold(text.Text));
        Assert.Equal([1], text.Ocr!.LowConfidencePages);
    }

    [Fact]
    public async Task A_pdf_with_a_text_layer_is_not_ocrd()
    {
        var text = await _ocr.RecognizeAsync(Fixture.Open("ke-hoach-dejavu-serif.pdf"), ContentTypes.Pdf);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.Null(text.Ocr);
        Assert.Equal((await new PdfTextExtractor().ExtractAsync(Fixture.Open("ke-hoach-dejavu-serif.pdf"))).Text, text.Text);
    }

    [Fact]
    public async Task A_png_scan_is_recognized_directly()
    {
        await using var png = File.OpenRead(scan.Page);

        var text = await _ocr.RecognizeAsync(png, ContentTypes.Png);

        Assert.Contains("Nghị định số 59/2023/NĐ-CP", text.Text);
        Assert.Null(text.PageCount);
    }

    [Fact]
    public async Task Pages_can_be_recognized_one_at_a_time_and_merged_later()
    {
        var assessment = await _ocr.AssessPagesAsync(scan.StampedPdf);
        var results = new List<OcrPageResult>();
        foreach (var page in assessment.PagesToRecognize)
            results.Add(await _ocr.RecognizePdfPageAsync(scan.StampedPdf, page));

        var text = _ocr.Merge(assessment, results);

        Assert.Equal(1, text.PageCount);
        Assert.Contains("Ký bởi: Ủy ban nhân dân huyện Đình Lập", text.Text);
        Assert.Contains("hương ước", text.Text);
    }

    [Fact]
    public async Task Progress_is_reported_for_every_page()
    {
        var reports = new List<OcrProgress>();
        var progress = new SynchronousProgress(reports.Add);

        await _ocr.RecognizeAsync(File.OpenRead(scan.ImageOnlyPdf), ContentTypes.Pdf, progress);

        var report = Assert.Single(reports);
        Assert.Equal((1, 1, 1), (report.PagesDone, report.PagesToRecognize, report.Page.PageNumber));
    }

    [Fact]
    public async Task Without_tesseract_a_scan_fails_with_a_vietnamese_reason()
    {
        var absent = new ScannedDocumentOcr(new OcrOptions { TesseractProgram = "tesseract-chua-cai-dat" });

        var text = await absent.RecognizeAsync(File.OpenRead(scan.ImageOnlyPdf), ContentTypes.Pdf);

        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.Contains("chưa cài tesseract-chua-cai-dat", text.Error);
        Assert.Equal([1], text.Ocr!.FailedPages);
    }

    [Fact]
    public async Task A_file_that_is_not_a_scan_is_refused()
    {
        var text = await _ocr.RecognizeAsync(Fixture.Open("bien-ban-hop-thon.rtf"), ContentTypes.Rtf);

        Assert.Equal(TextStatus.Failed, text.Status);
    }

    private sealed class SynchronousProgress(Action<OcrProgress> report) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value) => report(value);
    }
}
