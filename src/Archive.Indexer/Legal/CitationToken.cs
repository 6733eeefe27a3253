namespace Archive.Indexer.Legal;

internal enum CitationTokenType
{
    /// <summary>Past either end of the text: what <c>default</c> gives, so that it matches nothing.</summary>
    None,
    Word,
    Number,

    /// <summary>Digits joined by '/', '.' or '-': dates "14/8/2023", partial numbers "59/2023".</summary>
    Numeric,
    Symbol,
    Punctuation,

    /// <summary>A standard's code, "TCVN 5574:2018" (<see cref="StandardCode"/>); its kind is in <see cref="CitationToken.Lower"/>.</summary>
    Standard,
}

/// <summary>
/// A word, number, symbol or punctuation mark of the text. <see cref="Folded"/> is lower case without
/// diacritics (for kind words typed without accents); <see cref="Lower"/> keeps the accents (for stop words,
/// where "tự" and "từ" differ).
/// </summary>
internal readonly record struct CitationToken(
    CitationTokenType Type, int Start, int End, string Folded, string Lower, bool Capitalized, bool LineStart, DocumentSymbol? Symbol = null)
{
    public bool IsWord(string folded) => Type == CitationTokenType.Word && Folded == folded;

    public bool IsPunctuation(char c) => Type == CitationTokenType.Punctuation && Folded[0] == c;
}
