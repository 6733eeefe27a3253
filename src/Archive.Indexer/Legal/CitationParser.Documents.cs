using System.Globalization;

namespace Archive.Indexer.Legal;

internal sealed partial class CitationParser
{
    /// <summary>
    /// The documents of one phrase: a kind word with numbers, "KIND này", an act by title (with the acts an amending
    /// act's title names), a standard's code, or bare symbols. <paramref name="afterLocators"/>: the phrase opened with
    /// "Điều 5 …", after which an act's title may start in lower case ("Điều 41 của Luật thực hiện dân chủ ở cơ sở").
    /// </summary>
    private List<CitedDocument> ParseDocuments(int i, bool afterLocators, out int next)
    {
        next = i;
        var start = i;
        var j = At(i).Type == CitationTokenType.Word && At(i).Lower is "các" or "cac" ? i + 1 : i;
        if (At(j).Type == CitationTokenType.Standard) return [Standard(start, j, out next)];
        // OCR garbles the kind word ("Điều 48 Laiật Quản lý thuế"): a near miss of "Luật" before a title the gazetteer
        // knows is that law.
        if (IsGarbledLaw(j, out var law) && KnownTitleEnd(j + 1, law.Name!, cutByTextEnd: false) is not null)
            return ParseTitled(start, j, j + 1, law, afterLocators, out next);
        if (!MatchKind(j, out var kind, out var afterKind))
        {
            var symbolAt = SkipNumberWord(j);
            if (At(symbolAt).Type == CitationTokenType.Standard && symbolAt != j) return [Standard(start, symbolAt, out next)];
            if (At(symbolAt).Type != CitationTokenType.Symbol) return [];
            return ParseSymbolList(start, symbolAt, null, false, out next);
        }

        var capitalized = At(j).Capitalized;
        // "Thông báo kết luận số 15-TB/TW": a compound kind name; the symbol's abbreviation settles the kind.
        if (MatchKind(afterKind, out _, out var afterSecond) && !At(afterKind).Capitalized && IsNumberWord(afterSecond))
            (afterKind, capitalized) = (afterSecond, false);
        if (At(afterKind).IsWord("nay") && (capitalized || kind.SelfWhenLowerCase))
        {
            next = afterKind + 1;
            return [new CitedDocument { Kind = kind.Name, Self = true, StartToken = start, EndToken = next }];
        }

        var numberAt = SkipNumberWord(afterKind);
        if (At(numberAt).Type == CitationTokenType.Symbol) return ParseSymbolList(start, numberAt, kind.Name, capitalized, out next);
        if (At(numberAt).Type == CitationTokenType.Standard) return [Standard(start, numberAt, out next)];
        if (PartialNumber(numberAt, kind.Name) is { } partial)
        {
            var document = new CitedDocument { Kind = kind.Name, Symbol = partial.Symbol, Year = partial.Year, StartToken = start };
            next = document.EndToken = ParseTrailer(numberAt + 1, document);
            return [document];
        }
        // "… khoản 2 Điều 90 Nghị định số" closing a line cut mid-citation (a scan, a PDF): the kind is known, the number not.
        if (capitalized && kind.Name is not null && numberAt != afterKind && At(numberAt).Type == CitationTokenType.None)
        {
            next = numberAt;
            return [new CitedDocument { Kind = kind.Name, StartToken = start, EndToken = next }];
        }
        if (!capitalized || kind.Name is null) return [];
        if (kind.ByName) return ParseTitled(start, j, afterKind, kind, afterLocators, out next);
        // "Nghị định sửa đổi, bổ sung một số điều của Nghị định …": an amending act cited by its title.
        if (At(afterKind).Lower is "sửa" && At(afterKind + 1).Lower is "đổi") return ParseTitled(start, j, afterKind, kind, afterLocators, out next);
        return [];
    }

