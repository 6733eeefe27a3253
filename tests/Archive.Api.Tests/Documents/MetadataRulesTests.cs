using Archive.Api.Documents;

namespace Archive.Api.Tests.Documents;

/// <summary>The one set of rules for metadata people type: upload fields, the correction form and PATCH all go through it.</summary>
public sealed class MetadataRulesTests
{
    [Theory]
    [InlineData("59/2023/NĐ-CP", "59/2023/NĐ-CP")]
    [InlineData("32/KH-UBND", "32/KH-UBND")]
    [InlineData("851-QĐ/HU", "851-QĐ/HU")]
    [InlineData("123/UBND-VP", "123/UBND-VP")]
    [InlineData("08/2024/nq-hdnd", "08/2024/NQ-HĐND")]
    [InlineData("so 5 / 2025 / qd - ubnd", "5/2025/QĐ-UBND")]
    [InlineData("\uFF15/2025/QĐ-UBND", "5/2025/QĐ-UBND")]
    [InlineData("Số: 12/2025/QĐ\u2014UBND", "12/2025/QĐ-UBND")]
    public void A_number_shaped_like_a_Vietnamese_document_number_is_kept_in_the_spelling_documents_print(string typed, string kept)
    {
        var (metadata, problems) = MetadataRules.ForUpload(new MetadataInput(Number: "  " + typed + " "));

        Assert.Empty(problems);
        Assert.Equal(kept, metadata!.Number);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("số 5")]
    [InlineData("KH-UBND")]
    public void Anything_else_as_a_number_is_refused_in_Vietnamese(string number)
    {
        var (metadata, problems) = MetadataRules.ForUpload(new MetadataInput(Number: number));

        Assert.Null(metadata);
        var problem = Assert.Single(problems);
        Assert.Equal("number", problem.Field);
        Assert.Contains("không giống số, ký hiệu văn bản", problem.Message);
    }

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("2025-13-01")]
    [InlineData("hôm qua")]
    [InlineData("1800-01-01")]
    public void A_date_that_is_not_a_date_is_refused(string date)
    {
        var (_, problems) = MetadataRules.ForUpload(new MetadataInput(IssuedOn: date));

        Assert.Equal("issuedOn", Assert.Single(problems).Field);
    }

    [Theory]
    [InlineData("20/02/2025")]
    [InlineData("2025-02-20")]
    [InlineData("20/2/2025")]
    public void A_date_is_read_as_people_and_date_inputs_write_it(string date)
    {
        var (metadata, _) = MetadataRules.ForUpload(new MetadataInput(IssuedOn: date));

        Assert.Equal(new DateOnly(2025, 2, 20), metadata!.IssuedOn);
    }

    [Fact]
    public void Every_field_has_a_length_limit()
    {
        var (_, problems) = MetadataRules.ForCorrection(new MetadataInput(
            Title: new string('t', MetadataRules.MaxTitle + 1), Issuer: new string('c', MetadataRules.MaxIssuer + 1),
            Number: "1/" + new string('A', MetadataRules.MaxNumber), Kind: new string('k', MetadataRules.MaxKind + 1),
            Reason: new string('r', MetadataRules.MaxReason + 1)));

        Assert.Equal(["issuer", "kind", "number", "reason", "title"], problems.Select(p => p.Field).Order().ToArray());
        Assert.Contains(problems, p => p.Message.Contains("1.001 ký tự"));
    }

    [Theory]
    [InlineData("bien ban", "Biên bản")]
    [InlineData("QUYẾT ĐỊNH", "Quyết định")]
    [InlineData("nghi dinh", "Nghị định")]
    [InlineData("Hương ước", "Hương ước")]
    public void A_kind_typed_any_way_becomes_the_known_kind(string typed, string kind)
    {
        Assert.Equal(kind, MetadataRules.ForUpload(new MetadataInput(Kind: typed)).Metadata!.Kind);
    }

    [Fact]
    public void An_unknown_kind_is_refused_and_the_list_offers_the_usual_ones()
    {
        Assert.Equal("kind", Assert.Single(MetadataRules.ForUpload(new MetadataInput(Kind: "Thư tình")).Problems).Field);
        Assert.Contains("Biên bản", MetadataRules.KindNames);
        Assert.Contains("Luật", MetadataRules.KindNames);
        Assert.Contains("Công văn", MetadataRules.KindNames);
    }

    [Fact]
    public void A_correction_needs_a_reason_and_a_title_cannot_be_emptied()
    {
        var (correction, problems) = MetadataRules.ForCorrection(new MetadataInput(Title: "   ", Number: "33/KH-UBND"));

        Assert.Null(correction);
        Assert.Equal(["reason", "title"], problems.Select(p => p.Field).Order().ToArray());
    }

    [Fact]
    public void A_correction_may_clear_a_number_and_leaves_absent_fields_alone()
    {
        var (correction, problems) = MetadataRules.ForCorrection(new MetadataInput(Number: "", Reason: " Văn bản này không có số \n"));

        Assert.Empty(problems);
        Assert.Equal(new MetadataCorrection(null, null, "", null, null, "Văn bản này không có số"), correction);
    }

    [Fact]
    public void Control_and_invisible_characters_are_dropped_and_white_space_folded()
    {
        var (metadata, _) = MetadataRules.ForUpload(new MetadataInput(Title: "Kế\u200B hoạch\u0000  tổ chức\r\nhội nghị", Issuer: "UBND\txã  Đình Lập"));

        Assert.Equal("Kế hoạch tổ chức hội nghị", metadata!.Title);
        Assert.Equal("UBND xã Đình Lập", metadata.Issuer);
    }
}
