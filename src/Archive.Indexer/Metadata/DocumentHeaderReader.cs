using System.Text.RegularExpressions;
using Archive.Indexer.Legal;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Reads a document's own metadata from its text when the uploader gave none: kind, number, issuer, place and
/// date, summary and signer, following the header layout of Nghị định 30/2020/NĐ-CP. Works on the clean
/// one-column order of DOCX and plain text and on PDF text, whose two header columns come out one after the
/// other or merged line by line.
/// </summary>
/// <remarks>
/// A field is filled only from the place where documents state it: the issuer, number and date only when the
/// top of the text carries header anchors (a motto, "Số:", "…, ngày … tháng … năm …"), so running text
/// without a header yields nulls rather than guesses. Thread-safe; never throws for any string.
/// </remarks>
public sealed partial class DocumentHeaderReader
{
    private const int KindLineSearch = 40;
    private const int HeaderWithoutKindLine = 15;
    private const int MaxTitleLines = 8;
    private const int HeadLines = 120;
    private const int TailLines = 80;

    // "Điều 1." opens the body, "Điều chỉnh lương hưu…" may open a summary: a part's heading carries its number.
    [GeneratedRegex(@"^(?:[-+•]\s*)?(?:(?:Căn cứ|Thực hiện|Kính gửi|Xét|Theo|Để|Hôm nay|Vào|Hồi|Thời gian|Địa điểm|Thành phần)(?![\p{L}])|(?:Phần|Chương|Mục|Điều)\s+(?:[IVXLC]+|\d+)(?![\p{L}\d])|(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s|[a-zđ]\)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(?:Thực hiện|Theo|Để|Vào|Về)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryOpening();

    [GeneratedRegex(@"^(?:V\s?/\s?[vV]\b|Về việc\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSubject();

    [GeneratedRegex(@"(?<![\p{L}])(?:TM|KT|TL|TUQ|Q|K/T|T/M|T/L)\s?\.\s*\p{Lu}|(?<![\p{L}])(?:TM|KT|TL|TUQ)\s\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SignerCapacity();

    // "… đã được Quốc hội … khóa XV, kỳ họp thứ 8 thông qua ngày 27 tháng 11 năm 2024."
    [GeneratedRegex(@"thong\s+qua\s+ngay\s*(?<d>\d{1,2})\s*thang\s*(?<m>\d{1,2})\s*nam\s*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedOn();

    // Urgency and draft stamps that stand in the header in capitals but name no body.
    private static readonly HashSet<string> Stamps =
        new(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HỎA TỐC HẸN GIỜ", "MẬT", "TỐI MẬT", "TUYỆT MẬT", "DỰ THẢO"], StringComparer.Ordinal);

    public HeaderMetadata Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return HeaderMetadata.Empty;
        var edges = MetadataText.Normalize(MetadataText.Edges(text, HeadLines, TailLines));
        var lines = WrappedHeaderLines.Join(GazetteAdditions.Remove(SplitCells(MetadataText.Lines(edges))));

        var kindLine = FindKindLine(lines);
        var headerEnd = kindLine?.Index ?? EndOfHeaderWithoutKindLine(lines);
        var header = lines.Take(headerEnd).Where(l => l.Length > 0).Select(HeaderLine.Parse).ToList();
        var titleFrom = kindLine?.Index ?? 0;
        if (kindLine is not null)
        {
            var (below, last) = HeaderBelowKindLine(lines, kindLine.Value.Index);
            header.AddRange(below);
            titleFrom = last;
        }
        var hasHeader = header.Any(h => h.HasAnchor);

        var number = (header.FirstOrDefault(h => h.Number is not null) ?? header.FirstOrDefault(h => h.HasNumberLabel))?.Number;
        var dated = header.FirstOrDefault(h => h.HasDate);
        var letterSubject = kindLine is null && hasHeader ? LetterSubjectOf(header) : null;

        var kind = kindLine?.Kind
            ?? (number is null ? null : DocumentKinds.InferKind(number))
            ?? (letterSubject is null ? null : DocumentKinds.CongVan);
        var issuer = hasHeader ? IssuerOf(header, kind) : null;
        var title = kindLine is { } k
            ? (k.Subject is { } subject && IsNamedKind(k.Kind) ? NameOf(k.Kind, subject) : k.Subject) ?? TitleAfter(lines, titleFrom, k.Kind)
            : letterSubject;
        var issuedOn = dated?.IssuedOn ?? (dated is null && IsAdoptedByVote(kind) ? AdoptionDate(lines) : null);
        // A document is issued before the gazette that publishes it: a later date is a misreading ("18" OCR'd "28"),
        // and no date is better than a wrong one.
        if (issuedOn > GazetteAdditions.GazetteIssuedOn(MetadataText.Fold(edges))) issuedOn = null;

        if (kindLine is null && !hasHeader && OpeningLine.Read(lines) is { } opening)
            return new HeaderMetadata(opening.Kind, opening.Number?.Canonical, null, null, null, opening.Title, SignatureBlock.Read(lines));
        return new HeaderMetadata(kind, number?.Canonical, issuer, dated?.Place, issuedOn, title, SignatureBlock.Read(lines))
        {
            NumberUnreadable = number is null && header.Any(h => h.HasNumberLabel && h.NumberAttempted),
        };
    }

    // The issuer is an organisation named in capitals: never an urgency stamp, a signer's capacity ("TM. CHÍNH PHỦ") or
    // title. Joint documents ("liên tịch") are issued by every body their header names.
    private static string? IssuerOf(List<HeaderLine> header, string? kind)
    {
        var pieces = header.SelectMany(h => h.Pieces)
            .Where(p => MetadataText.IsCapitals(p) && !Stamps.Contains(p) && !SignerCapacity().IsMatch(p))
            .Select(IssuerName.Clean).OfType<string>().Where(MetadataText.IsCapitals)
            .ToList();
        return kind is not null && kind.EndsWith("liên tịch", StringComparison.Ordinal)
            ? IssuerName.Joint(pieces)
            : IssuerName.Select(pieces);
    }

    // Laws, codes and resolutions of an assembly are dated by the vote that adopted them, stated at their end.
    private static bool IsAdoptedByVote(string? kind) =>
        kind is "Luật" or "Bộ luật" or "Hiến pháp" or "Pháp lệnh" or "Nghị quyết" or "Nghị quyết liên tịch";

    private static DateOnly? AdoptionDate(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            // A preamble's "Căn cứ Luật … thông qua ngày …" dates the law it cites, not this one.
            if (IsBasis(lines[i]) || (i > 0 && IsBasis(lines[i - 1]))) continue;
            // The phrase may wrap: read each line with the next one.
            var folded = MetadataText.Fold(i + 1 < lines.Length ? lines[i] + " " + lines[i + 1] : lines[i]);
            if (AdoptedOn().Match(folded) is { Success: true } adopted && VietnameseDates.FromMatch(adopted) is { } date) return date;
        }
        return null;
    }

    private static bool IsBasis(string line) => line.StartsWith("Căn cứ", StringComparison.Ordinal);

    // DOCX extraction writes a table row's cells on one line, separated by " | ".
    private static string[] SplitCells(string[] lines) =>
        lines.Any(l => l.Contains(" | ", StringComparison.Ordinal))
            ? lines.SelectMany(l => l.Split(" | ", StringSplitOptions.TrimEntries)).ToArray()
            : lines;

    private static (int Index, string Kind, string? Subject)? FindKindLine(string[] lines)
    {
        for (int i = 0, seen = 0; i < lines.Length && seen < KindLineSearch; i++)
        {
            if (lines[i].Length == 0) continue;
            seen++;
            if (KindLine.Read(lines[i]) is { } kind) return (i, kind.Kind, kind.Subject);
            if (BodyStart().IsMatch(lines[i]) && !LetterSubject().IsMatch(lines[i])) return null;
        }
        return null;
    }

    /// <summary>
    /// Header lines written under the kind line instead of above it, as informal texts and some templates do
    /// ("KẾ HOẠCH" / "Số: 12/KH-UBND" / "Đình Lập, ngày …"): only whole lines that open with the number label or
    /// are a place and date alone, so a summary that mentions a number stays the title. Returns them and the
    /// index of the last one (the kind line's own index when there is none), after which the title starts.
    /// </summary>
    private static (List<HeaderLine> Lines, int Last) HeaderBelowKindLine(string[] lines, int kindIndex)
    {
        var found = new List<HeaderLine>();
        var last = kindIndex;
        for (var i = kindIndex + 1; i < lines.Length && i - kindIndex <= 4; i++)
        {
            if (lines[i].Length == 0) continue;
            var line = HeaderLine.Parse(lines[i]);
            var opensWithNumber = line.HasNumberLabel && StartsWithNumberLabel(lines[i]);
            if (!(opensWithNumber || line.HasDate) || line.Pieces.Count > 0) break;
            found.Add(line);
            last = i;
        }
        return (found, last);
    }

    private static bool StartsWithNumberLabel(string line) =>
        line.StartsWith("Số", StringComparison.Ordinal) || line.StartsWith("SỐ", StringComparison.Ordinal)
        || line.StartsWith("số", StringComparison.Ordinal);

    private static int EndOfHeaderWithoutKindLine(string[] lines)
    {
        for (int i = 0, seen = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            if (++seen > HeaderWithoutKindLine || BodyStart().IsMatch(lines[i])) return i;
        }
        return lines.Length;
    }

    /// <summary>The "V/v …" subject of a Công văn and its wrapped lines, found among the header's non-capital pieces.</summary>
    private static string? LetterSubjectOf(List<HeaderLine> header)
    {
        var pieces = header.SelectMany(h => h.Pieces).Where(p => !MetadataText.IsCapitals(p)).ToList();
        var start = pieces.FindIndex(p => LetterSubject().IsMatch(p));
        if (start < 0) return null;
        return string.Join(' ', pieces.Skip(start).Take(MaxTitleLines));
    }

    /// <summary>
    /// The summary lines under the kind line, up to the body, the authority line in capitals or a blank line. A law,
    /// code or ordinance is named in capitals instead ("LUẬT" / "NGƯỜI LAO ĐỘNG VIỆT NAM …"): its title is that name.
    /// </summary>
    private static string? TitleAfter(string[] lines, int after, string kind)
    {
        var i = after + 1;
        while (i < lines.Length && lines[i].Length == 0 && i - after <= 3) i++;
        if (IsNamedKind(kind) && i < lines.Length && MetadataText.IsCapitals(lines[i]) && !BodyStart().IsMatch(lines[i]))
        {
            var name = lines.Skip(i).TakeWhile(l => l.Length > 0 && MetadataText.IsCapitals(l) && !BodyStart().IsMatch(l)).Take(MaxTitleLines);
            return NameOf(kind, string.Join(' ', name));
        }
        // A summary may itself open with "Thực hiện …", so the first line ends the title only at a clear body start.
        if (i >= lines.Length || IsTitleEnd(lines[i]) && !SummaryOpening().IsMatch(lines[i])) return null;

        var doubleSpaced = IsDoubleSpaced(lines);
        var parts = new List<string> { lines[i] };
        var blanks = 0;
        for (var j = i + 1; j < lines.Length && parts.Count < MaxTitleLines; j++)
        {
            var line = lines[j];
            if (line.Length == 0)
            {
                if (!doubleSpaced || ++blanks > 1) break;
                continue;
            }
            // Across a blank line only a wrapped sentence continues, and it goes on in lower case.
            // A capitalized line ending a sentence is the body's first paragraph; a wrapped summary has no full stop.
            var wrapped = char.IsLower(line[0]) || char.IsDigit(line[0]);
            if (IsTitleEnd(line) || (!wrapped && (blanks > 0 || line[^1] is '.' or ':' or ';'))) break;
            parts.Add(line);
            blanks = 0;
        }
        return string.Join(' ', parts).TrimEnd(' ', '.', ';', ',');
    }

    private static bool IsNamedKind(string kind) => kind is "Luật" or "Bộ luật" or "Pháp lệnh" or "Hiến pháp";

    /// <summary>"Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng" from the name in capitals.</summary>
    internal static string NameOf(string kind, string capitals) =>
        Legal.TitleCasing.FromCapitals(kind.ToUpperInvariant() + " " + capitals, kind);

    private static bool IsTitleEnd(string line) =>
        MetadataText.IsCapitals(line) || !line.Any(char.IsLetter) || BodyStart().IsMatch(line);

    // Text from some PDFs puts an empty line after every printed line.
    private static bool IsDoubleSpaced(string[] lines)
    {
        int followedByBlank = 0, followedByText = 0;
        for (var i = 0; i + 1 < lines.Length && i < 200; i++)
        {
            if (lines[i].Length == 0) continue;
            if (lines[i + 1].Length == 0) followedByBlank++;
            else followedByText++;
        }
        return followedByBlank > 2 * followedByText;
    }
}
