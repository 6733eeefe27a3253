using System.Text;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// Converts the legacy-encoded parts of a text that may also hold Unicode (a Word file where only
/// some runs were typed in .VnTime): each line gets its own detection, and inside a converted line a
/// word already holding Vietnamese Unicode letters (ă, ơ, ư, đ, ạ …) is left alone.
/// </summary>
public static class LegacyTextConverter
{
    public static LegacyConversion Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var found = new List<LegacyEncoding>();
        var linesConverted = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(start, end - start);
            var detection = MayBeLegacy(line)
                ? LegacyEncodingDetector.Detect(line, minimumImproved: 1, minimumShare: 0.1)
                : LegacyDetection.None;
            if (detection.Encoding == LegacyEncoding.None)
            {
                output.Append(line);
            }
            else
            {
                AppendConverted(output, line, detection.Encoding);
                linesConverted++;
                if (!found.Contains(detection.Encoding)) found.Add(detection.Encoding);
            }
            start = end;
        }
        return new LegacyConversion(linesConverted == 0 ? text : output.ToString(), found, linesConverted);
    }

    private static bool MayBeLegacy(ReadOnlySpan<char> line) =>
        line.ContainsAnyInRange('\u00A1', '\u00FF') || line.ContainsAny("^(+*'`?~.dD");

    private static void AppendConverted(StringBuilder output, ReadOnlySpan<char> line, LegacyEncoding encoding)
    {
        if (encoding == LegacyEncoding.Viqr)
        {
            output.Append(LegacyDecoder.FromViqr(line.ToString()));
            return;
        }
        var wordStart = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !char.IsWhiteSpace(line[i])) continue;
            var word = line[wordStart..i];
            output.Append(IsUnicodeVietnamese(word) ? word : ConversionEvidence.Decode(word.ToString(), encoding));
            if (i < line.Length) output.Append(line[i]);
            wordStart = i + 1;
        }
    }

    // Letters from Latin Extended-A/B and Latin Extended Additional never come out of a Latin-1 reading.
    private static bool IsUnicodeVietnamese(ReadOnlySpan<char> word) =>
        word.ContainsAnyInRange('\u0100', '\u024F') || word.ContainsAnyInRange('\u1EA0', '\u1EF9');
}
