using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

public class DocumentSymbolTests
{
    [Theory]
    [InlineData("59/2023/NĐ-CP", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("59 / 2023 / NĐ - CP", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("59/2023/ND-CP", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("59/2023/nd-cp", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("59/2023/N\u00D0-CP", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("59/2023/nđ-cp", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("59/2023/NĐ\u2013CP", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("Số: 59/2023/NĐ-CP", "59/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("số 059/2023/NĐ-CP", "059/2023/NĐ-CP", "59/2023/nd-cp")]
    [InlineData("08/2024/NQ-HĐND", "08/2024/NQ-HĐND", "8/2024/nq-hdnd")]
    [InlineData("8/2024/nq-hdnd", "8/2024/NQ-HĐND", "8/2024/nq-hdnd")]
    [InlineData("08/2024/NQ-HDND", "08/2024/NQ-HĐND", "8/2024/nq-hdnd")]
    [InlineData("10/2022/QH15", "10/2022/QH15", "10/2022/qh15")]
    [InlineData("10/2022/qh15", "10/2022/QH15", "10/2022/qh15")]
    [InlineData("01/2014/TTLT-BTP-BNV", "01/2014/TTLT-BTP-BNV", "1/2014/ttlt-btp-bnv")]
    [InlineData("32/KH-UBND", "32/KH-UBND", "32/kh-ubnd")]
    [InlineData("32 / KH - UBND", "32/KH-UBND", "32/kh-ubnd")]
    [InlineData("26/CT-TTg", "26/CT-TTg", "26/ct-ttg")]
    [InlineData("26/CT-TTG", "26/CT-TTg", "26/ct-ttg")]
    [InlineData("26/ct-ttg", "26/CT-TTg", "26/ct-ttg")]
    [InlineData("123/UBND-VP", "123/UBND-VP", "123/ubnd-vp")]
    [InlineData("15/CP", "15/CP", "15/cp")]
    [InlineData("851-QĐ/HU", "851-QĐ/HU", "851-qd/hu")]
    [InlineData("851 - QD / HU", "851-QĐ/HU", "851-qd/hu")]
    [InlineData("851\u2014QĐ/HU", "851-QĐ/HU", "851-qd/hu")]
    [InlineData("120-KL/TW", "120-KL/TW", "120-kl/tw")]
    [InlineData("36-HD/VPTW", "36-HD/VPTW", "36-hd/vptw")]
    [InlineData("Số: 1234/QĐ-UBND", "1234/QĐ-UBND", "1234/qd-ubnd")]
    [InlineData("05/TTr-UBND", "05/TTr-UBND", "5/ttr-ubnd")]
    [InlineData("05/ttr-ubnd", "05/TTr-UBND", "5/ttr-ubnd")]
    [InlineData("12/QyĐ-UBND", "12/QyĐ-UBND", "12/qyd-ubnd")]
    [InlineData("12/2008/TTLT/BTC-BNV", "12/2008/TTLT/BTC-BNV", "12/2008/ttlt-btc-bnv")]
    [InlineData("12/2008/TTLT-BTC-BNV", "12/2008/TTLT-BTC-BNV", "12/2008/ttlt-btc-bnv")]
    [InlineData("03/1998/PL-UBTVQH10", "03/1998/PL-UBTVQH10", "3/1998/pl-ubtvqh10")]
    [InlineData("74-CP", "74-CP", "74/cp")]
    [InlineData("74/CP", "74/CP", "74/cp")]
    [InlineData("121-HĐBT", "121-HĐBT", "121/hdbt")]
    [InlineData("66.4/2025/NQ-CP", "66.4/2025/NQ-CP", "66.4/2025/nq-cp")]
    [InlineData("Số: 12.15/2026/NQ-CP", "12.15/2026/NQ-CP", "12.15/2026/nq-cp")]
    [InlineData("12b/2031/NQ-CP", "12b/2031/NQ-CP", "12b/2031/nq-cp")]
    [InlineData("217-CT", "217-CT", "217/ct")]
    [InlineData("76/SL", "76/SL", "76/sl")]
    public void Every_variant_canonicalizes_and_keys_alike(string written, string canonical, string key)
    {
        Assert.True(DocumentSymbol.TryParse(written, out var symbol));
        Assert.Equal(canonical, symbol.Canonical);
        Assert.Equal(key, symbol.Key);
    }

    [Theory]
    [InlineData("59/2023/NĐ-CP", "59", 2023, "NĐ", "CP", SymbolShape.Normative)]
    [InlineData("08/2024/NQ-HĐND", "08", 2024, "NQ", "HĐND", SymbolShape.Normative)]
    [InlineData("10/2022/QH15", "10", 2022, null, "QH15", SymbolShape.Normative)]
    [InlineData("01/2014/TTLT-BTP-BNV", "01", 2014, "TTLT", "BTP-BNV", SymbolShape.Normative)]
    [InlineData("32/KH-UBND", "32", null, "KH", "UBND", SymbolShape.Administrative)]
    [InlineData("26/CT-TTg", "26", null, "CT", "TTg", SymbolShape.Administrative)]
    [InlineData("123/UBND-VP", "123", null, null, "UBND-VP", SymbolShape.Administrative)]
    [InlineData("15/CP", "15", null, null, "CP", SymbolShape.Administrative)]
    [InlineData("851-QĐ/HU", "851", null, "QĐ", "HU", SymbolShape.Party)]
    [InlineData("120-KL/TW", "120", null, "KL", "TW", SymbolShape.Party)]
    [InlineData("36-HD/VPTW", "36", null, "HD", "VPTW", SymbolShape.Party)]
    [InlineData("12/2008/TTLT/BTC-BNV", "12", 2008, "TTLT", "BTC-BNV", SymbolShape.Normative)]
    [InlineData("03/1998/PL-UBTVQH10", "03", 1998, "PL", "UBTVQH10", SymbolShape.Normative)]
    public void Parts_of_a_symbol_are_exposed(string written, string number, int? year, string? kind, string issuer, SymbolShape shape)
    {
        Assert.True(DocumentSymbol.TryParse(written, out var symbol));
        Assert.Equal((number, year, kind, issuer, shape), (symbol.Number, symbol.Year, symbol.KindAbbreviation, symbol.Issuer, symbol.Shape));
    }

    [Theory]
    [InlineData("59/2023/NĐ-CP", "60/2023/NĐ-CP")]
    [InlineData("59/2023/NĐ-CP", "59/2022/NĐ-CP")]
    [InlineData("08/2024/NQ-HĐND", "08/2024/NQ-CP")]
    [InlineData("32/KH-UBND", "32/QĐ-UBND")]
    [InlineData("32/KH-UBND", "32/2024/KH-UBND")]
    [InlineData("851-QĐ/HU", "851-QĐ/TU")]
    [InlineData("851-QĐ/HU", "851/QĐ-HU")]
    [InlineData("26/CT-TTg", "26/CT-UBND")]
    [InlineData("123/UBND-VP", "123/UBND-TCKH")]
    [InlineData("10/2022/QH15", "10/2022/QH14")]
    [InlineData("66.4/2025/NQ-CP", "4/2025/NQ-CP")]
    [InlineData("66.4/2025/NQ-CP", "66.14/2025/NQ-CP")]
    public void Different_documents_get_different_keys(string a, string b)
    {
        Assert.True(DocumentSymbol.TryParse(a, out var first));
        Assert.True(DocumentSymbol.TryParse(b, out var second));
        Assert.NotEqual(first.Key, second.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("14/8/2023")]
    [InlineData("25/27")]
    [InlineData("59/2023")]
    [InlineData("Nghị định 59/2023/NĐ-CP")]
    [InlineData("59/2023/NĐ-CP ngày 14/8/2023")]
    [InlineData("NĐ-CP")]
    [InlineData("851-xyz/HU")]
    public void Text_that_is_not_exactly_one_symbol_does_not_parse(string text)
    {
        Assert.False(DocumentSymbol.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;", "59/2023/NĐ-CP")]
    [InlineData("Kế hoạch số 32/KH-UBND, ngày 04/02/2025 của UBND tỉnh Lạng Sơn", "32/KH-UBND")]
    [InlineData("quy định tại Quyết định số 851-\n\nQĐ/HU, ngày 27/01/2022 của Huyện ủy", "851-\n\nQĐ/HU")]
    [InlineData("Nghị quyết số 01/2024/NQ-\n\nHĐND ngày 18/9/2024", "01/2024/NQ-\n\nHĐND")]
    [InlineData("Nghi dinh so 59 /2023/ ND-CP ngay 14/8/2023", "59 /2023/ ND-CP")]
    [InlineData("văn bản số 123/UBND-VP về việc", "123/UBND-VP")]
    [InlineData("Nghị định số 15/CP của Chính phủ", "15/CP")]
    [InlineData("(Chỉ thị 26/CT-TTg).", "26/CT-TTg")]
    [InlineData("Công văn số 123/UBND-VP - V/v báo cáo", "123/UBND-VP")]
    [InlineData("Kết luận số 120-KL/TW, ngày 07/01/2016", "120-KL/TW")]
    [InlineData("thay thế Thông tư liên tịch số 12/2008/TTLT/BTC-BNV ngày 05/02/2008", "12/2008/TTLT/BTC-BNV")]
    [InlineData("Bãi bỏ Quyết định số 135/TTg ngày 02/3/1996", "135/TTg")]
    [InlineData("Điều 9 Nghị định số 74-CP ngày 25-10-1993 của Chính phủ", "74-CP")]
    [InlineData("Thông tư số 42/2015/TT-BLĐTBXH ngày 20/10/2015", "42/2015/TT-BLĐTBXH")]
    [InlineData("sửa đổi Thông tư số 117/2021/TT-BTCngày 05/11/2021 của Bộ Tài chính", "117/2021/TT-BTC")]
    [InlineData("theo Quyết định số 27/QĐ-UBNDvề việc giao chỉ tiêu", "27/QĐ-UBND")]
    [InlineData("thực hiện Chỉ thị số 08/CT-TTgngày 3/4/2019", "08/CT-TTg")]
    [InlineData("Nghị quyết liên tịch số 05/2019/NQLT--BTP-UBTƯMTTQVN ngày 2/5/2019", "05/2019/NQLT--BTP-UBTƯMTTQVN")]
    [InlineData("sửa đổi Nghị quyết số 37.2/2026/NQ-CP ngày 20/3/2026 của Chính phủ", "37.2/2026/NQ-CP")]
    [InlineData("các huyện theo Nghị quyết số 12b/2031/NQ-CP ngày 5/01/2031", "12b/2031/NQ-CP")]
    [InlineData("theo Quyết định số 217-CT ngày 14 tháng 11 năm 1987 của Chủ tịch Hội đồng Bộ trưởng", "217-CT")]
    [InlineData("Sắc lệnh số 76/SL ngày 20 tháng 5 năm 1950 về quy chế công chức", "76/SL")]
    public void A_symbol_in_running_text_is_found_with_its_exact_span(string text, string span)
    {
        var match = Assert.Single(DocumentSymbol.FindAll(text));
        Assert.Equal(span, text.Substring(match.Start, match.Length));
        Assert.True(DocumentSymbol.TryParse(span, out var alone));
        Assert.Equal(alone.Key, match.Symbol.Key);
    }

    [Fact]
    public void Several_symbols_in_one_line_are_all_found_in_order()
    {
        const string text = "các Nghị định số 59/2023/NĐ-CP và 60/2023/NĐ-CP; Thông tư liên tịch số 01/2014/TTLT-BTP-BNV";
        var keys = DocumentSymbol.FindAll(text).Select(m => m.Symbol.Canonical);
        Assert.Equal(["59/2023/NĐ-CP", "60/2023/NĐ-CP", "01/2014/TTLT-BTP-BNV"], keys);
    }

    [Theory]
    [InlineData("Đình Lập, ngày 14/8/2023")]
    [InlineData("ngày 04/02/2025 của UBND tỉnh")]
    [InlineData("Thành phần: có mặt 25/27 đại biểu")]
    [InlineData("Biểu quyết: tán thành 25/25")]
    [InlineData("Thời gian: 14 giờ 00 phút, 14h30")]
    [InlineData("trang 5/20")]
    [InlineData("theo khoản 1/ Điều 5/ của Luật")]
    [InlineData("mức đóng góp 50.000 đồng/người/năm")]
    [InlineData("thu 2 lần/năm, 5/ha")]
    [InlineData("làm việc 2/ca, 0,5/l")]
    [InlineData("giai đoạn 2021-2025/2030")]
    [InlineData("tháng 8/2023 và quý 3/2024")]
    [InlineData("Km 12/QL4B, tổ 3/KP")]
    [InlineData("mỗi 2/ttg và 3/cp")]
    [InlineData("giai đoạn 2021-2025, khu 74-CPX")]
    [InlineData("lô 5a/12, phòng 3b/2031")]
    [InlineData("[văn bản](http://example.vn/tim-van-ban.aspx?keyword=45/2031/N%C4%90-CP&area=2)")]
    [InlineData("")]
    public void Dates_counts_and_fractions_are_not_symbols(string text)
    {
        Assert.Empty(DocumentSymbol.FindAll(text));
    }

    [Theory]
    [InlineData("NĐ", "Nghị định")]
    [InlineData("ND", "Nghị định")]
    [InlineData("nd", "Nghị định")]
    [InlineData("N\u00D0", "Nghị định")]
    [InlineData("NQ", "Nghị quyết")]
    [InlineData("QĐ", "Quyết định")]
    [InlineData("TT", "Thông tư")]
    [InlineData("TTLT", "Thông tư liên tịch")]
    [InlineData("TTr", "Tờ trình")]
    [InlineData("QyĐ", "Quy định")]
    [InlineData("CTr", "Chương trình")]
    [InlineData("HD", "Hướng dẫn")]
    [InlineData("HĐ", "Hợp đồng")]
    [InlineData("ĐA", "Đề án")]
    [InlineData("DA", "Dự án")]
    [InlineData("KL", "Kết luận")]
    [InlineData("GM", "Giấy mời")]
    public void Kind_abbreviations_name_their_kind(string abbreviation, string name)
    {
        Assert.Equal(name, DocumentSymbol.KindName(abbreviation));
    }

    [Theory]
    [InlineData("QH15")]
    [InlineData("UBND")]
    [InlineData("XYZ")]
    public void Issuer_codes_are_not_kinds(string code)
    {
        Assert.Null(DocumentKinds.KindName(code));
    }

    [Theory]
    [InlineData("59/2023/NĐ-CP", "Nghị định")]
    [InlineData("10/2022/QH15", "Luật")]
    [InlineData("37/2018/QHKT", null)]
    [InlineData("123/UBND-VP", "Công văn")]
    [InlineData("851-QĐ/HU", "Quyết định")]
    [InlineData("15/CP", null)]
    [InlineData("03/1998/PL-UBTVQH10", "Pháp lệnh")]
    [InlineData("12/2008/TTLT/BTC-BNV", "Thông tư liên tịch")]
    public void A_kind_is_inferred_from_a_symbol_alone(string written, string? kind)
    {
        Assert.True(DocumentSymbol.TryParse(written, out var symbol));
        Assert.Equal(kind, DocumentKinds.InferKind(symbol));
    }
}
