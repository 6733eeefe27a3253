using System.Text;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// Converts the legacy-encoded parts of a text that may also hold Unicode (a Word file where only
/// some runs were typed in .VnTime): each line gets its own detection, and inside a converted line a
/// word already holding Vietnamese Unicode letters (ă, ơ, ư, đ, ạ …) is left alone. The lines it leaves alone
/// add up to the whole text's verdict on what stays legacy (<see cref="LegacyConversion.LegacyLeft"/>), so the
/// quality check does not judge every word of the text once more.
/// </summary>
public static class LegacyTextConverter
{
    public static LegacyConversion Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var found = new List<LegacyEncoding>();
        var linesConverted = 0;
        var left = new ConversionEvidence[3];
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(start, end - start);
            var gathered = MayBeLegacy(line) ? LegacyEncodingDetector.Gather(line) : null;
            var detection = gathered is null ? LegacyDetection.None : LegacyEncodingDetector.Detect(gathered, minimumImproved: 1, minimumShare: 0.1);
            if (detection.Encoding == LegacyEncoding.None)
            {
                output.Append(line);
                if (gathered is not null) AddTo(left, gathered);
            }
            else
            {
                AppendConverted(output, line, detection.Encoding);
                linesConverted++;
                if (!found.Contains(detection.Encoding)) found.Add(detection.Encoding);
            }
            start = end;
        }
        return new LegacyConversion(linesConverted == 0 ? text : output.ToString(), found, linesConverted)
        {
            LegacyLeft = LegacyEncodingDetector.DetectWhole(left),
        };
    }

    private static void AddTo(ConversionEvidence[] sum, ConversionEvidence[] part)
    {
        for (var i = 0; i < sum.Length; i++) sum[i] += part[i];
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
