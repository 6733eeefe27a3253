using System.Net;
using Archive.Indexer.Tests.Spreadsheets;

namespace Archive.Api.Tests.Structure;

/// <summary>Excel records uploaded like any document: accepted by their bytes, their cells searchable, the original kept.</summary>
[Trait("Tools", "libreoffice")]
public sealed class SpreadsheetRecordsTests : IClassFixture<ArchiveApiFactory>
{
    private readonly HttpClient client;

    public SpreadsheetRecordsTests(ArchiveApiFactory factory) => client = factory.CreateClient();

    [Fact]
    public async Task An_xlsx_report_becomes_searchable_by_the_words_in_its_cells()
    {
        var report = Workbook.Build(new Workbook.Sheet("Quý I", [
            ["BÁO CÁO TIẾN ĐỘ KIÊN CỐ HÓA KÊNH MƯƠNG QUÝ I NĂM 2031"],
            ["Thôn", "Chiều dài (m)", "Ghi chú"],
            ["Nà Pàn", 420, "Hoàn thành mương Nà Pàn"],
        ]));

        var doc = await client.UploadRecordAsync(report, "bao-cao-kenh-muong.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", doc.GetProperty("contentType").GetString());
        Assert.Equal("ok", doc.GetProperty("textStatus").GetString());
        var id = doc.GetProperty("id").GetString()!;
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("kiên cố hóa kênh mương"))).HitIds());
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=na+pan")).HitIds());
        Assert.Equal(report, await (await client.GetAsync($"/api/documents/{id}/content")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_VNI_xls_form_becomes_searchable_in_unicode()
    {
        var form = Workbook.Build(new Workbook.Sheet("Mẫu số 3", [
            ["BÁO CÁO TAI NẠN LAO ĐỘNG NĂM 2031"],
            ["Tên cơ sở", "Hợp tác xã chè Khuổi Phầy"],
            ["Số người bị nạn", 1],
        ], "VNI-Times"));
        var xls = await Workbook.SaveAsAsync(form, "xls");

        var doc = await client.UploadRecordAsync(xls, "mau-so-3.xls");

        Assert.Equal("application/vnd.ms-excel", doc.GetProperty("contentType").GetString());
        Assert.Equal("ok", doc.GetProperty("textStatus").GetString());
        var id = doc.GetProperty("id").GetString()!;
        Assert.Contains("Hợp tác xã chè Khuổi Phầy", await client.GetStringAsync($"/api/documents/{id}/text"));
        Assert.Contains(id, (await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("tai nạn lao động chè"))).HitIds());
    }
}
