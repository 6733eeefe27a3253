using System.Text.Json;
using Archive.Api.Documents;
using Archive.Api.Records;

namespace Archive.Api.Tests.Records;

public sealed class RetentionPeriodTests
{
    [Theory]
    [InlineData(2025, 10, "2036-01-01")]
    [InlineData(2025, 5, "2031-01-01")]
    [InlineData(1999, 70, "2070-01-01")]
    [InlineData(2024, 1, "2026-01-01")]
    public void The_period_counts_from_the_first_of_January_after_the_year_the_work_ended(int year, int years, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), RetentionPeriod.OfYears(years).DisposalDate(year));

    [Fact]
    public void Permanent_retention_never_expires() =>
        Assert.Null(RetentionPeriod.Permanent.DisposalDate(1950));

    [Theory]
    [InlineData("vĩnh viễn", null)]
    [InlineData("VĨNH VIỄN", null)]
    [InlineData("vinh vien", null)]
    [InlineData("20", 20)]
    [InlineData("50 năm", 50)]
    public void Periods_are_read_as_people_write_them(string text, int? years)
    {
        Assert.True(RetentionPeriod.TryParse(text, out var period));
        Assert.Equal(years, period.Years);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mãi mãi")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("101")]
    [InlineData("10.5")]
    public void Anything_else_is_not_a_period(string text) => Assert.False(RetentionPeriod.TryParse(text, out _));

    [Fact]
    public void In_JSON_a_period_is_a_number_of_years_or_the_words_vinh_vien()
    {
        var json = JsonSerializer.Serialize(new[] { RetentionPeriod.OfYears(20), RetentionPeriod.Permanent }, StoredJson.Options);
        using var written = JsonDocument.Parse(json);
        Assert.Equal(20, written.RootElement[0].GetInt32());
        Assert.Equal("vĩnh viễn", written.RootElement[1].GetString());
        Assert.Equal([RetentionPeriod.OfYears(20), RetentionPeriod.Permanent], JsonSerializer.Deserialize<RetentionPeriod[]>(json, StoredJson.Options)!);
    }

    [Fact]
    public void A_loose_document_takes_the_longest_line_of_its_kind_and_no_line_means_no_date()
    {
        var schedule = new RetentionScheduleState(
        [
            new RetentionRule("Kế hoạch công tác quý", RetentionPeriod.OfYears(5), "Kế hoạch"),
            new RetentionRule("Kế hoạch công tác năm", RetentionPeriod.OfYears(20), "Kế hoạch"),
            new RetentionRule("Giấy mời họp", RetentionPeriod.OfYears(5), "Giấy mời"),
        ]);
        var plan = Document("Kế hoạch", new DateOnly(2023, 3, 14));

        var retention = DocumentRetention.For(plan, null, schedule);
        Assert.Equal(20, retention.Retention!.Value.Years);
        Assert.Equal(new DateOnly(2044, 1, 1), retention.DisposalDate);

        var unknown = DocumentRetention.For(Document("Tờ trình", null), null, schedule);
        Assert.Null(unknown.Retention);
        Assert.Null(unknown.DisposalDate);
    }

    [Fact]
    public void A_document_in_a_dossier_follows_the_dossier_not_its_kind()
    {
        var schedule = new RetentionScheduleState([new RetentionRule("Giấy mời họp", RetentionPeriod.OfYears(5), "Giấy mời")]);
        var dossier = new Dossier { Id = "00112233aabbccdd", Code = "02.VP", Title = "Hồ sơ hội nghị tổng kết", Year = 2024, Retention = RetentionPeriod.Permanent, CreatedAt = DateTimeOffset.UtcNow };

        var retention = DocumentRetention.For(Document("Giấy mời", new DateOnly(2024, 12, 1)), dossier, schedule);

        Assert.True(retention.Retention!.Value.IsPermanent);
        Assert.Null(retention.DisposalDate);
        Assert.Equal(dossier.Id, retention.DossierId);
    }

    private static DocumentRecord Document(string kind, DateOnly? issuedOn) => new()
    {
        Id = "aabbccddeeff00112233", Sha256 = new string('a', 64), FileName = "văn bản.txt", ContentType = "text/plain", Size = 10,
        Title = "Văn bản thử", Kind = kind, IssuedOn = issuedOn, CreatedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
