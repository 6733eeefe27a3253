using Archive.Indexer.Legal;

namespace Archive.Indexer.Analysis;

/// <summary>
/// The terms under which a document's own symbol is indexed in <see cref="VietnameseAnalyzers.SymbolField"/>,
/// so that a partial symbol typed in a query still lands on it: the full <see cref="DocumentSymbol.Key"/>
/// ("59/2023/nd-cp"), number with year ("59/2023"), number with kind ("59 nd"). Numbers lose leading zeros
/// and codes are folded, as in the key; the query side builds the same strings from what was typed.
/// </summary>
public static class SymbolForms
{
    public static IReadOnlyList<string> Of(DocumentSymbol symbol)
    {
        var forms = new List<string>(3) { symbol.Key };
        string number = NumberKey(symbol.Number);
        if (symbol.Year is { } year) forms.Add(NumberYear(number, year));
        if (symbol.KindAbbreviation is { } kind) forms.Add(NumberKind(number, FoldCode(kind)));
        return forms;
    }

    public static string NumberYear(string number, int year) => $"{NumberKey(number)}/{year}";

    public static string NumberKind(string number, string foldedKind) => $"{NumberKey(number)} {foldedKind}";

    public static string FoldCode(string code) => VietnameseFolding.Fold(VietnameseNormalizer.Normalize(code));

    private static string NumberKey(string number) => number.TrimStart('0') is { Length: > 0 } n ? n : "0";
}
