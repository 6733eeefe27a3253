namespace Archive.Api.Tests.Ingest;

/// <summary>A document whose reading takes longer than a job may is marked failed with a reason a clerk can read.</summary>
[Trait("Tools", "poppler")]
public sealed class JobBudgetTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new(new Dictionary<string, string?> { ["Ingest:JobTimeoutSeconds"] = "0.1" });

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_document_over_the_time_budget_of_its_job_ends_failed_with_the_reason_and_its_original_kept()
    {
        var client = factory.CreateClient();
        var pdf = LongReportPdf.Build(200, "mã ngân sách thời gian");

        var record = await client.UploadRecordAsync(pdf, "báo cáo dài.pdf");

        Assert.Equal("failed", record.GetProperty("textStatus").GetString());
        Assert.Contains("mất quá 0,1 giây", record.GetProperty("textError").GetString());
        var original = await client.GetAsync($"/api/documents/{record.GetProperty("id").GetString()}/content");
        Assert.Equal(pdf, await original.Content.ReadAsByteArrayAsync());
    }
}
