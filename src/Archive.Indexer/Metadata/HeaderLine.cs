using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Indexer.Metadata;

/// <summary>
/// One line of the official header taken apart. PDF extraction often merges the two header columns
/// onto one line ("HUYỆN ĐÌNH LẬP Độc lập - Tự do - Hạnh phúc", "Số: 32/KH-UBND Đình Lập, ngày 20 tháng 02
/// năm 2025"), so a line is read as anchors (national and Party mottos, the number, place and date) with
/// the text between them left as <see cref="Pieces"/>: the issuer's capitals or the "V/v" subject.
/// </summary>
internal sealed partial class HeaderLine
{
    [GeneratedRegex(@"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam|doc\s*lap\s*-\s*tu\s*do\s*-\s*hanh\s*phuc|dang\s*cong\s*san\s*viet\s*nam", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    // A law's enactment formula ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;") names the Republic
    // as "nước …": a line of the preamble, not the header's motto, and its capitals are no issuer.
    [GeneratedRegex(@"nuoc\s*cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam", RegexOptions.CultureInvariant)]
    private static partial Regex EnactmentFormula();

    // "Số:", "SỐ", "số" (line start only), "So:" where OCR dropped the marks, and the kind-named labels of laws and
    // resolutions: "Luật số: 51/2024/QH15", "Nghị quyết số: 17/2022/UBTVQH15" (with the colon: without it is a citation).
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:S[ốỐôÔ](?!\p{L})|S[oO](?=\s*:))\s*[:.]?\s*|^s[ốô]\s*:\s*"
        + @"|^(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị)(?: liên tịch)?\s+s[ốô]\s*:\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    // What is left of an unfilled number on a draft ("Số:    /KH-UBND") or of one OCR could not read
    // ("Số: 5 @ /2021/TT-BQP", "Số: (J2/2023/TB-ILPỢT"): words with digits or slashes, and specks.
    [GeneratedRegex(@"^(?:\s*(?:\S*[\d/]\S*|[^\s\p{L}]{1,2})(?=\s|$))+")]
    private static partial Regex BlankNumber();

    private HeaderLine(string text) => Text = text;

    public string Text { get; }

    /// <summary>Text left between the anchors, trimmed of decoration ("*", "---", "___"); in line order.</summary>
    public List<string> Pieces { get; } = [];

    /// <summary>Whether the line held a motto, a number label or a place and date: proof that this is a header.</summary>
    public bool HasAnchor { get; private set; }

    public bool HasNumberLabel { get; private set; }

    /// <summary>Something stands after the label that is not a symbol (a handwritten or garbled number, not a draft's blank).</summary>
    public bool NumberAttempted { get; private set; }

    public DocumentSymbol? Number { get; private set; }

    public bool HasDate { get; private set; }

    public string? Place { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public static HeaderLine Parse(string line)
    {
        var header = new HeaderLine(line);
        var folded = MetadataText.Fold(line);
        if (EnactmentFormula().IsMatch(folded)) return header;
        var removed = new List<(int Start, int End)>();

        foreach (Match motto in Motto().Matches(folded)) removed.Add((motto.Index, motto.Index + motto.Length));

        var date = VietnameseDates.LongDate().Match(folded);
        if (!date.Success) date = VietnameseDates.ShortDate().Match(folded);
        var misread = false;
        if (!date.Success && VietnameseDates.MisreadLongDate().Match(folded) is { Success: true } ocrDate) (date, misread) = (ocrDate, true);
        if (date.Success && IsIssueDate(line, date))
        {
            header.HasDate = true;
            header.IssuedOn = misread ? VietnameseDates.FromMisreadMatch(date) : VietnameseDates.FromMatch(date);
            var floor = removed.Where(r => r.End <= date.Index).Select(r => r.End).DefaultIfEmpty(0).Max();
            var (place, placeStart) = PlaceBefore(line, date.Index, floor);
            header.Place = place;
            removed.Add((placeStart, date.Index + date.Length));
        }

        if (NumberLabel().Match(line) is { Success: true } label && !Overlaps(removed, label.Index))
        {
            header.HasNumberLabel = true;
            var rest = line[(label.Index + label.Length)..];
            var end = label.Index + label.Length;
            if (DocumentSymbol.FindAll(rest) is [{ Start: 0 } first, ..])
            {
                header.Number = first.Symbol;
                end += first.Length;
                if (GluedCodes.Repair(rest) is { } repaired && repaired.Symbol.Canonical.Length > first.Symbol.Canonical.Length)
                {
                    header.Number = repaired.Symbol;
                    end = label.Index + label.Length + repaired.Length;
                }
            }
            else if (rest.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var token, ..]
                     && DocumentSymbol.TryParse(token, out var labelled))
            {
                // Right after "Số:" a bare "45/PNV" (a letter's number without a kind) is a symbol too,
                // though running text never treats "number/word" as one.
                header.Number = labelled;
                end += rest.IndexOf(token, StringComparison.Ordinal) + token.Length;
            }
            else if (rest.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var misreadToken, ..]
                     && WithMisreadDigits(misreadToken) is { } repaired && DocumentSymbol.TryParse(repaired, out var recognized))
            {
                header.Number = recognized;
                end += rest.IndexOf(misreadToken, StringComparison.Ordinal) + misreadToken.Length;
            }
            else if (BlankNumber().Match(rest) is { Success: true } blank)
            {
                end += blank.Length;
                header.NumberAttempted = blank.Value.Any(char.IsDigit) && blank.Value.Count(c => c == '/') >= 1
                    && blank.Value.TrimStart().IndexOf('/') > 0;
            }
            removed.Add((label.Index, end));
        }

        header.HasAnchor = removed.Count > 0;
        removed.Sort();
        var at = 0;
        foreach (var (start, end) in removed)
        {
            if (start > at) header.AddPiece(line[at..start]);
            at = Math.Max(at, end);
        }
        if (at < line.Length) header.AddPiece(line[at..]);
        return header;
    }

