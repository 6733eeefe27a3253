using System.Text;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;

namespace Archive.Indexer.Tests.Ocr;

public sealed class TesseractOcrTests(VietnameseScan scan) : IClassFixture<VietnameseScan>
{
    [Fact]
    public async Task A_clean_300_dpi_page_is_read_with_its_diacritics()
    {
        var page = await new TesseractOcr().RecognizeAsync(scan.Page);

        Assert.True(RecognizedText.ShareOfWordsFound(VietnameseScan.Lines, page.Text, folded: false) >= 0.9, page.Text);
        Assert.Contains("Nghị định số 59/2023/NĐ-CP", page.Text);
        Assert.True(page.Confidence > 80, $"confidence {page.Confidence}");
        Assert.True(page.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task A_noisy_page_still_yields_most_of_its_words()
    {
        var page = await new TesseractOcr().RecognizeAsync(scan.NoisyPage);

        Assert.True(RecognizedText.ShareOfWordsFound(VietnameseScan.Lines, page.Text, folded: true) >= 0.9, page.Text);
    }

    [Fact]
    public async Task Lines_come_out_as_lines()
    {
        var page = await new TesseractOcr().RecognizeAsync(scan.Page);
        var lines = page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Contains(lines, l => RecognizedText.Fold(l) == RecognizedText.Fold("Xét đề nghị của Trưởng phòng Tư pháp huyện."));
    }

    [Fact]
    public async Task A_missing_tesseract_is_reported_as_missing()
    {
        var ocr = new TesseractOcr(new OcrOptions { TesseractProgram = "tesseract-chua-cai-dat" });

        var error = await Assert.ThrowsAsync<ExternalToolException>(() => ocr.RecognizeAsync(scan.Page));
        Assert.Equal(ExternalToolFailure.Missing, error.Failure);
    }

    [Fact]
    public async Task A_page_past_its_time_limit_is_killed()
    {
        var ocr = new TesseractOcr(new OcrOptions { PageTimeout = TimeSpan.FromMilliseconds(50) });

        var error = await Assert.ThrowsAsync<ExternalToolException>(() => ocr.RecognizeAsync(scan.Page));
        Assert.Equal(ExternalToolFailure.TimedOut, error.Failure);
    }
}
