using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Office;
using Archive.Indexer.Tests.Office;
using Archive.Indexer.Tests.Ocr;

namespace Archive.Indexer.Tests.Spreadsheets;

public sealed class SpreadsheetExtractionTests
{
    private static readonly Workbook.Sheet Report = new("Tổng hợp", [
        ["BÁO CÁO KẾT QUẢ THU QUỸ PHÒNG CHỐNG THIÊN TAI NĂM 2031"],
        ["STT", "Thôn, bản", "Số hộ", "Số tiền (đồng)"],
        [1, "Bản Chắt", 54, 2700000],
        [2, "Khuổi Bó", 38, 1900000],
    ]);

    private static readonly Workbook.Sheet Notes = new("Ghi chú", [["Số liệu do kế toán xã tổng hợp."]]);

    [Fact]
    public void An_xlsx_report_is_read_sheet_by_sheet_and_cell_by_cell_in_reading_order()
    {
        using var file = new MemoryStream(Workbook.Build(Report, Notes));

        Assert.Equal(ContentTypes.Xlsx, ContentSniffer.Sniff(file)?.ContentType);
        var text = new XlsxTextExtractor().Extract(file);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.Equal(
            "Tổng hợp\nBÁO CÁO KẾT QUẢ THU QUỸ PHÒNG CHỐNG THIÊN TAI NĂM 2031\nSTT\tThôn, bản\tSố hộ\tSố tiền (đồng)\n"
            + "1\tBản Chắt\t54\t2700000\n2\tKhuổi Bó\t38\t1900000\n\nGhi chú\nSố liệu do kế toán xã tổng hợp.",
            text.Text);
    }

    [Fact]
    public void Cells_typed_in_a_VNI_font_are_decoded_to_unicode()
    {
        var form = Report with { Font = "VNI-Times" };
        using var file = new MemoryStream(Workbook.Build(form));

        var text = new XlsxTextExtractor().Extract(file).Text;

        Assert.Contains("BÁO CÁO KẾT QUẢ THU QUỸ PHÒNG CHỐNG THIÊN TAI NĂM 2031", text);
        Assert.Contains("Khuổi Bó", text);
    }

    [Fact]
    public void A_zip_that_is_neither_a_workbook_nor_a_word_file_is_not_taken_for_one()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            archive.CreateEntry("xl/other.xml");
        Assert.Null(ContentSniffer.Sniff(zip));
    }
}

[Trait("Tools", "libreoffice")]
[Collection(LibreOfficeCollection.Name)]
public sealed class LegacySpreadsheetTests
{
    private readonly OfficeDocumentConverter converter;

    public LegacySpreadsheetTests(SharedConverter shared)
    {
        RequiredTool.Check(OfficeDocumentConverter.DefaultProgram);
        converter = shared.Converter;
    }

    [Theory]
    [InlineData("xls", ContentTypes.Xls)]
    [InlineData("ods", ContentTypes.Ods)]
    public async Task A_VNI_form_saved_as_an_old_workbook_is_sniffed_and_read_in_unicode(string extension, string contentType)
    {
        var form = new Workbook.Sheet("Mẫu số 3", [
            ["BÁO CÁO TAI NẠN LAO ĐỘNG"],
            ["Tên cơ sở", "Hợp tác xã chè Bắc Xa"],
            ["Số người bị nạn", 2],
        ], "VNI-Times");
        var old = await Workbook.SaveAsAsync(Workbook.Build(form), extension);
        using var file = new MemoryStream(old);

        Assert.Equal(contentType, ContentSniffer.Sniff(file)?.ContentType);
        var text = await new OfficeTextExtractor(converter).ExtractAsync(file);

        Assert.Equal(TextStatus.Ok, text.Status);
        Assert.Contains("BÁO CÁO TAI NẠN LAO ĐỘNG", text.Text);
        Assert.Contains("Hợp tác xã chè Bắc Xa", text.Text);
    }
}
