namespace Archive.Indexer.Legal;

/// <summary>
/// Finds citation phrases in a token list. Grammar, informally:
/// <c>[locators [của|tại|thuộc]] [các] KIND [số] SYMBOL {(,|và) [số] SYMBOL} [trailer]</c>,
/// <c>KIND này</c>, <c>LAW-KIND Title [số SYMBOL] [trailer]</c>, <c>[số] SYMBOL [trailer]</c>, or locators alone,
/// where a trailer is any of <c>ngày DATE</c>, <c>năm YYYY</c>, <c>của ISSUER</c>, <c>(khóa …)</c>.
/// </summary>
internal sealed partial class CitationParser(string text, List<CitationToken> tokens, ActGazetteer gazetteer)
{
    private const int MaxTitleWords = 24;
    private const int MaxIssuerWords = 12;

    public List<CitationPhrase> Parse()
    {
        var phrases = new List<CitationPhrase>();
        string? ownKey = null;
        // The header ends at its number, its first "Căn cứ" or its first article: a "Quyết định số: …" line further on
        // (a table cell, a list of decisions) is a citation like any other.
        var inHeader = true;
        var i = 0;
        while (i < tokens.Count)
        {
            if (inHeader && OwnNumberInHeader(i) is { } symbolAt)
            {
                // A number without a year repeats across issuers and years (every UBND has its 32/KH-UBND): the
                // district's plan may cite the province's plan of the same number, so only a dated number is the text's own.
                if (At(symbolAt).Symbol!.Year is not null) ownKey = At(symbolAt).Symbol!.Key;
                inHeader = false;
                i = symbolAt + 1;
                continue;
            }
            if (inHeader && (IsArticleHeading(i) || At(i) is { Folded: "can", LineStart: true } && At(i + 1).Folded == "cu")) inHeader = false;
            if (FormCode(i) is { } afterForm)
            {
                i = afterForm;
                continue;
            }
            if (TryParsePhrase(i) is { } phrase)
            {
                phrases.Add(phrase);
                i = phrase.EndToken;
            }
            else i++;
        }
        // A document does not cite itself: its own number met again ("Phụ lục … kèm theo Nghị định số …" in its annex, a
        // heading "LUẬT CỦA QUỐC HỘI … SỐ 16/1999/QH10") names the text itself. The first header number is the text's own;
        // a gazette issue holding several documents keeps the later ones' citations of one another.
        if (ownKey is not null)
            foreach (var document in phrases.SelectMany(p => p.Documents))
                if (document.Symbol is { } cited && DocumentSymbol.TryParse(cited, out var symbol) && symbol.Key == ownKey) document.Self = true;
        return phrases;
    }

    /// <summary>
    /// "Số: 32/KH-UBND" or "Luật số: 02/2011/QH13" opening a line is the document's own number in its header, not a
    /// citation: the colon is the header's field mark. Returns the index of the symbol's token.
    /// </summary>
    private int? OwnNumberInHeader(int i)
    {
        if (!At(i).LineStart || At(i).Type != CitationTokenType.Word) return null;
        var numberAt = i;
        if (MatchKind(i, out _, out var afterKind) && At(i).Capitalized) numberAt = afterKind;
        else if (!At(i).Capitalized) return null;
        return At(numberAt).IsWord("so") && At(numberAt + 1).IsPunctuation(':') && At(numberAt + 2).Type == CitationTokenType.Symbol
            ? numberAt + 2
            : null;
    }

    private CitationPhrase? TryParsePhrase(int start)
    {
        var locators = ParseLocators(start, out var afterLocators);
        var documentStart = afterLocators;
        if (locators.Count > 0) documentStart = SkipLocatorConnector(afterLocators);

        var documents = ParseDocuments(documentStart, locators.Count > 0, out var end);
        if (documents.Count == 0 && locators.Count == 0) return null;
        if (documents.Count == 0)
        {
            if (IsArticleHeading(start)) return null;
            // "Chương II. QUY ĐỊNH CỤ THỂ", "Mẫu số 02": a part of no named document is a heading or a form, not a citation.
            if (WholePart(start) is not null && locators.All(l => l == default)) return null;
            // A numbered "điểm 5" alone is a score more often than a point: numbered points count inside a named document.
            if (locators.All(l => l.Article is null && l.Clause is null && l.Point?.All(c => char.IsAsciiDigit(c) || c == '.') == true)) return null;
            end = afterLocators;
        }
        else if (locators.Count > 0) documents[0].StartToken = start;
        return new CitationPhrase { StartToken = start, EndToken = end, Locators = locators, Documents = documents };
    }

