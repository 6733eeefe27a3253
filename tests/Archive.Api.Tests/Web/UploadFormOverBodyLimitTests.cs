using System.Net;
using System.Text;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The upload form sent without its script carries every file chosen in one request: files each under the limit can
/// together pass Kestrel's body limit (one file's limit + 1 MB), which only a real Kestrel enforces (TestServer does not).
/// The clerk gets the form again with a Vietnamese reason, not the generic error page.
/// </summary>
public sealed class UploadFormOverBodyLimitTests : IDisposable
{
    private readonly ServiceDataFolder folder = new("upload-form-limit");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Files_each_under_the_limit_that_together_pass_the_request_limit_get_the_form_again_with_a_Vietnamese_reason()
    {
        // 1 MB a file: the request may carry 2 MB; three files of 0.9 MB do not fit.
        using var service = await ArchiveProcess.StartAsync(folder.Root, folder.Settings(("Upload__MaxFileBytes", "1048576")));
        var token = await StaffForms.TokenAsync(service.Client, "/quan-ly/tai-len", "/quan-ly/tai-len");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        for (var i = 1; i <= 3; i++)
        {
            var text = new StringBuilder();
            while (text.Length < 900_000) text.Append($"Sổ theo dõi tiếp công dân xã Pá Khoang, tập {i}, dòng {text.Length}. ");
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString())), "file", $"so-tiep-cong-dan-tap-{i}.txt");
        }
        form.Add(new StringContent(""), "title");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/quan-ly/tai-len") { Content = form };
        request.Headers.Accept.ParseAdd("text/html");

        var refused = await service.Client.SendAsync(request);

        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.True(refused.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)refused.StatusCode}: {page}\n{service.Output}");
        Assert.Contains("vượt quá 2 MB", page);
        Assert.Contains("action=\"/quan-ly/tai-len\"", page);
        Assert.Equal(0, (await service.Client.GetJsonAsync("/api/documents")).GetProperty("total").GetInt32());
    }
}
