using System.Globalization;

namespace Archive.Indexer.Legal;

internal sealed partial class CitationParser
{
    /// <summary>The documents of one phrase: a kind word with numbers, "KIND này", a law by title, or bare symbols.</summary>
    private List<CitedDocument> ParseDocuments(int i, out int next)
    {
        next = i;
        var start = i;
        var j = At(i).Type == CitationTokenType.Word && At(i).Lower is "các" or "cac" ? i + 1 : i;
        if (!MatchKind(j, out var kind, out var afterKind))
        {
            var symbolAt = SkipNumberWord(j);
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
        if (PartialNumber(numberAt, kind.Name) is { } partial)
        {
            var document = new CitedDocument { Kind = kind.Name, Symbol = partial.Symbol, Year = partial.Year, StartToken = start };
            next = document.EndToken = ParseTrailer(numberAt + 1, document);
            return [document];
        }
        if (kind.ByName && capitalized && ParseTitled(start, j, afterKind, kind, out next) is { } titled) return [titled];
        return [];
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
    /// punctuation; an amending law's title runs over commas and the names of the laws it amends.
    /// </summary>
    private CitedDocument? ParseTitled(int start, int kindAt, int afterKind, CitationVocabulary.KindWord kind, out int next)
    {
        next = afterKind;
        if (KnownTitle(afterKind, kind) is { } knownEnd) return Titled(start, kindAt, knownEnd, out next);
        var constitution = kind.Name == "Hiến pháp";
        // A village convention is named by its place: "Hương ước thôn Bản Chắt".
        var lowerStartAllowed = constitution ? "nước" : kind.Name is "Hương ước" or "Quy ước" ? At(afterKind).Lower : null;
        var amending = kind.Name is "Luật" or "Bộ luật" or "Pháp lệnh"
            && At(afterKind).Type == CitationTokenType.Word && At(afterKind).Lower is "sửa" or "sua";
        var inCapitals = At(afterKind).Type != CitationTokenType.None && TitleCasing.IsInCapitals(text[At(kindAt).Start..At(afterKind).End]);
        var last = -1;
        var j = afterKind;
        var words = 0;
        while (j < tokens.Count && words < (amending ? 3 * MaxTitleWords : MaxTitleWords))
        {
            var token = At(j);
            if (token.Type == CitationTokenType.Word)
            {
                if (j == afterKind && !token.Capitalized && !amending && token.Lower != lowerStartAllowed) break;
                // In a line in capitals every word is "capitalized": there, stop words count from the second word on.
                var plain = !token.Capitalized || (j > afterKind && inCapitals);
                if (plain && (amending ? EndsAmendingTitle(j) : EndsTitle(j))) break;
                if (token.Capitalized && !amending && j > afterKind && MatchKind(j, out _, out _)) break;
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
            // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và …".
            if (amending && last == j - 1 && token.IsPunctuation(',') && At(j + 1).Type == CitationTokenType.Word && !EndsAmendingTitle(j + 1))
            {
                j++;
                continue;
            }
            // Commas sit early in titles ("Luật Phòng, chống …", "Luật Cán bộ, công chức") or before a known continuation;
            // a later comma usually ends the title and starts the sentence's next clause.
            if (last == j - 1 && token.IsPunctuation(',') && At(j + 1) is { Type: CitationTokenType.Word, Capitalized: false } following
                && (amending ? !EndsAmendingTitle(j + 1)
                    : !EndsTitle(j + 1) && (words <= 2 || CitationVocabulary.TitleCommaContinuations.Contains(following.Lower))))
            {
                j++;
                continue;
            }
            // "Phòng, chống HIV/AIDS", "Lao động - Thương binh và Xã hội".
            if (last == j - 1 && (token.IsPunctuation('/') || token.IsPunctuation('-')) && At(j + 1).Type == CitationTokenType.Word && At(j + 1).Capitalized)
            {
                j++;
                continue;
            }
            break;
        }

        // A connector is never a title's last word: "Luật Đất đai và" + a word that stopped the title.
        while (last > afterKind && At(last).Lower is "và" or "hoặc" or "va" or "ở" or "về" or "của" or "cho" or "với") last--;
        if (last < 0 && !constitution) return null;
        return Titled(start, kindAt, last < 0 ? afterKind - 1 : last, out next);
    }

    // Titles whose own words would end the heuristic title early ("… giám sát của Quốc hội …").
    private int? KnownTitle(int afterKind, CitationVocabulary.KindWord kind)
    {
        foreach (var title in CitationVocabulary.KnownTitles)
        {
            if (title[0] != kind.Name) continue;
            var j = afterKind;
            var matched = true;
            for (var w = 1; w < title.Length && matched; w++)
            {
                if (At(j).IsPunctuation(',')) j++;
                matched = At(j).Type == CitationTokenType.Word && At(j).Folded == title[w];
                j++;
            }
            if (matched) return j - 1;
        }
        return null;
    }

    private CitedDocument Titled(int start, int kindAt, int lastTitleToken, out int next)
    {
        var document = new CitedDocument
        {
            Kind = MatchKind(kindAt, out var kind, out _) ? kind.Name : null, Title = Span(kindAt, lastTitleToken), StartToken = start,
        };
        if (document.Kind is { } kindName && TitleCasing.IsInCapitals(document.Title)) document.Title = TitleCasing.FromCapitals(document.Title, kindName);
        var k = lastTitleToken + 1;
        var numberAt = SkipNumberWord(k);
        if (numberAt != k && At(numberAt).Symbol is { } symbol)
        {
            document.Symbol = symbol.Canonical;
            document.Year = symbol.Year;
            k = numberAt + 1;
        }
        next = document.EndToken = ParseTrailer(k, document);
        return document;
    }

    private bool EndsTitle(int j)
    {
        var lower = At(j).Lower;
        if (lower is "so" && At(j + 1).Type is CitationTokenType.Symbol or CitationTokenType.Numeric) return true;
        if (CitationVocabulary.TitleStops.Contains(lower)) return true;
        if (At(j + 1).Type == CitationTokenType.Word && CitationVocabulary.TitleStopPairs.Contains($"{lower} {At(j + 1).Lower}")) return true;
        if (lower is "và" or "hoặc" or "va")
        {
            var following = At(j + 1);
            return following.Type != CitationTokenType.Word || MatchKind(j + 1, out _, out _)
                || (!following.Capitalized && CitationVocabulary.TitleStops.Contains(following.Lower));
        }
        return lower is "có" or "co" && At(j + 1).Lower != "công";
    }

    private bool EndsAmendingTitle(int j)
    {
        var lower = At(j).Lower;
        if (lower is "ngày" or "ngay" or "đã" or "được" or "này" or "theo" or "tại") return true;
        if (At(j + 1).Type == CitationTokenType.Word && $"{lower} {At(j + 1).Lower}" is "quy định" or "hướng dẫn") return true;
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
