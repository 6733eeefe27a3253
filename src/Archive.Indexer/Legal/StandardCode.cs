using System.Text.RegularExpressions;

namespace Archive.Indexer.Legal;

/// <summary>
/// Codes of technical standards and regulations cited in running text: "TCVN 5574:2018", "TCVN/QS 1822:2014",
/// "TCVN ISO/IEC 17025", "QCVN 06:2010/BKHCN". A standard is cited like any other document (kind "Tiêu chuẩn", or
/// "Quy chuẩn" for a national technical regulation), its code standing for the symbol.
/// </summary>
internal static partial class StandardCode
{
    public const string StandardKind = "Tiêu chuẩn";
    public const string RegulationKind = "Quy chuẩn";

    // Series, an optional sub-series ("/QS"), an optional ISO/IEC adoption, the number, ":year", "/issuer" (QCVN).
    [GeneratedRegex(
        @"(?<![\p{L}\d/=])(?<series>TCVN|QCVN|TCXDVN|TCXD|TCN|TCCS)(?:\s*/\s*[A-Z]{1,6})?(?:\s+(?:ISO|IEC)(?:\s*/\s*IEC)?)?" +
        @"\s*(?:-\s*)?\d+(?:[-.]\d+)*(?:\s*:\s*(?:19|20)\d\d)?(?:\s*/\s*[A-ZĐ]{2,}(?:\s*[-&]\s*[A-ZĐ]{2,})*)?(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    /// <summary>Every code with its span; the code is returned with its inner spaces squeezed to one.</summary>
    public static IReadOnlyList<(int Start, int Length, string Code, string Kind)> FindAll(string text)
    {
        if (text.AsSpan().IndexOfAny("TQ") < 0) return [];
        var found = new List<(int, int, string, string)>();
        foreach (Match match in Pattern().Matches(text))
        {
            var code = string.Join(' ', match.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            found.Add((match.Index, match.Length, code, match.Groups["series"].Value == "QCVN" ? RegulationKind : StandardKind));
        }
        return found;
    }
}
