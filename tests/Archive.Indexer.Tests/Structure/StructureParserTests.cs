using Archive.Indexer.Structure;

namespace Archive.Indexer.Tests.Structure;

public class StructureParserTests
{
    private const string Decree = """
        CHÍNH PHỦ
        Số: 12/2031/NĐ-CP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 3 tháng 3 năm 2031
        NGHỊ ĐỊNH
        Quy định về quản lý vườn ươm cây giống
        ở vùng cao
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;
        Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;
        Chính phủ ban hành Nghị định quy định về quản lý vườn ươm cây giống ở vùng cao.
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định về vườn ươm cây giống ở các xã vùng cao.
        Điều 2. Giải thích từ ngữ
        Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
        1. Vườn ươm là nơi gieo, ươm cây giống.
        2. Cây giống đầu dòng là cây được tuyển chọn, gồm:
        a) Cây mẹ;
        b) Cây bình tuyển;
        đ) chữ này không theo thứ tự nên là một dòng chữ thường.
        Chương II
        VƯỜN ƯƠM
        Mục 1
        ĐĂNG KÝ VƯỜN ƯƠM
        Điều 3. Hồ sơ đăng ký
        1. Đơn đăng ký theo Mẫu số 01 tại Phụ lục I.
        2. Sơ đồ vườn ươm.
        Điều 4. Thời hạn giải quyết
        Trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.
        Nơi nhận:
        - Ban Bí thư Trung ương Đảng;
        - Lưu: VT.
        TM. CHÍNH PHỦ
        THỦ TƯỚNG
        Nguyễn Văn An
        PHỤ LỤC I
        MẪU ĐƠN ĐĂNG KÝ VƯỜN ƯƠM
        (Kèm theo Nghị định số 12/2031/NĐ-CP ngày 3 tháng 3 năm 2031 của Chính phủ)
        Tên tổ chức, cá nhân đăng ký vườn ươm.
        PHỤ LỤC II
        DANH MỤC CÂY GIỐNG
        Cây chè, cây quế, cây hồi.
        """;

    [Fact]
    public void A_decree_has_its_header_title_bases_chapters_sections_articles_clauses_points_signature_and_appendices()
    {
        var structure = StructureParser.Parse(Decree);

        Assert.Equal(
            [StructureKind.Header, StructureKind.Title, StructureKind.Preamble, StructureKind.Chapter, StructureKind.Chapter,
             StructureKind.Recipients, StructureKind.Signature, StructureKind.Appendix, StructureKind.Appendix],
            structure.Parts.Select(p => p.Kind));
        var title = structure.Parts[1];
        Assert.Equal("NGHỊ ĐỊNH", title.Label);
        Assert.Equal("Quy định về quản lý vườn ươm cây giống ở vùng cao", title.Heading);
        Assert.Equal(4, structure.Parts[2].Paragraphs.Count);
        Assert.StartsWith("Căn cứ Luật Tổ chức Chính phủ", structure.Parts[2].Paragraphs[0]);

        var chapterOne = structure.Parts[3];
        Assert.Equal(("Chương I", "QUY ĐỊNH CHUNG", "chuong-i"), (chapterOne.Label, chapterOne.Heading, chapterOne.Anchor));
        var article2 = chapterOne.Children[1];
        Assert.Equal(("Điều 2", "Giải thích từ ngữ", "dieu-2"), (article2.Label, article2.Heading, article2.Anchor));
        Assert.Equal(["Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:"], article2.Paragraphs);
        Assert.Equal(["dieu-2-khoan-1", "dieu-2-khoan-2"], article2.Children.Select(c => c.Anchor));
        var points = article2.Children[1].Children;
        Assert.Equal(["dieu-2-khoan-2-diem-a", "dieu-2-khoan-2-diem-b"], points.Select(p => p.Anchor));
        // "đ)" after "b)" is out of order: text of point b, not a point of its own.
        Assert.Contains("đ) chữ này không theo thứ tự", points[1].Paragraphs[^1]);

        var section = structure.Parts[4].Children.Single();
        Assert.Equal(("Mục 1", "ĐĂNG KÝ VƯỜN ƯƠM", "chuong-ii-muc-1"), (section.Label, section.Heading, section.Anchor));
        Assert.Equal(["dieu-3", "dieu-4"], section.Children.Select(a => a.Anchor));
        Assert.Equal(["Điều 1", "Điều 2", "Điều 3", "Điều 4"], structure.Articles().Select(a => a.Label));

        Assert.Equal(["- Ban Bí thư Trung ương Đảng;", "- Lưu: VT."], structure.Parts[5].Paragraphs);
        Assert.Equal(["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Văn An"], structure.Parts[6].Paragraphs);
        var appendix = structure.Parts[7];
        Assert.Equal(("Phụ lục I", "phu-luc-i"), (appendix.Label, appendix.Anchor));
        Assert.Equal("MẪU ĐƠN ĐĂNG KÝ VƯỜN ƯƠM (Kèm theo Nghị định số 12/2031/NĐ-CP ngày 3 tháng 3 năm 2031 của Chính phủ)", appendix.Heading);
        Assert.Equal(["Tên tổ chức, cá nhân đăng ký vườn ươm."], appendix.Paragraphs);
        Assert.Equal(("Phụ lục II", "DANH MỤC CÂY GIỐNG"), (structure.Parts[8].Label, structure.Parts[8].Heading));
    }

