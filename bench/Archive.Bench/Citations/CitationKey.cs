using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Bench.Citations;

/// <summary>
/// What one citation item is compared on, exactly as the data README and <c>real-data-check</c> key it:
/// kind, symbol (else title), self, article, clause, point. For a self reference only the locators count;
/// symbols compare without spaces, upper-cased; titles and kinds lower-cased.
/// </summary>
public sealed partial record CitationKey(string? Kind, string? Target, bool Self, string? Article, string? Clause, string? Point)
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static CitationKey Of(string? kind, string? symbol, string? title, bool self, string? article, string? clause, string? point)
    {
        var sym = Spaces().Replace(Nfc(symbol).Replace('\u00D0', '\u0110').Replace('–', '-'), "").ToUpperInvariant() is { Length: > 0 } s ? s : null;
        var name = sym is null && Nfc(title).Trim().ToLowerInvariant() is { Length: > 0 } t ? t : null;
        var kindKey = Nfc(kind).Trim().ToLowerInvariant() is { Length: > 0 } k ? k : null;
        if (self) (kindKey, sym, name) = (null, null, null);
        return new CitationKey(kindKey, sym ?? name, self, Part(article), Part(clause), Part(point));
    }

    /// <summary>Whether the document is named by its symbol: symbols are upper-cased, titles lower-cased.</summary>
    public bool BySymbol => Target is not null && !Target.Any(char.IsLower);

    public bool HasLocator => Article is not null || Clause is not null || Point is not null;

    public override string ToString() =>
        $"({Kind ?? "-"} | {Target ?? "-"} | {(Self ? "self" : "other")} | Đ{Article ?? "-"} k{Clause ?? "-"} đ{Point ?? "-"})";

    private static string Nfc(string? s) => (s ?? "").Normalize(NormalizationForm.FormC);

    private static string? Part(string? value) =>
        string.IsNullOrEmpty(value) ? null : value.Trim().ToLower(CultureInfo.InvariantCulture);
}
