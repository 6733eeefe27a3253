using System.Text.RegularExpressions;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Pdf;
using Archive.Indexer.Metadata;
using Archive.Indexer.Tests.Ocr;
using Microsoft.Extensions.Logging;

namespace Archive.Indexer.Tests.Extraction.Pdf;

public sealed class PdfPageAssessorTests(GazettePages gazette) : IClassFixture<GazettePages>
{
    private readonly PdfPageAssessor _assessor = new();

    private static string Flowed(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task A_dejavu_sans_mono_libreoffice_pdf_reads_as_clean_vietnamese_with_its_header()
    {
        var text = await new PdfTextExtractor().ExtractFileAsync(Fixture.PathOf("nghi-dinh-dejavu-sans-mono.pdf"));

        var flowed = Flowed(text.Text);
        Assert.Contains("Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", flowed);
        Assert.Contains("Ủy ban nhân dân huyện Đình Lập và các xã trên địa bàn tỉnh Lạng Sơn", flowed);
        Assert.Contains("tổ chức hội nghị thôn, tổ dân phố để nhân dân bàn và quyết định trực tiếp", flowed);
        foreach (var garbled in new[] { "hủyện", "cở sở", "Lủật", "Lạng Sởn", "%", "@", "\b" })
            Assert.DoesNotContain(garbled, text.Text, StringComparison.Ordinal);
        var page = Assert.Single(text.PageSources!);
        Assert.Equal("text-layer", page.Reason);
        Assert.True(page.Quality >= 0.98, $"quality {page.Quality}");

        var header = new DocumentHeaderReader().Read(text.Text);
        Assert.Equal(("Nghị định", "59/2023/NĐ-CP", "CHÍNH PHỦ", new DateOnly(2023, 8, 14)), (header.Kind, header.Number, header.Issuer, header.IssuedOn));
        Assert.Equal("Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", header.Title);
    }

    [Fact]
    public async Task PdfPig_alone_reads_the_dejavu_sans_mono_pdf_through_its_actual_text_spans()
    {
        var pdfPigOnly = new PdfPageAssessor(new PdfReadingOptions { PdftotextProgram = "pdftotext-chua-cai-dat" });

        var page = Assert.Single((await pdfPigOnly.AssessAsync(Fixture.PathOf("nghi-dinh-dejavu-sans-mono.pdf"))).Pages);

        Assert.Equal(PageSources.PdfPig, page.Source);
        Assert.Equal(PageTextDecision.TextLayer, page.Decision);
        Assert.Contains("Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", Flowed(page.LayerText));
        Assert.Equal(1, page.Verdict.SyllableShare);
    }

    [Fact]
    public async Task A_missing_pdftotext_is_logged_as_a_warning_for_the_operator()
    {
        var log = new RecordingLogger();
        var poppler = new PopplerText(new PdfReadingOptions { PdftotextProgram = "pdftotext-chua-cai-dat" }, log);

        var pages = await poppler.ReadPagesAsync(Fixture.PathOf("nghi-dinh-dejavu-sans-mono.pdf"), 1);

        Assert.Null(pages);
        var (level, message) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("pdftotext gave no text for 1 pages (Missing", message);
    }

    [Fact]
    public async Task A_pdftotext_that_fails_on_a_file_is_logged_with_its_first_error_line()
    {
        var log = new RecordingLogger();
        var notAPdf = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(notAPdf, "đây không phải là tệp PDF");

            var pages = await new PopplerText(logger: log).ReadPagesAsync(notAPdf, 1);

            Assert.Null(pages);
            var (level, message) = Assert.Single(log.Entries);
            Assert.Equal(LogLevel.Warning, level);
            Assert.Contains("pdftotext exited with", message);
        }
        finally
        {
            File.Delete(notAPdf);
        }
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    [Fact]
    public async Task Poppler_reading_of_the_dejavu_sans_mono_pdf_has_its_broken_words_mended()
    {
        var pages = await new PopplerText().ReadPagesAsync(Fixture.PathOf("nghi-dinh-dejavu-sans-mono.pdf"), 1);

        var text = Flowed(Assert.Single(pages!));
        Assert.Contains("Số: 59/2023/NĐ-CP", text);
        Assert.Contains("Quy định chi tiết một số điều của Luật", text);
        Assert.Contains("Căn cứ Luật Tổ chức Chính phủ", text);
    }

    [Fact]
    public async Task Where_poppler_splits_words_of_a_libreoffice_pdf_the_page_keeps_pdfpig_reading()
    {
        var text = await new PdfTextExtractor().ExtractFileAsync(Fixture.PathOf("ke-hoach-liberation-serif.pdf"));

        Assert.All(text.PageSources!, p => Assert.Equal(PageSources.PdfPig, p.Source));
        Assert.Contains("của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", Flowed(text.Text));
    }

    [Fact]
    public async Task A_born_digital_gazette_page_is_read_from_its_text_layer_and_its_header_survives_the_gazette_additions()
    {
        var text = await new PdfTextExtractor().ExtractFileAsync(gazette.BornDigital);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.Equal(new PageSource(1, PageSources.Poppler, 1, "text-layer"), Assert.Single(text.PageSources!));
        Assert.Contains(GazettePages.Stamp[0], text.Text);
        var header = new DocumentHeaderReader().Read(text.Text);
        Assert.Equal("Thông tư", header.Kind);
        Assert.Equal("07/2024/TT-BTP", header.Number);
        Assert.Equal("BỘ TƯ PHÁP", header.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 20), header.IssuedOn);
        Assert.Equal("Hà Nội", header.Place);
        Assert.Equal("Hướng dẫn xây dựng và thực hiện hương ước, quy ước của thôn, tổ dân phố", header.Title);
        Assert.Equal(new SignerInfo("Lê Văn Thịnh", "THỨ TRƯỞNG", "KT."), header.Signer);
    }

