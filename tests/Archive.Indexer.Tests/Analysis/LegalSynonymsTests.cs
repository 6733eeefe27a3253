using Archive.Indexer.Analysis;

namespace Archive.Indexer.Tests.Analysis;

public class LegalSynonymsTests
{
    private static List<string> Expand(string typed) =>
        LegalSynonyms.Expand(VietnameseNormalizer.Normalize(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => string.Join(' ', words)).ToList();

    [Fact]
    public void An_everyday_word_typed_with_diacritics_brings_its_legal_wording()
    {
        Assert.Equal(["giấy chứng nhận quyền sử dụng đất"], Expand("cấp sổ đỏ lần đầu"));
        Assert.Equal(["kết hôn"], Expand("mấy tuổi thì được lấy vợ"));
    }

    [Fact]
    public void An_everyday_word_typed_without_diacritics_brings_the_same_legal_wording()
    {
        Assert.Equal(["giấy chứng nhận quyền sử dụng đất"], Expand("cap so do lan dau"));
        Assert.Equal(["ly hôn"], Expand("ly di thi con o voi ai"));
        Assert.Equal(["ly hôn"], Expand("li dị thì con ở với ai"));
    }

    [Fact]
    public void Only_the_typed_marks_are_compared_so_a_differently_marked_word_does_not_match()
    {
        Assert.Empty(Expand("sơ đồ thửa đất"));
        Assert.Equal(["giấy chứng nhận quyền sử dụng đất"], Expand("so đỏ"));
    }

    [Fact]
    public void A_lone_syllable_matches_only_when_typed_with_its_marks()
    {
        Assert.Equal(["kết hôn"], Expand("cưới ở tuổi nào"));
        Assert.Empty(Expand("cuoi nam tong ket"));
    }

    [Fact]
    public void An_abbreviation_brings_its_full_form_and_the_full_form_brings_the_abbreviation()
    {
        Assert.Equal(["bảo hiểm xã hội"], Expand("rút BHXH một lần"));
        Assert.Equal(["hội đồng nhân dân"], Expand("nghị quyết hdnd tỉnh"));
        Assert.Equal(["hội đồng nhân dân"], Expand("nghị quyết HĐND tỉnh"));
        Assert.Equal(["ubnd"], Expand("chủ tịch Uỷ ban nhân dân xã"));
        Assert.Equal(["ubnd"], Expand("chu tich uy ban nhan dan xa"));
    }

    [Fact]
    public void One_everyday_wording_can_stand_for_several_legal_ones()
    {
        Assert.Equal(["nhập ngũ"], Expand("mấy tuổi thì phải đi lính"));
    }

    [Fact]
    public void The_longest_wording_at_a_place_wins()
    {
        Assert.Equal(["tuổi nghỉ hưu"], Expand("tuổi về hưu của lao động nữ"));
    }

    [Fact]
    public void Words_of_an_entry_that_are_not_adjacent_or_only_part_of_it_bring_nothing()
    {
        Assert.Empty(Expand("sổ ghi màu đỏ"));
        Assert.Empty(Expand("bằng tốt nghiệp"));
        Assert.Empty(Expand("lấy ý kiến vợ chồng"));
        Assert.Empty(Expand("cmndx"));
    }

    [Fact]
    public void A_legal_wording_already_typed_is_not_added_again()
    {
        Assert.Empty(Expand("lấy vợ phải đăng ký kết hôn"));
        Assert.Equal(["qsdđ"], Expand("sổ đỏ giấy chứng nhận quyền sử dụng đất"));
        Assert.Equal(["bảo hiểm y tế"], Expand("bhyt bhyt"));
    }

    [Fact]
    public void Nothing_typed_brings_nothing()
    {
        Assert.Empty(LegalSynonyms.Expand([]));
        Assert.Empty(Expand("thời hiệu khiếu nại"));
    }
}
