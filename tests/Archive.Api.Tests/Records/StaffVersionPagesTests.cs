using System.Net;
using System.Text;
using Archive.Api.Access;
using Archive.Api.Tests.Web;
using Archive.Api.Web.Staff;

namespace Archive.Api.Tests.Records;

/// <summary>The document page's chain of versions and its form for a new one, without script.</summary>
public sealed class StaffVersionPagesTests : IDisposable
{
    private readonly ArchiveApiFactory service = new();

    public void Dispose() => service.Dispose();

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, string action, string token, string text, string fileName)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), StaffViewer.AntiforgeryFieldName },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", fileName },
        };
        return client.PostAsync(action, form);
    }

    [Fact]
    public async Task A_clerk_uploads_a_better_version_from_the_page_sees_the_chain_and_the_same_file_again_is_refused_in_Vietnamese()
    {
        const string first = "QUY ƯỚC thôn Khuổi Vầy về bảo vệ rừng đầu nguồn, bản chép tay";
        const string better = "QUY ƯỚC thôn Khuổi Vầy về bảo vệ rừng đầu nguồn và nguồn nước sinh hoạt";
        var id = (await service.CreateClient().UploadTextRecordAsync(first, "quy ước.txt")).GetProperty("id").GetString()!;
        var clerk = service.CreateClientAs(ArchiveRoles.Clerk);
        var page = $"/quan-ly/van-ban/{id}";
        var action = $"{page}/phien-ban";

        var posted = await PostFileAsync(clerk, action, await StaffForms.TokenAsync(clerk, page, action), better, "quy ước bản đánh máy.txt");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await clerk.WaitUntilReadAsync(id);
        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync(page));
        Assert.Contains("Các phiên bản (2)", html);
        Assert.Contains("2 (hiện hành)", html);
        Assert.Contains($"href=\"/api/documents/{id}/versions/1/content\">quy ước.txt</a>", html);
        Assert.Contains($"href=\"/api/documents/{id}/versions/2/content\">quy ước bản đánh máy.txt</a>", html);
        Assert.Contains("nguồn nước sinh hoạt", html);

        var again = await PostFileAsync(clerk, action, await StaffForms.TokenAsync(clerk, page, action), better, "lần nữa.txt");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("giống hệt từng byte với phiên bản hiện hành (2)", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        // Those who may not upload see the chain, not the form.
        var auditorPage = await service.CreateClientAs(ArchiveRoles.Auditor).GetStringAsync(page);
        Assert.Contains("Các phiên bản (2)", WebUtility.HtmlDecode(auditorPage));
        Assert.DoesNotContain($"action=\"{action}\"", auditorPage);
    }
}
