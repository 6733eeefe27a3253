using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Api.Tests.Browser;

/// <summary>A born-digital decree typeset for the browser tests (DejaVu Sans, as fonts-dejavu-core installs it).</summary>
internal static class DecreePdf
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static readonly string[] Lines =
    [
        "CHÍNH PHỦ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 59/2023/NĐ-CP              Độc lập - Tự do - Hạnh phúc",
        "                               Hà Nội, ngày 14 tháng 8 năm 2023",
        "NGHỊ ĐỊNH",
        "Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở",
        "Điều 1. Phạm vi điều chỉnh",
        "Nghị định này quy định chi tiết việc công khai thông tin ở xã, phường, thị trấn",
        "và việc tổ chức hội nghị thôn, tổ dân phố để nhân dân bàn và quyết định.",
        "Điều 2. Hội nghị thôn",
        "Hội nghị thôn được tổ chức khi có trên 50% số hộ gia đình tham dự.",
    ];

    public static byte[] Build()
    {
        Assert.True(File.Exists(Font), $"{Font} is missing: scripts/install-browser.sh installs fonts-dejavu-core.");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var line in Lines)
        {
            page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 24;
        }
        return builder.Build();
    }
}
