using System.Net;

namespace Archive.Api.Tests;

/// <summary>The PDF budgets (Pdf:MaxPages, Pdf:MaxCharacters) as the service applies them from its settings.</summary>
public sealed class PdfBudgetTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new(new Dictionary<string, string?> { ["Pdf:MaxPages"] = "1" });

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_pdf_over_the_page_budget_is_kept_but_fails_with_the_limit_in_its_reason()
    {
        var bytes = Uploads.Fixture("ke-hoach-dejavu-serif.pdf");
        var client = factory.CreateClient();

        var response = await client.PostFileAsync(bytes, "ke-hoach.pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var doc = await client.WaitUntilReadAsync((await response.JsonAsync()).GetProperty("id").GetString()!);
        Assert.Equal("failed", doc.GetProperty("textStatus").GetString());
        Assert.Equal("Tệp PDF có 2 trang, vượt giới hạn 1 trang một tệp: hãy tách thành nhiều tệp nhỏ hơn.", doc.GetProperty("textError").GetString());
        var original = await client.GetAsync($"/api/documents/{doc.GetProperty("id").GetString()}/content");
        Assert.Equal(bytes, await original.Content.ReadAsByteArrayAsync());
    }
}
