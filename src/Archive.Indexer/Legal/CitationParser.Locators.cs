using Archive.Indexer.Structure;

namespace Archive.Indexer.Legal;

internal sealed partial class CitationParser
{
    // Ranges ("từ Điều 5 đến Điều 9") are expanded up to this many items, else only their two ends are cited.
    private const int MaxExpandedRange = 20;

    /// <summary><see cref="Whole"/>: a chapter or appendix ("Chương II", "Phụ lục I"), cited as the whole document.</summary>
    private sealed record LocatorRef(List<string>? Points, List<string>? Clauses, List<string>? Articles, bool ThisArticle, bool Whole = false);

    /// <summary>
    /// "điểm a, b khoản 2 Điều 5", "khoản 1 Điều 3 và Điều 5", "điểm a khoản 1, khoản 3 Điều 5": references joined by
    /// commas or "và"; a reference that names no article takes the article of the next one that does.
    /// </summary>
    private List<ArticleLocator> ParseLocators(int i, out int next)
    {
        var refs = new List<LocatorRef>();
        next = i;
        while (ParseLocatorRef(next, out var found, out var after))
        {
            refs.Add(found);
            next = after;
            var joined = next;
            if (At(joined).IsPunctuation(',')) joined++;
            if (At(joined).Type == CitationTokenType.Word && At(joined).Lower is "và" or "hoặc" or "va" or "hoac") joined++;
            // "Bổ sung Điều 10a vào sau Điều 10 Nghị định …": the inserted article belongs to the same document.
            else if (At(joined).Type == CitationTokenType.Word && At(joined).Lower is "vào")
                joined += At(joined + 1).Lower is "sau" or "trước" or "cuối" or "đầu" ? 2 : 1;
            if (joined == next || !ParseLocatorRef(joined, out _, out _)) break;
            next = joined;
        }

        var locators = new List<ArticleLocator>();
        for (var r = 0; r < refs.Count; r++)
        {
            var articles = refs[r].Articles;
            if (articles is null && !refs[r].ThisArticle && !refs[r].Whole)
                articles = refs.Skip(r + 1).FirstOrDefault(later => later.Articles is not null || later.ThisArticle)?.Articles;
            foreach (var article in (IEnumerable<string?>?)articles ?? [null])
            foreach (var clause in (IEnumerable<string?>?)refs[r].Clauses ?? [null])
            foreach (var point in (IEnumerable<string?>?)refs[r].Points ?? [null])
                locators.Add(new ArticleLocator(article, clause, point));
        }
        return locators;
    }

    private bool ParseLocatorRef(int i, out LocatorRef found, out int next)
    {
        found = null!;
        next = i;
        var j = i;
        if (At(j).Type == CitationTokenType.Word && At(j).Lower is "các" or "từ" or "cac" or "tu") j++;

        if (WholePart(j) is { } afterPart)
        {
            found = new LocatorRef(null, null, null, false, Whole: true);
            next = afterPart;
            return true;
        }

        List<string>? points = null, clauses = null, articles = null;
        bool thisArticle = false, any = false;
        // Points are letters ("điểm a"); older circulars number them inside sections ("điểm 2.1 mục III").
        if (At(j).IsWord("diem") && (ParseList(j + 1, "diem", letters: true, out points, out var afterPoints)
                                     || ParseList(j + 1, "diem", letters: false, out points, out afterPoints)))
            (j, any) = (afterPoints, true);

        var k = points is not null && At(j).IsPunctuation(',') ? j + 1 : j;
        if (At(k).IsWord("khoan"))
        {
            if (At(k + 1).IsWord("nay")) (j, any) = (k + 2, true);
            else if (ParseList(k + 1, "khoan", letters: false, out clauses, out var afterClauses, single: points is not null)) (j, any) = (afterClauses, true);
        }

        k = any && At(j).IsPunctuation(',') ? j + 1 : j;
        // "khoản 1, mục II, Điều 1": a section inside the article is passed over.
        if (any && SkipSection(k) is var afterSection && afterSection != k)
            k = At(afterSection).IsPunctuation(',') ? afterSection + 1 : afterSection;
        if (any && At(k).Type == CitationTokenType.Word && At(k).Lower is "của" && At(k + 1).IsWord("dieu")) k++;
        // "khoản 2 các Điều 25, 26 và Điều 28": the clause of each article, where "khoản 1 Điều 3 và Điều 5" goes on to a whole article.
        var eachArticle = any && At(k).Type == CitationTokenType.Word && At(k).Lower is "các" or "cac" && At(k + 1).IsWord("dieu");
        if (eachArticle) k++;
        if (At(k).IsWord("dieu"))
        {
            if (At(k + 1).IsWord("nay")) (j, thisArticle, any) = (k + 2, true, true);
            else if (ParseList(k + 1, "dieu", letters: false, out articles, out var afterArticles, single: any && !eachArticle)) (j, any) = (afterArticles, true);
        }

        if (!any) return false;
        found = new LocatorRef(points, clauses, articles, thisArticle);
        next = j;
        return true;
    }

