using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Api.Tests.Ingest;

/// <summary>A long born-digital report (DejaVu Sans, as fonts-dejavu-core installs it), one numbered section a page.</summary>
internal static class LongReportPdf
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary><paramref name="pages"/> pages; <paramref name="marker"/> is on the last one only.</summary>
    public static byte[] Build(int pages, string marker)
    {
        Assert.True(File.Exists(Font), $"{Font} is missing: scripts/install-browser.sh installs fonts-dejavu-core.");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            string[] lines =
            [
                $"Mục {number}. Kết quả rà soát hồ sơ địa chính của thôn thứ {number}",
                "Tổ công tác đã đối chiếu sổ mục kê, bản đồ địa chính và giấy chứng nhận quyền sử dụng đất",
                "của các hộ gia đình, cá nhân; các trường hợp sai lệch được lập danh sách riêng để xử lý.",
                number == pages ? $"Ghi chú cuối báo cáo: {marker}" : $"Trang {number} của báo cáo tổng hợp.",
            ];
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 24;
            }
        }
        return builder.Build();
    }
}