    // The header's date opens its line or follows the place and a comma, and closes the right column: nothing in
    // lower case follows it. "…32/KH-UBND ngày 04/02/2025 của UBND tỉnh" is a citation in running text.
    // OCR often drops the comma: "Hà Nội ngày 18 …" still follows the place, a word in title case.
    private static bool IsIssueDate(string line, Match date)
    {
        var before = line.AsSpan(0, date.Index).TrimEnd(' ');
        var lastWord = before[(before.LastIndexOf(' ') + 1)..];
        var followsPlace = lastWord.Length > 1 && char.IsUpper(lastWord[0]) && lastWord[1..].ToString().All(char.IsLower);
        var opensOrFollowsComma = before.Length == 0 || before[^1] == ',' || followsPlace;
        return opensOrFollowsComma && !line[(date.Index + date.Length)..].Any(char.IsLower);
    }

    // "O2/2023/TB-LPQT", "1l/QĐ-UBND": the number and year of a symbol as OCR misreads their digits; null when nothing
    // was misread or a misreading cannot be a digit.
    private static string? WithMisreadDigits(string token)
    {
        var parts = token.Split('/');
        if (parts.Length < 2) return null;
        var changed = false;
        for (var i = 0; i < parts.Length - 1 && i < 2; i++)
        {
            if (parts[i].All(char.IsAsciiDigit)) continue;
            if (i == 1 && parts[i].Length != 4) break; // no year: the kind code follows the number
            if (MisreadDigits.Read(parts[i]) is not { } digits) return null;
            parts[i] = digits;
            changed = true;
        }
        return changed ? string.Join('/', parts) : null;
    }

    private void AddPiece(string text)
    {
        var piece = text.Trim(' ', '*', '-', '_', '=', '.', ',', ':', ';', '|', '–', '—');
        if (piece.Any(char.IsLetter)) Pieces.Add(piece);
    }

    private static bool Overlaps(List<(int Start, int End)> spans, int index) =>
        spans.Any(s => index >= s.Start && index < s.End);

    /// <summary>
    /// The place written before ", ngày": the title-case words just before it ("Đình Lập", "Thị trấn Đình Lập"),
    /// stopping at capitals, numbers or symbols, which belong to the left column merged onto the same line.
    /// </summary>
    private static (string? Place, int Start) PlaceBefore(string line, int dateIndex, int floor)
    {
        var end = dateIndex;
        while (end > 0 && line[end - 1] is ' ' or ',') end--;
        var start = end;
        var words = 0;
        while (start > floor && words < 6)
        {
            var wordStart = start;
            while (wordStart > floor && line[wordStart - 1] != ' ') wordStart--;
            var word = line[wordStart..start].TrimEnd('.');
            if (word.Length == 0 || !word.All(char.IsLetter) || (word.Length > 1 && MetadataText.IsCapitals(word))) break;
            start = wordStart;
            words++;
            while (start > floor && line[start - 1] == ' ') start--;
        }
        while (start < end && line[start] == ' ') start++;
        // Drop leading lower-case words ("xã"): a place name starts with a capital.
        while (start < end && !char.IsUpper(line[start]))
        {
            var space = line.IndexOf(' ', start);
            if (space < 0 || space >= end) { start = end; break; }
            start = space + 1;
        }
        return start < end ? (line[start..end], start) : (null, dateIndex);
    }
}
