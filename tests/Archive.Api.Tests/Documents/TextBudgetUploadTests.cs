using System.Net;
using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Api.Tests.Documents;

/// <summary>The one text budget (<see cref="TextBudget"/>) as the service applies it to an upload: the original kept, the text refused with its reason.</summary>
public sealed class TextBudgetUploadTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_one_line_text_past_the_budget_is_kept_but_fails_with_the_limit_in_its_reason()
    {
        const string sentence = "Biên bản họp thôn Bản Chắt về việc sửa đổi hương ước theo Nghị định số 59/2023/NĐ-CP. ";
        var line = new StringBuilder();
        while (line.Length <= TextBudget.MaxCharacters) line.Append(sentence);
        var bytes = Encoding.UTF8.GetBytes(line.ToString());
        var client = factory.CreateClient();

        var response = await client.PostFileAsync(bytes, "bien-ban-dai.txt");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var doc = await client.WaitUntilReadAsync(id, seconds: 120);
        Assert.Equal("failed", doc.GetProperty("textStatus").GetString());
        Assert.StartsWith($"Văn bản dài quá giới hạn {TextBudget.MaxCharacters:N0} ký tự", doc.GetProperty("textError").GetString());
        var original = await client.GetAsync($"/api/documents/{id}/content");
        Assert.Equal(bytes, await original.Content.ReadAsByteArrayAsync());
    }
}