    // "mục II", "Mục 3", "mục II Phần B": sections of an article, a plan or an old circular; they name no article,
    // clause or point.
    private int SkipSection(int i)
    {
        var j = i;
        while (At(j).IsWord("muc") || At(j).IsWord("phan"))
        {
            var label = At(j + 1);
            var letter = label.Type == CitationTokenType.Word && label.End - label.Start == 1 && char.IsUpper(text[label.Start]);
            if (!IsPartLabel(j + 1) && !letter) break;
            j += 2;
        }
        return j;
    }

    // "Chương II", "Phụ lục I", "Phụ lục số 02", "mẫu số 01": parts below which no article is named.
    private int? WholePart(int i)
    {
        var j = i;
        if (At(j).IsWord("chuong") && At(j).Capitalized) j++;
        else if (At(j).IsWord("phu") && At(j + 1).IsWord("luc")) j += 2;
        else if (At(j).IsWord("mau") && At(j + 1).IsWord("so")) j += 2;
        else return null;
        if (At(j).IsWord("so")) j++;
        if (!IsPartLabel(j)) return j > i + 1 && At(j - 1).IsWord("luc") ? j : null;
        j++;
        // "các Chương II, III và IV", "Phụ lục I và II": one whole-document reference.
        while (true)
        {
            var k = At(j).IsPunctuation(',') ? j + 1 : j;
            if (At(k).Type == CitationTokenType.Word && At(k).Lower is "và" or "va" or "hoặc") k++;
            if (k == j || !IsPartLabel(k)) return j;
            j = k + 1;
        }
    }

    /// <summary>
    /// "mẫu số 01/TB-ĐKT", "mẫu 05/BTTTT", "mẫu ST- 27/HĐ": a form's code reads like a document's number but names
    /// a form; the index after it, or null. A form of a named document ("mẫu số 02 ban hành kèm theo Thông tư số …")
    /// leaves the document to be cited.
    /// </summary>
    private int? FormCode(int i)
    {
        if (!At(i).IsWord("mau")) return null;
        var j = i + 1;
        // "số", "sổ" (a register's form) and "số:" alike.
        if (At(j).IsWord("so")) j++;
        if (At(j).IsPunctuation(':')) j++;
        if (At(j) is { Type: CitationTokenType.Word } series && Original(series).All(char.IsUpper) && At(j + 1).IsPunctuation('-')) j += 2;
        return At(j).Type == CitationTokenType.Symbol ? j + 1 : null;
    }

    private bool IsPartLabel(int j) =>
        At(j).Type == CitationTokenType.Number
        || (At(j).Type == CitationTokenType.Word && Original(At(j)).All(c => c is 'I' or 'V' or 'X' or 'L'));

