using Archive.Indexer.Legal;

namespace Archive.Indexer.Metadata;

/// <summary>
/// A header number whose issuer codes lost a dash where the line wrapped ("01/2022/TTLT-VKSNDTC-" / "TANDTC-BCA-…"
/// read back as "TTLT-VKSNDTCTANDTC-BCA-…", pdftotext joining what it took for a hyphenated word): a code that is no
/// code but two known codes glued together gets its dash back.
/// </summary>
internal static class GluedCodes
{
    /// <summary>The symbol opening <paramref name="text"/> with glued codes split, and how many characters it took; null when nothing was glued.</summary>
    public static (DocumentSymbol Symbol, int Length)? Repair(string text)
    {
        var token = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "";
        var start = text.IndexOf(token, StringComparison.Ordinal);
        var slash = token.LastIndexOf('/');
        if (token.Length == 0 || slash < 0) return null;

        var segments = token[(slash + 1)..].TrimEnd('.', ',', ';').Split('-');
        var changed = false;
        var repaired = new List<string>(segments.Length + 2);
        foreach (var segment in segments)
        {
            if (!DocumentKinds.IsKnownCode(segment) && Split(segment) is { } pair)
            {
                repaired.Add(pair.Left);
                repaired.Add(pair.Right);
                changed = true;
            }
            else
            {
                repaired.Add(segment);
            }
        }
        if (!changed) return null;
        var candidate = token[..(slash + 1)] + string.Join('-', repaired);
        return DocumentSymbol.TryParse(candidate, out var symbol) ? (symbol, start + token.TrimEnd('.', ',', ';').Length) : null;
    }

    private static (string Left, string Right)? Split(string segment)
    {
        for (var cut = 2; cut <= segment.Length - 2; cut++)
        {
            if (DocumentKinds.IsKnownCode(segment[..cut]) && DocumentKinds.IsKnownCode(segment[cut..])) return (segment[..cut], segment[cut..]);
        }
        return null;
    }
}