    [Fact]
    public async Task A_full_page_scan_under_a_stamp_running_header_and_typed_signer_needs_ocr_of_the_whole_page()
    {
        var page = Assert.Single((await _assessor.AssessAsync(gazette.Scan)).Pages);

        Assert.Equal(PageTextDecision.ScanUnderOverlay, page.Decision);
        Assert.True(page.NeedsOcr);
        Assert.True(page.Coverage.ImageShare > 0.9, $"images cover {page.Coverage.ImageShare:P0}");
        Assert.True(page.Coverage.TextOnImageShare < 0.1, $"text covers {page.Coverage.TextOnImageShare:P0} of the image");
        Assert.Null(page.OcrRegion);
        Assert.Contains(GazettePages.Stamp[0], page.OverlayAfter);
        Assert.Contains("Lê Văn Thịnh", page.OverlayAfter);
    }

    [Fact]
    public async Task A_scanned_body_under_a_typed_header_needs_ocr_of_the_scanned_part_only()
    {
        var page = Assert.Single((await _assessor.AssessAsync(gazette.HalfScan)).Pages);

        Assert.Equal(PageTextDecision.ScanUnderOverlay, page.Decision);
        var region = Assert.IsType<PageRegion>(page.OcrRegion);
        Assert.InRange(region.Top, 0.35, 0.45);
        Assert.InRange(region.Height, 0.2, 0.3);
        Assert.Contains("Số: 07/2024/TT-BTP", page.OverlayBefore);
        Assert.Contains("THÔNG TƯ", page.OverlayBefore);
        Assert.Equal("", page.OverlayAfter);
    }

    [Fact]
    public async Task A_scan_under_a_garbage_text_layer_needs_ocr_and_without_it_fails_with_a_reason()
    {
        var page = Assert.Single((await _assessor.AssessAsync(gazette.Garbled)).Pages);
        var text = await new PdfTextExtractor().ExtractFileAsync(gazette.Garbled);

        Assert.Equal(PageTextDecision.GarbledTextLayer, page.Decision);
        Assert.False(page.Verdict.Passes);
        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.StartsWith("Lớp chữ của tệp PDF không đọc được thành tiếng Việt", text.Error);
        Assert.Equal("garbled-text-layer", Assert.Single(text.PageSources!).Reason);
    }

    [Fact]
    public async Task A_blank_page_is_blank_and_not_sent_to_ocr()
    {
        var assessment = await _assessor.AssessAsync(gazette.WithBlankPage);

        Assert.Equal([PageTextDecision.TextLayer, PageTextDecision.Blank], assessment.Pages.Select(p => p.Decision));
        Assert.False(assessment.NeedsOcr);
        var text = await new PdfTextExtractor().ExtractFileAsync(gazette.WithBlankPage);
        Assert.Equal(new PageSource(2, PageSources.None, null, "blank"), text.PageSources![1]);
    }

    [Fact]
    public async Task Every_page_of_a_libreoffice_pdf_is_read_from_its_text_layer()
    {
        var assessment = await _assessor.AssessAsync(Fixture.PathOf("ke-hoach-dejavu-serif.pdf"));

        Assert.Equal(2, assessment.Pages.Count);
        Assert.All(assessment.Pages, p => Assert.Equal(PageTextDecision.TextLayer, p.Decision));
    }

    [Fact]
    public async Task A_page_that_is_only_an_image_is_a_scan()
    {
        var page = Assert.Single((await _assessor.AssessAsync(Fixture.PathOf("scanned-no-text.pdf"))).Pages);

        Assert.Equal(PageTextDecision.Scan, page.Decision);
        Assert.True(page.Coverage.ImageShare > 0.9);
        Assert.Equal(PageSources.None, page.Source);
    }

    [Fact]
    public async Task A_pdf_over_the_page_budget_fails_with_the_limit_in_its_reason()
    {
        var small = new PdfPageAssessor(new PdfReadingOptions { MaxPages = 1 });

        var assessment = await small.AssessAsync(gazette.WithBlankPage);

        Assert.Empty(assessment.Pages);
        Assert.Equal("Tệp PDF có 2 trang, vượt giới hạn 1 trang một tệp: hãy tách thành nhiều tệp nhỏ hơn.", assessment.Failure);
    }

    [Fact]
    public async Task A_pdf_over_the_character_budget_fails_with_the_limit_in_its_reason()
    {
        var text = await new PdfTextExtractor(new PdfReadingOptions { MaxCharacters = 500 }).ExtractFileAsync(gazette.BornDigital);

        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.StartsWith("Văn bản dài quá giới hạn 500 ký tự", text.Error);
    }

    [Fact]
    public async Task An_encrypted_or_corrupt_pdf_fails_as_before()
    {
        Assert.Equal("Tệp PDF được mã hóa, không trích xuất được văn bản.", (await _assessor.AssessAsync(Fixture.PathOf("encrypted.pdf"))).Failure);
        Assert.StartsWith("Tệp bị hỏng:", (await _assessor.AssessAsync(Fixture.PathOf("corrupt.pdf"))).Failure);
    }
}
