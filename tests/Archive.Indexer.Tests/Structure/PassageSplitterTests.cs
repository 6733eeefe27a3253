using Archive.Indexer.Structure;

namespace Archive.Indexer.Tests.Structure;

public class PassageSplitterTests
{
    [Fact]
    public void A_law_is_cut_into_its_articles_after_an_opening_passage()
    {
        const string law = """
            QUỐC HỘI
            Luật số: 60/2014/QH13
            LUẬT HỘ TỊCH
            Chương I
            NHỮNG QUY ĐỊNH CHUNG
            Điều 1. Phạm vi điều chỉnh
            Luật này quy định về hộ tịch.
            Điều 12a: Đăng ký hộ tịch trực tuyến
            1. Người yêu cầu nộp hồ sơ qua Cổng dịch vụ công.
            Điều 13 - Thẩm quyền đăng ký khai sinh
            Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ.
            """;

        var passages = PassageSplitter.Split(law);

        Assert.Equal(["Phần mở đầu", "Điều 1", "Điều 12a", "Điều 13"], passages.Select(p => p.Label));
        Assert.Equal(["", "Phạm vi điều chỉnh", "Đăng ký hộ tịch trực tuyến", "Thẩm quyền đăng ký khai sinh"], passages.Select(p => p.Heading));
        Assert.StartsWith("Điều 12a", passages[2].Text);
        Assert.Contains("Cổng dịch vụ công", passages[2].Text);
        Assert.Equal(law.IndexOf("Điều 13", StringComparison.Ordinal), passages[3].Start);
        Assert.All(passages, p => Assert.Null(p.Page));
    }

    [Fact]
    public void A_citation_of_an_article_inside_a_sentence_does_not_start_a_passage()
    {
        const string law = "Điều 1. Phạm vi\nTheo quy định tại Điều 5. của Luật này.\nĐiều 2. Đối tượng áp dụng\nCông dân Việt Nam.";

        Assert.Equal(["Điều 1", "Điều 2"], PassageSplitter.Split(law).Select(p => p.Label));
    }

    [Fact]
    public void A_plan_is_cut_into_sections_labelled_by_their_path()
    {
        const string plan = """
            KẾ HOẠCH
            Thực hiện dân chủ ở cơ sở năm 2025
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Nâng cao nhận thức của cán bộ và Nhân dân.
            2. Yêu cầu
            Bảo đảm thực chất.
            II. NỘI DUNG
            1. Công khai thông tin
            Công khai dự toán ngân sách.
            """;

        var passages = PassageSplitter.Split(plan);

        Assert.Equal(["Phần mở đầu", "I", "I.1", "I.2", "II", "II.1"], passages.Select(p => p.Label));
        Assert.Equal("Công khai thông tin", passages[^1].Heading);
    }

    [Fact]
    public void A_text_mixing_articles_and_numbered_clauses_is_cut_by_articles_only()
    {
        const string decision = """
            QUYẾT ĐỊNH:
            Điều 1. Phê duyệt danh sách
            1. Hộ nghèo: 85 hộ.
            2. Hộ cận nghèo: 40 hộ.
            Điều 2. Tổ chức thực hiện
            1. Ủy ban nhân dân các xã công khai danh sách.
            """;

        var passages = PassageSplitter.Split(decision);

        Assert.Equal(["Phần mở đầu", "Điều 1", "Điều 2"], passages.Select(p => p.Label));
        Assert.Contains("Hộ cận nghèo", passages[1].Text);
    }

    [Fact]
    public void Form_feeds_give_each_passage_its_page_when_the_text_is_paged()
    {
        var text = "LUẬT\nĐiều 1. Một\nnội dung một\n\fĐiều 2. Hai\nnội dung hai\nĐiều 3. Ba\n\f\fĐiều 4. Bốn\nnội dung bốn";

        var passages = PassageSplitter.Split(text, paged: true);

        Assert.Equal(["Phần mở đầu", "Điều 1", "Điều 2", "Điều 3", "Điều 4"], passages.Select(p => p.Label));
        Assert.Equal([1, 1, 2, 2, 4], passages.Select(p => p.Page ?? 0));
    }