    /// <summary>
    /// "1, 2 và 3", "5 đến 7", "a, b", "3, Điều 4 và Điều 7" (the level word may repeat). Under points or clauses the
    /// next level is <paramref name="single"/>: "khoản 1 Điều 3 và Điều 5" is clause 1 of article 3, then article 5.
    /// </summary>
    private bool ParseList(int i, string levelWord, bool letters, out List<string> values, out int next, bool single = false)
    {
        values = [];
        next = i;
        if (!ReadItem(i, letters, out var first, out var j)) return false;
        values.Add(first);
        while (!single)
        {
            var k = j;
            var range = false;
            if (At(k).IsPunctuation(',')) k++;
            if (At(k).Type == CitationTokenType.Word && At(k).Lower is "và" or "hoặc" or "va" or "hoac") k++;
            else if (At(k).Type == CitationTokenType.Word && At(k).Lower is "đến" or "den" or "tới") { k++; range = true; }
            else if (k == j && At(k).IsPunctuation('-')) { k++; range = true; }
            if (k == j) break;
            if (At(k).IsWord(levelWord)) k++;
            if (!ReadItem(k, letters, out var item, out var after)) break;
            if (range) AddRange(values, item, letters);
            else values.Add(item);
            j = after;
        }
        next = j;
        return true;
    }

    private bool ReadItem(int i, bool letters, out string item, out int next)
    {
        item = "";
        next = i;
        var token = At(i);
        if (letters)
        {
            if (token.Type != CitationTokenType.Word || !CitationVocabulary.IsPointLetter(Original(token))) return false;
            item = Original(token);
            next = i + 1;
            // A sub-point written with a dot: "điểm c.4", "điểm e.1".
            if (At(i + 1).IsPunctuation('.') && At(i + 1).Start == token.End
                && At(i + 2) is { Type: CitationTokenType.Number } sub && sub.Start == At(i + 1).End && sub.End - sub.Start <= 2)
            {
                item += "." + Original(sub);
                next = i + 3;
            }
            // A point inserted after another takes its letter and a number: "điểm b2", "điểm i6".
            else if (At(i + 1) is { Type: CitationTokenType.Number } inserted && inserted.Start == token.End && inserted.End - inserted.Start <= 2)
            {
                item += Original(inserted);
                next = i + 2;
            }
            return true;
        }
        // "2.1", numbering a sub-point of an older circular.
        if (token.Type == CitationTokenType.Numeric && Original(token).Split('.') is [{ Length: <= 2 } whole, { Length: <= 2 } part]
            && whole.All(char.IsAsciiDigit) && part.All(char.IsAsciiDigit))
        {
            item = Original(token);
            next = i + 1;
            return true;
        }
        if (token.Type != CitationTokenType.Number || token.End - token.Start > 3) return false;
        item = Original(token).TrimStart('0') is { Length: > 0 } digits ? digits : "0";
        next = i + 1;
        // Inserted articles and clauses: "Điều 10a", "khoản 2a".
        if (At(i + 1) is { Type: CitationTokenType.Word } suffix && suffix.Start == token.End && suffix.End - suffix.Start == 1)
        {
            item += Original(suffix);
            next = i + 2;
        }
        // A count, not a clause: "khoản 500 triệu đồng".
        if (At(next).Type == CitationTokenType.Word && At(next).Lower is "triệu" or "tỷ" or "nghìn" or "ngàn" or "đồng" or "người" or "%")
            return false;
        return true;
    }

    private static void AddRange(List<string> values, string last, bool letters)
    {
        var first = values[^1];
        if (!letters && int.TryParse(first, out var from) && int.TryParse(last, out var to) && to > from && to - from <= MaxExpandedRange)
        {
            for (var n = from + 1; n <= to; n++) values.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        const string alphabet = UnitLine.PointLetters;
        var a = alphabet.IndexOf(first, StringComparison.Ordinal);
        var b = alphabet.IndexOf(last, StringComparison.Ordinal);
        if (letters && first.Length == 1 && last.Length == 1 && a >= 0 && b > a)
        {
            for (var n = a + 1; n <= b; n++) values.Add(alphabet[n].ToString());
            return;
        }
        values.Add(last);
    }
}