    // One letter off, or two where OCR added letters ("Laiật"): shorter words two letters off are words of their own
    // before a title's words ("Lập quy hoạch", "Loại tiêu chuẩn", "LỤC HỘ TỊCH", "LƯỚI THƯ VIỆN" in headings).
    private bool IsGarbledLaw(int j, out CitationVocabulary.KindWord law)
    {
        law = CitationVocabulary.KindsByFirstSyllable["luat"][0];
        var token = At(j);
        return token is { Type: CitationTokenType.Word, Capitalized: true } && token.Folded != "luat"
            && token.Folded.Length is >= 3 and <= 6 && token.Folded[0] == 'l'
            && EditDistance(token.Folded, "luat") <= (token.Folded.Length > 4 ? 2 : 1);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var k = 1; k <= b.Length; k++)
                current[k] = Math.Min(Math.Min(current[k - 1], previous[k]) + 1, previous[k - 1] + (a[i - 1] == b[k - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private CitedDocument Standard(int start, int codeAt, out int next)
    {
        var document = new CitedDocument { Kind = At(codeAt).Lower, Symbol = At(codeAt).Folded, StartToken = start };
        next = document.EndToken = codeAt + 1;
        return document;
    }

    private List<CitedDocument> ParseSymbolList(int start, int symbolAt, string? writtenKind, bool writtenCapitalized, out int next)
    {
        var documents = new List<CitedDocument>();
        while (true)
        {
            var symbol = At(symbolAt).Symbol!;
            var inferred = DocumentKinds.InferKind(symbol);
            // A later item of "các Nghị định số A và B" keeps the written kind unless its own symbol says otherwise.
            // So does a lower-case kind word that belongs to a longer name: "Thông báo kết luận số 15-TB/TW" is a Thông báo.
            var symbolDecides = symbol.KindAbbreviation is not null && inferred is not null && (documents.Count > 0 || !writtenCapitalized);
            var kind = writtenKind is null || symbolDecides ? inferred : writtenKind;
            var document = new CitedDocument
            {
                Kind = kind, Symbol = symbol.Canonical, Year = symbol.Year,
                StartToken = documents.Count == 0 ? start : symbolAt,
            };
            document.EndToken = ParseTrailer(symbolAt + 1, document);
            documents.Add(document);

            var k = document.EndToken;
            if (At(k).IsPunctuation(',')) k++;
            if (At(k).Type == CitationTokenType.Word && At(k).Lower is "và" or "hoặc" or "va" or "hoac") k++;
            k = SkipNumberWord(k);
            if (k == document.EndToken || At(k).Type != CitationTokenType.Symbol) break;
            symbolAt = k;
        }
        next = documents[^1].EndToken;
        return documents;
    }

    // "Nghị định 59/2023": every decree is the Government's, so its symbol is known; other kinds keep "59/2023".
    private (string Symbol, int Year)? PartialNumber(int i, string? kind)
    {
        var token = At(i);
        if (token.Type != CitationTokenType.Numeric) return null;
        var parts = Original(token).Split('/');
        if (parts.Length != 2 || parts[1].Length != 4 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var year)
            || year is < 1945 or > 2100 || parts[0].Length > 5) return null;
        var symbol = kind == "Nghị định" ? $"{parts[0]}/{year}/NĐ-CP" : $"{parts[0]}/{year}";
        return (symbol, year);
    }

    /// <summary>
    /// "Luật Thực hiện dân chủ ở cơ sở", "Bộ luật Dân sự", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    /// "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": the title runs to a stop word, a date, "số" or
    /// punctuation, unless the <see cref="ActGazetteer"/> knows it runs further (or ends sooner); an amending act's
    /// title runs over commas and the names of the acts it amends, which are cited too.
    /// </summary>
    private List<CitedDocument> ParseTitled(int start, int kindAt, int afterKind, CitationVocabulary.KindWord kind, bool afterLocators, out int next)
    {
        next = afterKind;
        // "LUẬT SƯ", "luật gia", "luật lệ": a lawyer, a jurist, rules, never an act ("Luật Luật sư" names the act).
        if (kind.Name == "Luật" && At(afterKind).Type == CitationTokenType.Word && CitationVocabulary.NounsWithLuat.Contains(At(afterKind).Lower))
            return [];
        var known = KnownTitleEnd(afterKind, kind.Name!);
        var constitution = kind.Name == "Hiến pháp";
        // Laws, ordinances and decrees amend by title; a village convention "sửa đổi" is just a new version of it.
        var amending = (kind.Name is "Luật" or "Bộ luật" or "Pháp lệnh" || !kind.ByName)
            && At(afterKind).Type == CitationTokenType.Word && At(afterKind).Lower is "sửa" or "sua";
        // A title may start in lower case ("Luật thực hiện dân chủ ở cơ sở") except where "Luật" opens a sentence and
        // may be a common noun ("Luật sư …"); a village convention is named by its place ("Hương ước thôn Bản Chắt").
        var lowerStartAllowed = known is not null || amending || constitution || kind.Name is "Hương ước" or "Quy ước"
            || ((afterLocators || !OpensSentence(kindAt)) && !(kind.Name == "Luật" && CitationVocabulary.NotTitleStarts.Contains(At(afterKind).Lower)));
        var inCapitals = At(afterKind).Type != CitationTokenType.None && TitleCasing.IsInCapitals(text[At(kindAt).Start..At(afterKind).End]);
        var last = -1;
        var j = afterKind;
        var words = 0;
        while (j < tokens.Count && words < (amending ? 3 * MaxTitleWords : MaxTitleWords))
        {
            var token = At(j);
            if (token.Type == CitationTokenType.Word)
            {
                if (token.LineStart && LineEndsTitle(j, afterKind, inCapitals)) break;
                if (j == afterKind && !token.Capitalized && !(constitution && token.Lower == "nước")
                    && (!lowerStartAllowed || token.Lower is "và" or "hoặc" or "hay" or "cùng" or "va")) break;
                // In a line in capitals every word is "capitalized": there, stop words count from the second word on.
                var plain = !token.Capitalized || (j > afterKind && inCapitals);
                if (plain && (amending ? EndsAmendingTitle(j) : EndsTitle(j)))
                {
                    if (amending || last < 0 || !CitationVocabulary.SoftTitleStops.Contains(token.Lower) || !RunsToTrailer(j + 1)) break;
                    if (token.Lower == "của" && At(j + 1).Capitalized) break;
                }
                // Another kind word ends a title, except the acts an amending act's title names: "… của Luật A và Luật B"
                // (an amending law never amends a decree: "… của Luật quản lý thuế và Nghị định số 83/2013/NĐ-CP").
                else if (token.Capitalized && j > afterKind && MatchKind(j, out var other, out _)
                         && (!amending || (!other.ByName && other.Name != kind.Name))) break;
                last = j++;
                words++;
                continue;
            }
            // "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch".
            if (amending && token.Type == CitationTokenType.Number && At(j + 1).Type == CitationTokenType.Word && !EndsAmendingTitle(j + 1))
            {
                last = j++;
                continue;
            }
            // "Luật Khuyến khích đầu tư trong nước (sửa đổi) số 03/1998/QH10": a title's own "(sửa đổi)".
            if (last == j - 1 && IsRevisedMark(j))
            {
                last = j + RevisedMarkTokens - 1;
                j += RevisedMarkTokens;
                continue;
            }
            // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và …".
            if (amending && last == j - 1 && token.IsPunctuation(',') && At(j + 1).Type == CitationTokenType.Word && !EndsAmendingTitle(j + 1))
            {
                j++;
                continue;
            }
            // Commas sit early in titles ("Luật Phòng, chống …", "Luật Cán bộ, công chức"), before a known continuation, or
            // inside a title that runs on to its number ("Luật Thuế xuất khẩu, thuế nhập khẩu số …"); a later comma
            // usually ends the title and starts the sentence's next clause.
            if (!amending && last == j - 1 && token.IsPunctuation(',') && At(j + 1) is { Type: CitationTokenType.Word, Capitalized: false } following
                && !EndsTitle(j + 1)
                && (words <= 2 || CitationVocabulary.TitleCommaContinuations.Contains(following.Lower) || RunsToTrailer(j + 1)))
            {
                j++;
                continue;
            }
            // "Phòng, chống HIV/AIDS", "Lao động - Thương binh và Xã hội".
            if (!amending && last == j - 1 && (token.IsPunctuation('/') || token.IsPunctuation('-')) && At(j + 1).Type == CitationTokenType.Word && At(j + 1).Capitalized)
            {
                j++;
                continue;
            }
            break;
        }

        // A connector is never a title's last word: "Luật Đất đai và" + a word that stopped the title.
        while (last > afterKind && At(last).Lower is "và" or "hoặc" or "va" or "ở" or "về" or "của" or "cho" or "với" or "tại" or "trong" or "theo") last--;
        // The gazetteer settles what the rules cannot: a known title the rules cut short ("Luật Dân số" before "số", "Luật
        // phòng, chống nhiễm vi rút gây ra …" before "ra"), or a known title the rules ran past into the sentence, whatever
        // word follows it ("Bộ luật hình sự xảy ra …", "Luật Quốc tịch Việt Nam kiến nghị …"): the trie already took the
        // longest title it knows. Words run on past it stay only where they reach the title's number or date (an act the
        // list lacks: "Luật Đầu tư nước ngoài tại Việt Nam ngày …") or fill a heading in capitals to its line's end.
        if (known is { } knownEnd && !amending)
        {
            if (IsRevisedMark(knownEnd + 1)) knownEnd += RevisedMarkTokens;
            if (last <= knownEnd || !RunsOnPastKnownTitle(last, inCapitals)) last = knownEnd;
        }
        if (last < 0 && !constitution) return [];
        // A lower-case title nobody knows needs evidence that "Luật" names an act here and is no common noun ("Luật
        // cần được rà soát"): a locator or a connector before it ("của Luật dược", "thi hành Luật đê điều", "Căn cứ
        // Luật …"), the enacting formula, or its number or date after it.
        if (!At(afterKind).Capitalized && known is null && !afterLocators && !amending && !constitution
            && !CitationVocabulary.BeforeActTitle.Contains(At(start - 1).Lower) && !IsEnactingFormula(start, last + 1)
            && !StartsTrailer(last + 1)) return [];
        // "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 59/2023/NĐ-CP": the number is the amended decree's,
        // cited as such (and amended); the amending decree is cited by title only when no number follows.
        if (!kind.ByName && IsNumberWord(last + 1) && At(SkipNumberWord(last + 1)).Type == CitationTokenType.Symbol) return [];
        var titled = Titled(start, kindAt, afterKind, kind.Name!, last < 0 ? afterKind - 1 : last, out next);
        titled.OwnTitle = IsEnactingFormula(start, next) || (At(kindAt).LineStart && inCapitals && TitleCasing.IsInCapitals(Original(At(kindAt))))
            || IsTitleLineOnTop(start, next, titled);
        if (!amending) return [titled];
        return [titled, .. NamedInAmendingTitle(afterKind, last < 0 ? afterKind - 1 : last)];
    }

    /// <summary>
    /// Whether the line starting at <paramref name="j"/> is no continuation of the title begun at <paramref name="afterKind"/>:
    /// after a blank line (the next paragraph, a header's "QUỐC HỘI"), an article's heading ("LUẬT" ⏎ "Điều 1."), a
    /// line not in capitals after a title in capitals ("LUẬT" ⏎ "KHIẾU NẠI" ⏎ "Căn cứ …"), or a capitalized line after
    /// a title in running text. A title wrapped by a narrow column goes on in lower case ("Luật Quản lý" ⏎ "nợ công");
    /// its first word may stand on the next line ("Căn cứ Luật" ⏎ "Ngân sách nhà nước"); the gazetteer restores a known
    /// title cut here.
    /// </summary>
    private bool LineEndsTitle(int j, int afterKind, bool inCapitals)
    {
        if (j == 0) return false;
        var gap = text.AsSpan(At(j - 1).End, At(j).Start - At(j - 1).End);
        if (gap.Count('\n') >= 2 || IsArticleHeading(j)) return true;
        if (j == afterKind) return false;
        return inCapitals ? !TitleCasing.IsInCapitals(Original(At(j))) : At(j).Capitalized;
    }

    /// <summary>
    /// "Luật Khiếu nại" alone on the text's first line: the document's own title put on top (as a copied law is
    /// saved), not a citation of itself.
    /// </summary>
    private bool IsTitleLineOnTop(int start, int next, CitedDocument titled) =>
        start == 0 && titled.Symbol is null && titled.Date is null
        && (next >= tokens.Count || At(next).LineStart);

    /// <summary>
    /// The longest title the gazetteer knows after the kind word, as the index of its last token: a closing bracket
    /// ends "… mắc phải ở người (HIV/AIDS)". A text that stops inside a known title (a line cut by a page or column:
    /// "… của Luật Chuyển giao người đang chấp") ends the title with it, when <paramref name="cutByTextEnd"/>.
    /// </summary>
    private int? KnownTitleEnd(int afterKind, string kindName, bool cutByTextEnd = true)
    {
        var node = gazetteer.TitlesOf(kindName);
        int? end = null;
        var open = 0;
        var j = afterKind;
        for (; node is not null && j < tokens.Count; j++)
        {
            var token = At(j);
            if (token.Type == CitationTokenType.Punctuation && j > afterKind)
            {
                if (token.Folded[0] is ',' or '-' or '/') continue;
                if (token.Folded[0] == '(') { open++; continue; }
                if (token.Folded[0] == ')' && open > 0)
                {
                    if (--open == 0 && node.IsTitle && At(j - 1).Type == CitationTokenType.Word) end = j;
                    continue;
                }
            }
            if (token.Type != CitationTokenType.Word) break;
            node = node.Next(ActGazetteer.WordKey(Original(token)));
            if (node?.IsTitle == true && open == 0) end = j;
        }
        if (cutByTextEnd && node is not null && j == tokens.Count && j - 1 > afterKind && At(j - 1).Type == CitationTokenType.Word) end = j - 1;
        return end;
    }

    // Whether a title the rules ran on to <paramref name="last"/> names an act longer than the one the gazetteer knows.
    private bool RunsOnPastKnownTitle(int last, bool inCapitals) =>
        StartsTrailer(last + 1) || (inCapitals && (last + 1 >= tokens.Count || At(last + 1).LineStart));

    // "(sửa đổi)" or "(sửa đổi, bổ sung)" inside a title.
    // The tokens of "(sửa đổi)": '(', "sửa", "đổi", ')'.
    private const int RevisedMarkTokens = 4;

    private bool IsRevisedMark(int j) =>
        At(j).IsPunctuation('(') && At(j + 1).IsWord("sua") && At(j + 2).IsWord("doi") && At(j + 3).IsPunctuation(')');

    /// <summary>
    /// Whether the words from <paramref name="j"/> run straight, within a few words, into the number, date or year that
    /// closes a citation by title: then the stop words and commas on the way belong to the title.
    /// </summary>
    private bool RunsToTrailer(int j)
    {
        for (var words = 0; words <= 6 && j < tokens.Count; )
        {
            var token = At(j);
            if (token.Type == CitationTokenType.Word)
            {
                if (StartsTrailer(j)) return true;
                if (token.Capitalized && MatchKind(j, out _, out _)) return false;
                if (!token.Capitalized && !CitationVocabulary.SoftTitleStops.Contains(token.Lower) && EndsTitle(j)) return false;
                words++;
                j++;
                continue;
            }
            if (token.IsPunctuation(',')) { j++; continue; }
            if (IsRevisedMark(j)) { j += RevisedMarkTokens; continue; }
            return StartsTrailer(j);
        }
        return false;
    }

    // The number, date or year closing a citation by title: "số 21/2008/QH12", "(số …)", "ngày 21/11/2007", "năm 2015".
    private bool StartsTrailer(int j) =>
        (IsNumberWord(j) && At(SkipNumberWord(j)).Type == CitationTokenType.Symbol)
        || (At(j).IsPunctuation('(') && At(j + 1).IsWord("so"))
        || (At(j).IsWord("ngay") && ParseDate(j + 1, out _, out _))
        || (At(j).IsWord("nam") && At(j + 1) is { Type: CitationTokenType.Number } year && year.End - year.Start == 4);

    // "Luật" opening a sentence or a line may be a common noun ("Luật sư …"); inside one, capitalized, it names an act.
    private bool OpensSentence(int j)
    {
        if (j == 0 || At(j).LineStart) return true;
        var before = At(j - 1);
        return before.Type == CitationTokenType.Punctuation && before.Folded[0] is '.' or '!' or '?' or ':' or ')' or '-' or '•';
    }

    // "Quốc hội ban hành Luật X." in a law's own preamble names the law itself.
    private bool IsEnactingFormula(int start, int end) =>
        At(start - 1).IsWord("hanh") && At(start - 2).IsWord("ban") && At(start - 3).IsWord("hoi") && At(start - 4).IsWord("quoc")
        && At(end).Type is CitationTokenType.None or CitationTokenType.Punctuation;

    /// <summary>"Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C": A, B and C are cited too, by title.</summary>
    private IEnumerable<CitedDocument> NamedInAmendingTitle(int afterKind, int last)
    {
        var starts = new List<int>();
        for (var j = afterKind + 1; j <= last; j++)
        {
            if (At(j).Capitalized && MatchKind(j, out var inner, out _) && inner.ByName
                && (At(j - 1).Lower is "của" or "và" or "cua" or "va" || At(j - 1).IsPunctuation(',')))
                starts.Add(j);
        }
        for (var s = 0; s < starts.Count; s++)
        {
            MatchKind(starts[s], out var inner, out var afterInner);
            var end = s + 1 < starts.Count ? starts[s + 1] - 2 : last;
            while (end > afterInner && (At(end).IsPunctuation(',') || At(end).Lower is "và" or "va")) end--;
            if (end < afterInner) continue;
            yield return new CitedDocument
            {
                Kind = inner.Name, Title = Span(starts[s], end), StartToken = starts[s], EndToken = end + 1, NamedInTitle = true,
            };
        }
    }

    private CitedDocument Titled(int start, int kindAt, int afterKind, string kindName, int lastTitleToken, out int next)
    {
        // The kind word as written, unless OCR garbled it ("Laiật Quản lý thuế", "Luạt Quản lý thuế" are "Luật …").
        var writtenKind = Span(kindAt, afterKind - 1);
        var title = lastTitleToken < afterKind ? writtenKind
            : string.Equals(writtenKind, kindName, StringComparison.OrdinalIgnoreCase) ? Span(kindAt, lastTitleToken)
            : $"{kindName} {Span(afterKind, lastTitleToken)}";
        var document = new CitedDocument { Kind = kindName, Title = title, StartToken = start };
        if (TitleCasing.IsInCapitals(document.Title)) document.Title = TitleCasing.FromCapitals(document.Title, kindName);
        var k = lastTitleToken + 1;
        // "Luật Thuế thu nhập doanh nghiệp (số 03/1997/QH9 ngày 10 tháng 5 năm 1997)".
        var bracketed = At(k).IsPunctuation('(') && At(k + 1).IsWord("so");
        var numberAt = SkipNumberWord(bracketed ? k + 1 : k);
        if (numberAt != k && At(numberAt).Symbol is { } symbol)
        {
            document.Symbol = symbol.Canonical;
            document.Year = symbol.Year;
            k = numberAt + 1;
        }
        else bracketed = false;
        k = ParseTrailer(k, document);
        if (bracketed && At(k).IsPunctuation(')')) k++;
        next = document.EndToken = k;
        return document;
    }

    private bool EndsTitle(int j)
    {
        var lower = At(j).Lower;
        // "số" ends a title before its number, yet is a word of "Luật Dân số", "Luật Tần số vô tuyến điện"; "điều" ends
        // it before an article's number, yet is a word of "Luật Đê điều", "Luật Điều ước quốc tế".
        if (lower is "số" or "so") return At(j + 1).Type != CitationTokenType.Word;
        if (lower is "điều") return At(j + 1).Type != CitationTokenType.Word || At(j + 1).Lower is "này" or "khoản" or "chỉnh" or "và";
        if (CitationVocabulary.TitleStops.Contains(lower)) return true;
        if (At(j + 1).Type == CitationTokenType.Word && CitationVocabulary.TitleStopPairs.Contains($"{lower} {At(j + 1).Lower}")) return true;
        if (lower is "và" or "hoặc" or "va")
        {
            var following = At(j + 1);
            return following.Type != CitationTokenType.Word || MatchKind(j + 1, out _, out _)
                || (!following.Capitalized && CitationVocabulary.TitleStops.Contains(following.Lower))
                || CitationVocabulary.AndTails.Contains($"{following.Lower} {At(j + 2).Lower}");
        }
        return lower is "có" or "co" && At(j + 1).Lower != "công";
    }

    private bool EndsAmendingTitle(int j)
    {
        var lower = At(j).Lower;
        if (lower is "ngày" or "ngay" or "đã" or "được" or "này" or "theo" or "tại" or "thì" or "mà" or "để" or "khi" or "nếu"
            or "phải" or "không" or "là" or "như" or "bị" or "nhằm" or "gồm") return true;
        if (At(j + 1).Type == CitationTokenType.Word && $"{lower} {At(j + 1).Lower}" is "quy định" or "hướng dẫn" or "thực hiện") return true;
        // "… của Luật Giáo dục đại học và các văn bản …": "và" joins the amended acts only.
        if (lower is "và" or "hoặc" or "va")
            return At(j + 1) is not { Type: CitationTokenType.Word } following
                || (!following.Capitalized && (CitationVocabulary.TitleStops.Contains(following.Lower)
                    || CitationVocabulary.AndTails.Contains($"{following.Lower} {At(j + 2).Lower}") || following.Lower == "thực"));
        if (lower is "năm" or "nam") return At(j + 1).Type == CitationTokenType.Number;
        return lower is "số" or "so" && At(j + 1).Type is CitationTokenType.Symbol or CitationTokenType.Number or CitationTokenType.Punctuation;
    }

    /// <summary>After a number or title: ", ngày 14/8/2023", "năm 2015", "của Chính phủ", "(khóa XI)", in any order.</summary>
    private int ParseTrailer(int i, CitedDocument document)
    {
        var j = i;
        for (var round = 0; round < 4; round++)
        {
            var k = At(j).IsPunctuation(',') ? j + 1 : j;
            if (document.Date is null && At(k).IsWord("ngay") && ParseDate(k + 1, out var date, out var afterDate))
            {
                document.Date = date;
                document.Year = date.Year;
                j = afterDate;
            }
            else if (document.Date is null && At(k).IsWord("nam") && At(k + 1) is { Type: CitationTokenType.Number } year
                     && year.End - year.Start == 4 && int.Parse(Original(year), CultureInfo.InvariantCulture) is >= 1945 and <= 2100 and var y)
            {
                document.Year = y;
                j = k + 2;
            }
            else if (document.Issuer is null && At(k).Type == CitationTokenType.Word && At(k).Lower is "của" or "cua"
                     && ParseIssuer(k + 1, out var issuer, out var afterIssuer))
            {
                document.Issuer = issuer;
                j = afterIssuer;
            }
            else if (At(k).IsPunctuation('(') && At(k + 1).Lower is "khóa" or "khoá" or "khoa")
            {
                var close = k + 2;
                while (close < k + 8 && close < tokens.Count && !At(close).IsPunctuation(')')) close++;
                if (!At(close).IsPunctuation(')')) break;
                j = close + 1;
            }
            else break;
        }
        return j;
    }

    private bool ParseDate(int i, out DateOnly date, out int next)
    {
        date = default;
        next = i;
        int day, month, year;
        if (At(i).Type == CitationTokenType.Numeric)
        {
            var parts = Original(At(i)).Split('/', '-', '.');
            if (parts.Length != 3 || !int.TryParse(parts[0], out day) || !int.TryParse(parts[1], out month) || !int.TryParse(parts[2], out year)) return false;
            next = i + 1;
        }
        else if (At(i).Type == CitationTokenType.Number && At(i + 1).IsWord("thang") && At(i + 2).Type == CitationTokenType.Number
                 && At(i + 3).IsWord("nam") && At(i + 4).Type == CitationTokenType.Number)
        {
            day = int.Parse(Original(At(i)), CultureInfo.InvariantCulture);
            month = int.Parse(Original(At(i + 2)), CultureInfo.InvariantCulture);
            year = int.Parse(Original(At(i + 4)), CultureInfo.InvariantCulture);
            next = i + 5;
        }
        else return false;
        if (year is < 1945 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>"Chính phủ", "Hội đồng nhân dân tỉnh", "UBND tỉnh Lạng Sơn", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội".</summary>
    private bool ParseIssuer(int i, out string issuer, out int next)
    {
        issuer = "";
        next = i;
        if (At(i) is not { Type: CitationTokenType.Word, Capitalized: true }) return false;
        var last = -1;
        var j = i;
        for (var words = 0; j < tokens.Count && words < MaxIssuerWords; words++)
        {
            var token = At(j);
            if (token.Type == CitationTokenType.Punctuation && token.IsPunctuation('-') && last == j - 1
                && At(j + 1) is { Type: CitationTokenType.Word, Capitalized: true })
            {
                j++;
                continue;
            }
            if (token.Type != CitationTokenType.Word) break;
            if (j > i && token.Capitalized && MatchKind(j, out _, out _)) break;
            if (!token.Capitalized)
            {
                if (token.Lower is "và" or "va")
                {
                    if (At(j + 1) is not { Type: CitationTokenType.Word, Capitalized: true } || MatchKind(j + 1, out _, out _)) break;
                }
                else if (token.Lower is "ban" ? At(j + 1).Lower is "hành" or "hanh" : CitationVocabulary.IssuerStops.Contains(token.Lower)) break;
                if (At(j + 1).Type == CitationTokenType.Word && CitationVocabulary.TitleStopPairs.Contains($"{token.Lower} {At(j + 1).Lower}")) break;
            }
            last = j++;
        }
        if (last < 0) return false;
        issuer = Span(i, last);
        next = last + 1;
        return true;
    }
}
