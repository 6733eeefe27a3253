using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// Where a document stands in the order of legal documents (Luật Ban hành văn bản quy phạm pháp luật): the Constitution,
/// then the National Assembly's laws and resolutions, its Standing Committee, the President, the Government, the Prime
/// Minister, the ministries, and local councils and people's committees. A document can only amend, replace or repeal
/// one of its own rank or below: a commune's decision that "repeals" a law repeals nothing.
/// </summary>
public static class LegalRank
{
    /// <summary>0 (the Constitution) to 7 (local authorities); null when neither number nor kind tells.</summary>
    public static int? Of(DocumentRecord record)
    {
        if (DocumentSymbol.TryParse(record.Number, out var symbol) && OfIssuer(symbol.Issuer, record.Kind) is { } byIssuer) return byIssuer;
        return record.Kind?.Trim().ToLowerInvariant() switch
        {
            "hiến pháp" => 0,
            "luật" or "bộ luật" => 1,
            "pháp lệnh" => 2,
            "lệnh" => 3,
            "nghị định" => 4,
            "thông tư" or "thông tư liên tịch" => 6,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="source"/> may state the validity of <paramref name="target"/> (true when either rank is unknown).</summary>
    public static bool MayChange(DocumentRecord source, DocumentRecord target) =>
        Of(source) is not { } from || Of(target) is not { } to || from <= to;

    private static int? OfIssuer(string issuer, string? kind)
    {
        var codes = issuer.Split('-');
        if (codes.Any(c => DocumentKinds.Legislature(c) == "UBTVQH")) return 2;
        if (codes.Any(c => DocumentKinds.Legislature(c) == "QH")) return kind?.Trim().ToLowerInvariant() == "hiến pháp" ? 0 : 1;
        if (codes.Any(c => c.Equals("CTN", StringComparison.OrdinalIgnoreCase))) return 3;
        if (codes.Any(c => c.Equals("CP", StringComparison.OrdinalIgnoreCase))) return 4;
        if (codes.Any(c => c.Equals("TTg", StringComparison.OrdinalIgnoreCase))) return 5;
        if (codes.Any(c => c.Contains("HĐND", StringComparison.OrdinalIgnoreCase) || c.Contains("UBND", StringComparison.OrdinalIgnoreCase))) return 7;
        return null;
    }
}
