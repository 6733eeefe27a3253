using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Head counts and votes written in minutes, read from folded text ("co mat 25/27", "tan thanh 24/25,
/// khong tan thanh 1/25, y kien khac 0", "voi 23/25 ho dong y", "100% dai bieu nhat tri").
/// </summary>
internal static partial class MeetingCounts
{
    private const string Count = @"(?<n>\d{1,5})(?:\s*/\s*(?<t>\d{1,5}))?";
    private const string Fraction = @"(?<n>\d{1,5})\s*/\s*(?<t>\d{1,5})";
    private const string Counted = @"(?:\s+(?:ho|dai bieu|nguoi|dong chi|thanh vien|phieu|cu tri|can bo|ho gia dinh|ho dan)){0,2}";

    [GeneratedRegex(@"co mat\s*:?\s*(?:la\s*)?" + Count + "|" + Fraction + Counted + @"\s+co mat|so\s+[a-z ]{0,20}?tham du\s*:?\s*" + Count, RegexOptions.CultureInvariant)]
    private static partial Regex Present();

    [GeneratedRegex(@"tong so(?<what>[^\d\n]{0,40}?)(?<t>\d{1,5})", RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    [GeneratedRegex(@"vang(?: mat)?\s*:?\s*(?:la\s*)?(?<n>\d{1,5})", RegexOptions.CultureInvariant)]
    private static partial Regex Absent();

    // Count after the word ("tán thành 24/25", "không đồng ý: 1") or before it ("23/25 hộ đồng ý").
    [GeneratedRegex(@"(?<neg>khong\s+)?(?:tan thanh|dong y|nhat tri)\s*(?:voi\s*)?:?\s*(?:la\s*)?" + Count + "|" + Fraction + Counted + @"\s+(?<neg>khong\s+)?(?:tan thanh|dong y|nhat tri)", RegexOptions.CultureInvariant)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"phan doi\s*:?\s*" + Count, RegexOptions.CultureInvariant)]
    private static partial Regex Opposed();

    [GeneratedRegex(@"(?:y kien khac|khong bieu quyet|phieu trang|khong co y kien)\s*:?\s*(?:la\s*)?" + Count, RegexOptions.CultureInvariant)]
    private static partial Regex Abstained();

    [GeneratedRegex(@"(?<p>\d{1,3})\s*%[a-z ]{0,30}?(?:tan thanh|dong y|nhat tri)", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"tong so phieu\s*:?\s*(?<t>\d{1,5})", RegexOptions.CultureInvariant)]
    private static partial Regex Ballots();

    [GeneratedRegex(@"(?<![a-z])(?:lay y kien(?:\s+bieu quyet)?|bieu quyet|thong qua|bau)\s+(?:thong qua\s+)?(?:ve\s+)?(?:viec\s+)?(?<s>[^:,;\n]+?)(?=\s+voi\s|\s*[:,;\n]|\.(?:\s|$)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectAfterVerb();

    [GeneratedRegex(@"noi dung(?:\s+bieu quyet)?(?:\s+\d+)?\s*:\s*(?<s>[^.;\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLabel();

    [GeneratedRegex(@"\.\s+|\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    public static MeetingAttendance? Attendance(string folded)
    {
        int? present = null, total = null, absent = null;
        if (Present().Match(folded) is { Success: true } p)
        {
            present = int.Parse(p.Groups["n"].Value);
            if (p.Groups["t"].Success) total = int.Parse(p.Groups["t"].Value);
        }
        if (total is null)
        {
            foreach (Match t in Total().Matches(folded))
            {
                if (t.Groups["what"].Value.Contains("phieu", StringComparison.Ordinal)) continue;
                total = int.Parse(t.Groups["t"].Value);
                break;
            }
        }
        if (Absent().Match(folded) is { Success: true } a) absent = int.Parse(a.Groups["n"].Value);
        return present is null && total is null && absent is null ? null : new MeetingAttendance(present, total, absent);
    }

    public static IReadOnlyList<VoteResult> Votes(string original, string folded, int? present)
    {
        var votes = new List<VoteResult>();
        var sentences = Sentences(folded);
        var lastTally = -2;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, length) = sentences[i];
            var sentence = folded.Substring(start, length);
            if (Tally(sentence, present) is not { } tally) continue;
            // "Tán thành 58/62." then "Không tán thành 4/62." on the next line is one vote, not a second one without its "for".
            if (tally is { For: null, ForPercent: null } && lastTally == i - 1 && votes.Count > 0)
            {
                var previous = votes[^1];
                votes[^1] = previous with
                {
                    Against = previous.Against ?? tally.Against,
                    Abstain = previous.Abstain ?? tally.Abstain,
                    Total = previous.Total ?? tally.Total,
                };
                lastTally = i;
                continue;
            }
            var subject = Subject(original, folded, sentences[i])
                ?? (i > 0 ? Subject(original, folded, sentences[i - 1]) : null);
            votes.Add(tally with { Subject = subject });
            lastTally = i;
        }
        return votes;
    }

    private static VoteResult? Tally(string sentence, int? present)
    {
        int? @for = null, against = null, abstain = null, total = null, percent = null;
        foreach (Match m in Agreement().Matches(sentence))
        {
            var n = int.Parse(m.Groups["n"].Value);
            if (m.Groups["neg"].Success) against ??= n;
            else @for ??= n;
            if (m.Groups["t"].Success) total ??= int.Parse(m.Groups["t"].Value);
        }
        if (Opposed().Match(sentence) is { Success: true } o) against ??= int.Parse(o.Groups["n"].Value);
        if (Abstained().Match(sentence) is { Success: true } x)
        {
            abstain = int.Parse(x.Groups["n"].Value);
            if (x.Groups["t"].Success) total ??= int.Parse(x.Groups["t"].Value);
        }
        if (Ballots().Match(sentence) is { Success: true } b) total ??= int.Parse(b.Groups["t"].Value);
        if (Percent().Match(sentence) is { Success: true } pct && @for is null)
        {
            percent = int.Parse(pct.Groups["p"].Value);
            if (percent == 100 && present is { } everyone) (@for, total, against) = (everyone, everyone, 0);
        }
        if (@for is null && against is null && abstain is null && percent is null) return null;
        return new VoteResult(null, @for, against, abstain, total, percent);
    }

    private static string? Subject(string original, string folded, (int Start, int Length) sentence)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[SubjectLabel(), SubjectAfterVerb()])
        {
            foreach (Match m in pattern.Matches(folded.Substring(sentence.Start, sentence.Length)))
            {
                var s = m.Groups["s"];
                var text = original.Substring(sentence.Start + s.Index, s.Length).Trim();
                var foldedText = s.Value.Trim();
                // "biểu quyết tán thành 25/25" names a result, not a subject.
                if (text.Length < 3 || char.IsDigit(text[0]) || foldedText.StartsWith("tan thanh", StringComparison.Ordinal)
                    || foldedText.StartsWith("dong y", StringComparison.Ordinal) || foldedText.StartsWith("ket qua", StringComparison.Ordinal)
                    || foldedText.StartsWith("nhat tri", StringComparison.Ordinal)) continue;
                return text;
            }
        }
        return null;
    }

    private static List<(int Start, int Length)> Sentences(string folded)
    {
        var sentences = new List<(int, int)>();
        var at = 0;
        foreach (Match end in SentenceEnd().Matches(folded))
        {
            if (end.Index > at) sentences.Add((at, end.Index - at));
            at = end.Index + end.Length;
        }
        if (at < folded.Length) sentences.Add((at, folded.Length - at));
        return sentences;
    }
}