    // "Điều 5 của Nghị định …", "khoản 2 Điều 3 Quy chế làm việc … ban hành kèm theo Quyết định số …",
    // "khoản 1 Mục III Chương trình … ban hành kèm theo Quyết định số …" (a section names no article: it is passed over).
    private int SkipLocatorConnector(int i)
    {
        i = SkipSection(i);
        if (At(i).Type == CitationTokenType.Word && At(i).Lower is "của" or "tại" or "thuộc" or "cua") return i + 1;
        if (At(i).IsWord("ban") && At(i + 1).IsWord("hanh") && At(i + 2).IsWord("kem") && At(i + 3).IsWord("theo")) return i + 4;
        if (At(i).IsWord("kem") && At(i + 1).IsWord("theo")) return i + 2;
        if (MatchKind(i, out var kind, out var afterKind) && At(i).Capitalized && kind.Name is "Quy chế" or "Quy định" or "Chương trình" or "Kế hoạch" or "Đề án"
            && !At(afterKind).IsWord("nay") && !IsNumberWord(afterKind))
        {
            for (var j = afterKind; j < Math.Min(tokens.Count - 1, afterKind + 30); j++)
            {
                if (At(j).IsPunctuation(';') || At(j).IsPunctuation('.')) break;
                if (At(j).IsWord("kem") && At(j + 1).IsWord("theo")) return j + 2;
            }
        }
        return i;
    }

    // "Điều 5. Hiệu lực thi hành" opening a line is the article's own heading; so is older texts' "Điều 6- Nhiệm vụ …".
    private bool IsArticleHeading(int i)
    {
        if (At(i) is not { Folded: "dieu", Capitalized: true, LineStart: true } || At(i + 1).Type != CitationTokenType.Number) return false;
        var mark = At(i + 2) is { Type: CitationTokenType.Word } suffix && suffix.Start == At(i + 1).End ? i + 3 : i + 2;
        if (At(mark).IsPunctuation('.') || At(mark).IsPunctuation(':')) return true;
        // A dash before the heading's name, not a range ("Điều 5 - 7") or a second article ("Điều 5 - Điều 7").
        return At(mark).IsPunctuation('-') && At(mark + 1) is { Type: CitationTokenType.Word, Capitalized: true } name
            && !(name.Folded is "dieu" or "khoan" or "diem" && At(mark + 2).Type == CitationTokenType.Number);
    }

    private CitationToken At(int i) => i < tokens.Count && i >= 0 ? tokens[i] : default;

    private string Original(CitationToken token) => text[token.Start..token.End];

    private string Span(int firstToken, int lastToken) =>
        string.Join(' ', text[tokens[firstToken].Start..tokens[lastToken].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // "số", "số:", "so", and the OCR split "s ố".
    private int SkipNumberWord(int i)
    {
        var j = i;
        if (At(j).IsWord("so")) j++;
        else if (At(j).IsWord("s") && At(j + 1).IsWord("o") && At(j + 1).Start - At(j).End <= 1) j += 2;
        else return i;
        if (At(j).IsPunctuation(':') || At(j).IsPunctuation('.')) j++;
        return j;
    }

    private bool IsNumberWord(int i) => SkipNumberWord(i) != i;

    private bool MatchKind(int i, out CitationVocabulary.KindWord kind, out int next)
    {
        kind = null!;
        next = i;
        if (At(i).Type != CitationTokenType.Word || !CitationVocabulary.KindsByFirstSyllable.TryGetValue(At(i).Folded, out var candidates))
            return false;
        foreach (var candidate in candidates)
        {
            var matched = true;
            for (var s = 0; s < candidate.Syllables.Length && matched; s++)
                matched = At(i + s).Type == CitationTokenType.Word && At(i + s).Folded == candidate.Syllables[s];
            if (!matched) continue;
            kind = candidate;
            next = i + candidate.Syllables.Length;
            return true;
        }
        return false;
    }
}