    [Fact]
    public void Minutes_without_structure_become_paragraph_runs()
    {
        var paragraph = "Thôn bàn bạc mức đóng góp xây dựng đường bê tông liên thôn; mỗi hộ đóng góp 500.000 đồng và 5 ngày công.\n";
        var minutes = "BIÊN BẢN\nHọp thôn Bản Chắt\n\n" + string.Concat(Enumerable.Repeat(paragraph, 40));

        var passages = PassageSplitter.Split(minutes);

        Assert.True(passages.Count >= 2, $"{passages.Count} passages");
        Assert.Equal("Đoạn 1", passages[0].Label);
        Assert.Equal("BIÊN BẢN", passages[0].Heading);
        Assert.All(passages, p => Assert.True(p.Text.Length <= 3100, $"{p.Label}: {p.Text.Length} chars"));
        Assert.InRange(passages.Sum(p => p.Text.Length), minutes.Trim().Length - passages.Count * 2, minutes.Trim().Length);
    }

    [Fact]
    public void A_huge_article_is_cut_at_line_ends_so_no_passage_exceeds_the_limit()
    {
        var body = string.Concat(Enumerable.Repeat("Tổ chức, cá nhân có trách nhiệm bảo vệ rừng theo quy định của pháp luật.\n", 300));
        var passages = PassageSplitter.Split("Điều 1. Dài\n" + body + "Điều 2. Ngắn\nHết.");

        Assert.True(passages.Count(p => p.Label == "Điều 1") >= 3);
        Assert.All(passages, p => Assert.True(p.Text.Length <= PassageSplitter.MaxPassageChars));
        Assert.Equal("Điều 2", passages[^1].Label);
    }

    [Fact]
    public void A_passage_carries_the_anchor_the_structure_gives_its_article_even_when_an_attached_regulation_numbers_again()
    {
        const string decision = """
            QUYẾT ĐỊNH
            Ban hành Quy chế quản lý nhà văn hóa thôn
            Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nhà văn hóa thôn.
            Điều 2. Quyết định có hiệu lực kể từ ngày ký.
            Nơi nhận:
            - Như Điều 2;
            CHỦ TỊCH
            Lò Văn Pọm
            QUY CHẾ
            Quản lý nhà văn hóa thôn
            Điều 1. Phạm vi áp dụng
            Quy chế này áp dụng cho các nhà văn hóa thôn trên địa bàn xã.
            Điều 2. Trách nhiệm của trưởng thôn
            Trưởng thôn mở cửa nhà văn hóa khi thôn họp.
            """;

        var structure = StructureParser.Parse(decision);
        var passages = PassageSplitter.Split(decision);

        var articles = structure.Articles().ToList();
        Assert.Equal(4, articles.Count);
        Assert.Equal(articles.Select(a => a.Anchor), passages.Where(p => p.Label.StartsWith("Điều")).Select(p => p.Anchor));
        Assert.NotEqual(articles[0].Anchor, articles[2].Anchor);
        var trưởngThôn = Assert.Single(passages, p => p.Text.Contains("mở cửa nhà văn hóa"));
        Assert.Equal(structure.Find(trưởngThôn.Anchor!)!.Heading, trưởngThôn.Heading);
    }

    [Fact]
    public void A_plan_sections_passage_carries_the_anchor_of_the_structures_item()
    {
        const string plan = """
            KẾ HOẠCH
            Phòng chống thiên tai năm 2026
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Chủ động ứng phó với mưa lũ.
            II. NHIỆM VỤ
            1. Kiểm tra đê điều
            Rà soát các điểm sạt lở ven suối.
            1.1. Tổ chức tuần tra
            Mỗi thôn lập một tổ tuần tra.
            """;

        var structure = StructureParser.Parse(plan);
        var passages = PassageSplitter.Split(plan);

        var patrol = Assert.Single(passages, p => p.Label == "II.1.1");
        var item = structure.Find(patrol.Anchor!);
        Assert.NotNull(item);
        Assert.Equal(StructureKind.Item, item.Kind);
        Assert.Equal("Tổ chức tuần tra", item.Heading);
        Assert.Equal(StructureAnchors.ForPassageLabel(patrol.Label), patrol.Anchor);
        var inspect = Assert.Single(passages, p => p.Label == "II.1");
        Assert.Equal("Kiểm tra đê điều", structure.Find(inspect.Anchor!)!.Heading);
        Assert.Null(passages[0].Anchor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\f  ")]
    public void Blank_text_has_no_passages(string text) => Assert.Empty(PassageSplitter.Split(text, paged: true));
}
