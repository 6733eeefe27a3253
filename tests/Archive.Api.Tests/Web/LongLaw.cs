using System.Text;

namespace Archive.Api.Tests.Web;

/// <summary>
/// A law written for the long-document tests and the document-parts bench (which links this file): 5 chapters of 110
/// articles with two clauses each, about 260,000 characters, several parts of a page.
/// </summary>
internal static class LongLaw
{
    public static string Text()
    {
        var text = new StringBuilder("QUỐC HỘI\nLuật số: 98/2025/QH15\nLUẬT\nQUẢN LÝ NHÀ VĂN HÓA THÔN, BẢN\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n");
        var article = 0;
        foreach (var chapter in new[] { "I", "II", "III", "IV", "V" })
        {
            text.Append($"Chương {chapter}\nQUY ĐỊNH VỀ NHÓM VIỆC {chapter}\n");
            for (var n = 0; n < 110; n++)
            {
                article++;
                text.Append($"Điều {article}. Việc thứ {article} của nhà văn hóa\n");
                text.Append($"1. Ban quản lý nhà văn hóa thôn lập sổ theo dõi việc thứ {article}, ghi rõ người phụ trách, thời gian, "
                    + "kinh phí đóng góp của các hộ gia đình và kết quả thực hiện, niêm yết công khai tại bảng tin của thôn trong ba mươi ngày.\n");
                text.Append($"2. Trưởng thôn tổng hợp ý kiến của người dân về việc thứ {article}, báo cáo Ủy ban nhân dân xã trước ngày "
                    + "mười lăm của tháng cuối quý; Ủy ban nhân dân xã kiểm tra, hướng dẫn và trả lời bằng văn bản trong mười ngày làm việc.\n");
            }
        }
        text.Append("Luật này được Quốc hội thông qua ngày 01 tháng 7 năm 2025.\nCHỦ TỊCH QUỐC HỘI\nTrần Văn Bình\n");
        return text.ToString();
    }
}