    [Fact]
    public void The_same_text_always_gives_the_same_anchors()
    {
        var first = StructureParser.Parse(Decree).AllNodes().Select(n => n.Anchor).ToList();
        var again = StructureParser.Parse(Decree.Replace("\n", "\r\n")).AllNodes().Select(n => n.Anchor).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Where(a => a is not null).Count(), first.Where(a => a is not null).Distinct().Count());
    }

    [Fact]
    public void The_sample_plan_has_its_title_bases_numbered_items_points_footnotes_recipients_and_signature()
    {
        var structure = StructureParser.Parse(SamplePlan.Text());

        var title = structure.Parts[0];
        Assert.Equal((StructureKind.Title, "KẾ HOẠCH"), (title.Kind, title.Label));
        Assert.Equal("Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025", title.Heading);
        // The legal bases are one paragraph again, though the PDF broke them over seven lines.
        var bases = structure.Parts[1];
        Assert.Equal(StructureKind.Preamble, bases.Kind);
        Assert.Contains("Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ", Assert.Single(bases.Paragraphs));
        Assert.Equal(["muc-i", "muc-ii", "muc-iii"], structure.Parts.Where(p => p.Kind == StructureKind.Item).Select(p => p.Anchor));
        var purpose = structure.Find("muc-i-1")!;
        Assert.Equal("Mục đích", purpose.Heading);
        Assert.Equal(3, purpose.Paragraphs.Count);
        Assert.EndsWith("về dân chủ và thực hành dân chủ.", purpose.Paragraphs[0]);
        Assert.Equal("Nội dung", structure.Find("muc-ii-1-1")!.Heading);
        Assert.Equal(["a", "b", "c", "d", "đ"], structure.Find("muc-ii-1-1")!.Children.Select(p => p.Number));
        Assert.NotNull(structure.Find("muc-ii-1-1-dd"));
        // Footnotes leave the running text, which goes on where the page break cut it.
        Assert.Equal(4, structure.Footnotes.Count);
        Assert.StartsWith("1 Trọng tâm là:", structure.Footnotes[0]);
        Assert.DoesNotContain(structure.AllNodes(), n => n.Paragraphs.Any(p => p.StartsWith("3 Chủ trương", StringComparison.Ordinal)));
        Assert.Contains("tham mưu UBND huyện", structure.Find("muc-iii-1")!.Heading);
        var recipients = structure.Parts.Single(p => p.Kind == StructureKind.Recipients);
        Assert.Contains("- Ủy ban MTTQ Việt Nam, các tổ chức CT-XH huyện;", recipients.Paragraphs);
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tô Thị Hiến"], structure.Parts.Single(p => p.Kind == StructureKind.Signature).Paragraphs);
    }

    [Fact]
    public void Pdftotext_lines_are_rejoined_and_the_gazette_furniture_left_out()
    {
        // Hard line breaks at the page width, a running header with its page number, an e-signature stamp, form feeds.
        const string text = "CÔNG BÁO/Số 101 + 102/Ngày 05-3-2031\n17\n\nBỘ XÂY DỰNG\nSố: 05/2031/TT-BXD\n\nTHÔNG TƯ\n"
            + "Hướng dẫn lập hồ sơ thiết kế nhà văn hóa thôn, bản ở các xã vùng\nsâu, vùng xa\n\n"
            + "Căn cứ Nghị định số 33/2030/NĐ-CP ngày 10 tháng 5 năm 2030 của Chính phủ quy\nđịnh chức năng, nhiệm vụ của Bộ Xây dựng;\n"
            + "Bộ trưởng Bộ Xây dựng ban hành Thông tư hướng dẫn lập hồ sơ thiết kế nhà văn\nhóa thôn, bản.\n\n"
            + "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng của hồ sơ thiết kế nhà văn hóa\nthôn, bản\n"
            + "Thông tư này hướng dẫn nội dung hồ sơ thiết kế nhà văn hóa thôn, bản do Ủy ban\nnhân dân cấp xã làm chủ đầu tư bằng nguồn vốn ngân sách nhà nước và vốn\n"
            + "Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\nThời gian ký: 18.03.2031 08:50:17 +07:00\n\f"
            + "18\nCÔNG BÁO/Số 101 + 102/Ngày 05-3-2031\n\n"
            + "đóng góp của Nhân dân trên địa bàn thôn, bản theo quy định của pháp luật hiện hành.\n"
            + "Điều 2. Hồ sơ thiết kế\n1. Hồ sơ thiết kế gồm thuyết minh, bản vẽ và dự toán xây dựng công trình theo\nmẫu tại Phụ lục.\n"
            + "2. Bản vẽ được lập ở tỷ lệ phù hợp với quy mô của nhà văn hóa thôn, bản ở vùng\nsâu, vùng xa.\n";

        var structure = StructureParser.Parse(text);

        var article1 = structure.Find("dieu-1")!;
        Assert.Equal("Phạm vi điều chỉnh và đối tượng áp dụng của hồ sơ thiết kế nhà văn hóa thôn, bản", article1.Heading);
        Assert.Equal(1, article1.Page);
        var body = Assert.Single(article1.Paragraphs);
        Assert.Equal("Thông tư này hướng dẫn nội dung hồ sơ thiết kế nhà văn hóa thôn, bản do Ủy ban nhân dân cấp xã làm chủ đầu tư "
            + "bằng nguồn vốn ngân sách nhà nước và vốn đóng góp của Nhân dân trên địa bàn thôn, bản theo quy định của pháp luật hiện hành.", body);
        Assert.Equal("Hướng dẫn lập hồ sơ thiết kế nhà văn hóa thôn, bản ở các xã vùng sâu, vùng xa", structure.Parts.Single(p => p.Kind == StructureKind.Title).Heading);
        Assert.Equal(2, structure.Parts.Single(p => p.Kind == StructureKind.Preamble).Paragraphs.Count);
        var clause2 = structure.Find("dieu-2-khoan-2")!;
        Assert.Equal(2, clause2.Page);
        Assert.Equal("Bản vẽ được lập ở tỷ lệ phù hợp với quy mô của nhà văn hóa thôn, bản ở vùng sâu, vùng xa.", Assert.Single(clause2.Paragraphs));
        Assert.DoesNotContain(structure.AllNodes().SelectMany(n => n.Paragraphs.Append(n.Heading ?? "")),
            p => p.Contains("CÔNG BÁO") || p.Contains("Người ký") || p.Contains("thongtinchinhphu") || p.Trim() is "17" or "18");
    }

    [Fact]
    public void An_ocr_page_with_short_lines_and_blank_lines_between_paragraphs_reads_as_articles_and_paragraphs()
    {
        // As tesseract writes a scanned page: lines as printed, a blank line between paragraphs, a stray mark.
        const string page = """
            Điều 7. Trách nhiệm của Ủy ban nhân dân cấp xã

            1. Tổ chức lấy ý kiến Nhân dân về dự thảo hương ước, quy ước của
            thôn, bản trước khi trình Ủy ban nhân dân cấp huyện công nhận.

            2. Theo dõi, đôn đốc việc thực hiện hương ước, quy ước; hằng năm báo
            cáo kết quả thực hiện về Phòng Văn hóa và Thông tin.

            Điều 8. Hiệu lực thi hành

            Quyết định này có hiệu lực kể từ ngày ký. Các quy định trước đây trái
            với Quyết định này đều bãi bỏ.
            ’
            """;

        var structure = StructureParser.Parse(page);

        Assert.Equal(["dieu-7", "dieu-8"], structure.Parts.Select(p => p.Anchor));
        Assert.Equal("Tổ chức lấy ý kiến Nhân dân về dự thảo hương ước, quy ước của thôn, bản trước khi trình Ủy ban nhân dân cấp huyện công nhận.",
            Assert.Single(structure.Find("dieu-7-khoan-1")!.Paragraphs));
        Assert.Equal("Theo dõi, đôn đốc việc thực hiện hương ước, quy ước; hằng năm báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin.",
            Assert.Single(structure.Find("dieu-7-khoan-2")!.Paragraphs));
        Assert.Equal("Quyết định này có hiệu lực kể từ ngày ký. Các quy định trước đây trái với Quyết định này đều bãi bỏ.",
            structure.Find("dieu-8")!.Paragraphs[0]);
    }

    [Fact]
    public void Minutes_keep_each_labelled_line_as_its_own_paragraph()
    {
        // Minutes list their facts one short "label: value" line each; none of them was cut by a page width.
        const string minutes = """
            BIÊN BẢN
            Họp Ban quản lý thôn Khe Mò
            Thời gian: 14 giờ 00 phút, ngày 05 tháng 6 năm 2025
            Địa điểm: Nhà văn hóa thôn Khe Mò, xã Bính Xá
            Chủ trì: Ông Lương Văn Tám - Trưởng thôn
            Thư ký: Bà Vi Thị Nguyệt - Chi hội trưởng phụ nữ
            Thành phần: Ban quản lý thôn và đại diện 46 hộ gia đình
            Nội dung: Bàn việc sửa chữa đường dẫn nước về khu dân cư
            Ý kiến của các hộ đều đồng ý góp ngày công để sửa đường nước trong tháng 6
            Biểu quyết: 44/46 hộ tán thành, 2/46 hộ không tán thành
            """;

        var structure = StructureParser.Parse(minutes);
        var paragraphs = structure.AllNodes().SelectMany(n => n.Paragraphs).ToList();

        // Their text is the body, not legal bases (which pages set in italics).
        Assert.DoesNotContain(structure.Parts, p => p.Kind == StructureKind.Preamble);
        Assert.Equal("noi-dung-van-ban", Assert.Single(structure.Parts, p => p.Kind == StructureKind.Body).Anchor);
        Assert.Contains("Thời gian: 14 giờ 00 phút, ngày 05 tháng 6 năm 2025", paragraphs);
        Assert.Contains("Địa điểm: Nhà văn hóa thôn Khe Mò, xã Bính Xá", paragraphs);
        Assert.Contains("Chủ trì: Ông Lương Văn Tám - Trưởng thôn", paragraphs);
        Assert.Contains("Biểu quyết: 44/46 hộ tán thành, 2/46 hộ không tán thành", paragraphs);
    }

    [Fact]
    public void A_procedure_attached_after_the_signature_keeps_its_articles_under_an_appendix()
    {
        const string circular = """
            THÔNG TƯ
            Ban hành quy trình kiểm định nồi hơi
            Điều 1. Ban hành kèm theo Thông tư này quy trình kiểm định nồi hơi.
            Điều 2. Thông tư có hiệu lực kể từ ngày ký.
            KT. BỘ TRƯỞNG
            THỨ TRƯỞNG
            Nguyễn Văn Bình
            QUY TRÌNH
            KIỂM ĐỊNH KỸ THUẬT AN TOÀN NỒI HƠI
            (Kèm theo Thông tư số 99/2030/TT-BLĐTBXH)
            Điều 1. Phạm vi điều chỉnh
            Quy trình này áp dụng cho nồi hơi công nghiệp.
            Điều 2. Thiết bị kiểm định
            Đồng hồ áp suất đã hiệu chuẩn.
            """;

        var structure = StructureParser.Parse(circular);

        var appendix = Assert.Single(structure.Parts, p => p.Kind == StructureKind.Appendix);
        Assert.Equal(["Điều 1", "Điều 2"], appendix.Children.Select(c => c.Label));
        Assert.Equal(4, structure.Articles().Count());
        Assert.DoesNotContain(structure.Parts.Where(p => p.Kind == StructureKind.Signature).SelectMany(p => p.Paragraphs), p => p.Contains("Phạm vi"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\f\n")]
    public void Blank_text_has_no_parts(string text) => Assert.Empty(StructureParser.Parse(text).Parts);

    [Fact]
    public void Citation_locators_and_passage_labels_name_the_parser_anchors()
    {
        Assert.Equal("dieu-15-khoan-1", StructureAnchors.ForLocators("15", "1", null));
        Assert.Equal("dieu-15-khoan-1-diem-dd", StructureAnchors.ForLocators("15", "1", "đ"));
        Assert.Equal("dieu-15", StructureAnchors.ForLocators("15", null, null));
        Assert.Null(StructureAnchors.ForLocators(null, "1", null));
        Assert.Equal("dieu-12a", StructureAnchors.ForPassageLabel("Điều 12a"));
        Assert.Equal("muc-ii-1", StructureAnchors.ForPassageLabel("II.1"));
        Assert.Null(StructureAnchors.ForPassageLabel("Đoạn 3"));
    }
}
