using System.Globalization;

namespace Archive.Api.Web.Shared;

/// <summary>The page number of a web page's address, as a person may have edited it.</summary>
public static class PageNumber
{
    /// <summary>
    /// Anything that is not a whole number (or a repeated parameter) is the first page, a number below 1 too; a number
    /// too large for an int is past the last page allowed, which the search then says in Vietnamese.
    /// </summary>
    public static int Parse(string? page) =>
        long.TryParse(page, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? (int)Math.Clamp(n, 1, int.MaxValue) : 1;
}
