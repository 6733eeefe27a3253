namespace Archive.Indexer.Legal;

/// <summary>Splits NFC text into the tokens the citation grammar works on; symbols come whole from <see cref="DocumentSymbol.FindAll"/>.</summary>
internal static class CitationTokenizer
{
    public static List<CitationToken> Tokenize(string text)
    {
        var standards = StandardCode.FindAll(text);
        // "QCVN 06:2010/BKHCN" holds what would read as a symbol ("2010/BKHCN"): the standard wins.
        var symbols = standards.Count == 0 ? DocumentSymbol.FindAll(text)
            : DocumentSymbol.FindAll(text).Where(s => !standards.Any(d => s.Start < d.Start + d.Length && d.Start < s.Start + s.Length)).ToList();
        var tokens = new List<CitationToken>(text.Length / 4);
        var forms = new TokenForms();
        var nextSymbol = 0;
        var nextStandard = 0;
        var lineStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (nextStandard < standards.Count && standards[nextStandard].Start == i)
            {
                var (_, length, code, kind) = standards[nextStandard++];
                tokens.Add(new CitationToken(CitationTokenType.Standard, i, i + length, code, kind, false, lineStart));
                i += length;
                lineStart = false;
                continue;
            }
            if (nextSymbol < symbols.Count && symbols[nextSymbol].Start == i)
            {
                var symbol = symbols[nextSymbol++];
                tokens.Add(new CitationToken(CitationTokenType.Symbol, i, i + symbol.Length, symbol.Symbol.Key, symbol.Symbol.Key, false, lineStart, symbol.Symbol));
                i += symbol.Length;
                lineStart = false;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') lineStart = true;
                i++;
                continue;
            }
            var start = i;
            CitationTokenType type;
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                type = CitationTokenType.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                type = CitationTokenType.Number;
                while (i < text.Length)
                {
                    if (char.IsAsciiDigit(text[i])) i++;
                    else if (text[i] is '/' or '.' or '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) { i++; type = CitationTokenType.Numeric; }
                    else break;
                }
            }
            else
            {
                i++;
                type = CitationTokenType.Punctuation;
            }
            var (folded, lower) = forms.Of(text.AsSpan(start, i - start), type == CitationTokenType.Word);
            tokens.Add(new CitationToken(type, start, i, folded, lower, type == CitationTokenType.Word && char.IsUpper(c), lineStart));
            lineStart = false;
        }
        return tokens;
    }

    /// <summary>
    /// The folded and lower-case forms of each distinct word, number or sign of one text, made once: a legal text repeats
    /// a few thousand syllables tens of thousands of times, and making them per occurrence (a substring, a fold, a
    /// lower-casing) was most of what extracting citations allocated.
    /// </summary>
    private sealed class TokenForms
    {
        private readonly Dictionary<string, (string Folded, string Lower)> words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Folded, string Lower)> others = new(StringComparer.Ordinal);

        public (string Folded, string Lower) Of(ReadOnlySpan<char> raw, bool word)
        {
            var lookup = (word ? words : others).GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(raw, out var forms)) return forms;
            var text = raw.ToString();
            forms = (word ? SymbolText.Fold(text) : SymbolText.Repair(text), SymbolText.Repair(text).ToLowerInvariant());
            lookup[raw] = forms;
            return forms;
        }
    }
}
