using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Reads the facts of a meeting from its minutes (biên bản): what met, when it started and ended, where,
/// who chaired and kept the minutes, how many attended, and the votes. Patterns are matched on the
/// accent-free fold of the text, so "Thoi gian", "thời gian" and "Thời gian" read alike; values are cut
/// from the normalized original. Thread-safe; never throws for any string.
/// </summary>
public sealed partial class MeetingMinutesReader
{
    private const int StartWindow = 200;
    private const int EndWindow = 120;
    private const string MinutesKind = "Biên bản";

    private readonly DocumentHeaderReader _headers = new();

    [GeneratedRegex(@"thoi gian\s*:|vao (?:luc|hoi)|(?<![a-z])hoi\s*\d|hom nay|bat dau", RegexOptions.CultureInvariant)]
    private static partial Regex StartCue();

    [GeneratedRegex(@"ket thuc|be mac", RegexOptions.CultureInvariant)]
    private static partial Regex EndCue();

    [GeneratedRegex(@"cung ngay", RegexOptions.CultureInvariant)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"^[-+•]?\s*(?:dia diem|tai)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex PlaceLabel();

    [GeneratedRegex(@"(?<![a-z])tai\s*:?\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceInSentence();

    [GeneratedRegex(@"^[-+•]?\s*(?:nguoi\s+)?chu\s+(?:tri|toa)(?:\s+[a-z ]{0,25}?)?\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ChairLabel();

    [GeneratedRegex(@"^[-+•]?\s*(?:thu\s+k[iy]|nguoi\s+ghi\s+bien\s+ban)(?:\s+[a-z ]{0,25}?)?\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SecretaryLabel();

    // A place runs on over commas only into its administrative units: "Nhà văn hóa thôn Bản Chắt, xã Đình Lập".
    [GeneratedRegex(@",(?!\s*(?:xa|huyen|tinh|thon|ban|thi tran|phuong|thanh pho|to dan pho)\s)|[.;:(]|\s+(?:de|voi|ve|nham)\s|\n", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceEnd();

    /// <summary>The meeting the minutes record, or null when the text is not minutes (no "BIÊN BẢN" kind line or BB number).</summary>
    public MeetingRecord? Read(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Read(text, _headers.Read(text));

    /// <summary>As <see cref="Read(string?)"/>, for a caller that has already read the header of <paramref name="text"/>.</summary>
    public MeetingRecord? Read(string text, HeaderMetadata header)
    {
        if (string.IsNullOrWhiteSpace(text) || header.Kind != MinutesKind) return null;

        var original = MetadataText.Normalize(text);
        var folded = MetadataText.Fold(original);

        var start = StartCue().Match(folded);
        var startWindow = start.Success ? Window(folded, start.Index, StartWindow) : null;
        var day = (startWindow is null ? null : VietnameseDates.FirstDate(startWindow)?.Date) ?? header.IssuedOn;
        var startTime = startWindow is null ? null : VietnameseDates.FirstTime(startWindow);
        DateTime? startsAt = day is { } d ? d.ToDateTime(startTime ?? TimeOnly.MinValue) : null;

        var attendance = MeetingCounts.Attendance(folded);
        return new MeetingRecord(
            header.Title,
            startsAt,
            EndsAt(folded, day),
            Place(original, folded, start),
            Participant(original, folded, ChairLabel()),
            Participant(original, folded, SecretaryLabel()),
            attendance,
            MeetingCounts.Votes(original, folded, attendance?.Present));
    }

    private static DateTime? EndsAt(string folded, DateOnly? meetingDay)
    {
        var cues = EndCue().Matches(folded);
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var window = Window(folded, cues[i].Index, EndWindow);
            if (VietnameseDates.FirstTime(window) is not { } time) continue;
            var day = SameDay().IsMatch(window) ? meetingDay : VietnameseDates.FirstDate(window)?.Date ?? meetingDay;
            return day?.ToDateTime(time);
        }
        return null;
    }

    private static string? Place(string original, string folded, Match start)
    {
        if (PlaceLabel().Match(folded) is { Success: true } label) return PlaceFrom(original, folded, label.Index + label.Length, labelled: true);
        if (!start.Success) return null;
        var sentenceEnd = folded.IndexOf('.', start.Index);
        var limit = sentenceEnd < 0 ? Math.Min(folded.Length, start.Index + StartWindow) : sentenceEnd;
        var at = PlaceInSentence().Match(folded, start.Index, limit - start.Index);
        return at.Success ? PlaceFrom(original, folded, at.Index + at.Length, labelled: false) : null;
    }

    private static string? PlaceFrom(string original, string folded, int from, bool labelled)
    {
        var lineEnd = folded.IndexOf('\n', from) is var n and >= 0 ? n : folded.Length;
        var end = labelled ? lineEnd : PlaceEnd().Match(folded, from, lineEnd - from) is { Success: true } m ? m.Index : lineEnd;
        var place = WithoutTrailingClause(original[from..end].Trim()).TrimEnd('.', ';', ',');
        return place.Length > 0 ? place : null;
    }

    /// <summary>
    /// Keeps what follows a comma only while it names an administrative unit ("xã Đình Lập", "thôn Bản Chu"):
    /// in "…, thôn Bản Chu tổ chức hội nghị thôn" the village is the subject of the next clause, not part of the place.
    /// </summary>
    private static string WithoutTrailingClause(string place)
    {
        var parts = place.Split(',');
        var kept = 1;
        while (kept < parts.Length && IsUnitName(parts[kept])) kept++;
        return string.Join(",", parts.Take(kept));
    }

    /// <summary>Lower-case unit words ("thị trấn"), then only capitalised words or numbers ("Đình Lập", "Khu 2").</summary>
    private static bool IsUnitName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        while (at < words.Length && at < 3 && char.IsLower(words[at][0])) at++;
        if (at == words.Length) return false;
        for (; at < words.Length; at++)
            if (!char.IsUpper(words[at][0]) && !char.IsDigit(words[at][0])) return false;
        return true;
    }

    private static MeetingParticipant? Participant(string original, string folded, Regex label)
    {
        var match = label.Match(folded);
        if (!match.Success) return null;
        var from = match.Index + match.Length;
        var lineEnd = folded.IndexOf('\n', from) is var n and >= 0 ? n : folded.Length;
        var (name, remainder) = PersonName.Leading(original[from..lineEnd]);
        if (name is null) return null;
        var role = remainder.Trim().Trim('-', '–', ',', ':', '(', ')', '.', ';', ' ');
        return new MeetingParticipant(name, role.Length > 0 ? role : null);
    }

    private static string Window(string text, int from, int length) => text.Substring(from, Math.Min(length, text.Length - from));
}
