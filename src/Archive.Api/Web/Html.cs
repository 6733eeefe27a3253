using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Archive.Api.Web;

/// <summary>Encoding for the server-rendered pages: Vietnamese letters stay readable, markup characters are escaped.</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Escapes text for element content and quoted attribute values.</summary>
    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>Escapes a value for a URL query string.</summary>
    public static string Q(string? text) => Uri.EscapeDataString(text ?? "");

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy") : "";

    public static string Time(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm");
}
