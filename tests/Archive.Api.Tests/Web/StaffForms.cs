using System.Net;
using System.Text.RegularExpressions;
using Archive.Api.Web.Staff;

namespace Archive.Api.Tests.Web;

/// <summary>Posting a staff page's form as a browser does: read the antiforgery token from the page, send it back with the fields.</summary>
public static partial class StaffForms
{
    /// <summary>The antiforgery token of the form on <paramref name="pageUrl"/> that posts to <paramref name="action"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pageUrl, string action) =>
        (await FieldsAsync(client, pageUrl, action))[StaffViewer.AntiforgeryFieldName];

    /// <summary>
    /// What a browser would send for the form on <paramref name="pageUrl"/> that posts to <paramref name="action"/> if
    /// nothing were typed: every named input's value (hidden ones and the antiforgery token included) and each select's
    /// selected option.
    /// </summary>
    public static async Task<Dictionary<string, string>> FieldsAsync(HttpClient client, string pageUrl, string action) =>
        FieldsOf(await client.GetStringAsync(pageUrl), action);

    /// <summary>The same for a page already in hand (say, one answering a post).</summary>
    public static Dictionary<string, string> FieldsOf(string page, string action)
    {
        var form = Regex.Match(page, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"the page has no form posting to {action}");
        var fields = new Dictionary<string, string>();
        foreach (Match input in Regex.Matches(form.Groups[1].Value, "<input\\b[^>]*>"))
            if (Attribute(input.Value, "name") is { } name) fields[name] = Attribute(input.Value, "value") ?? "";
        foreach (Match select in Regex.Matches(form.Groups[1].Value, "<select\\b[^>]*>(.*?)</select>", RegexOptions.Singleline))
            if (Attribute(select.Value, "name") is { } name)
                fields[name] = Regex.Matches(select.Groups[1].Value, "<option\\b[^>]*>").Select(o => o.Value)
                    .Where(o => Regex.IsMatch(o, "\\sselected\\b")).Select(o => Attribute(o, "value")).FirstOrDefault() ?? "";
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } found ? WebUtility.HtmlDecode(found.Groups[1].Value) : null;

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string token, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { [StaffViewer.AntiforgeryFieldName] = token };
        return client.PostAsync(action, new FormUrlEncodedContent(all));
    }
}
