using System.Net;
using System.Text.RegularExpressions;
using Archive.Api.Web.Staff;

namespace Archive.Api.Tests.Web;

/// <summary>Posting a staff page's form as a browser does: read the antiforgery token from the page, send it back with the fields.</summary>
public static partial class StaffForms
{
    /// <summary>The antiforgery token of the form on <paramref name="pageUrl"/> that posts to <paramref name="action"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pageUrl, string action)
    {
        var page = await client.GetStringAsync(pageUrl);
        var form = Regex.Match(page, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"{pageUrl} has no form posting to {action}");
        return WebUtility.HtmlDecode(TokenField().Match(form.Groups[1].Value).Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string token, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { [StaffViewer.AntiforgeryFieldName] = token };
        return client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();
}
