using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// What decoding a stretch of text with one legacy encoding would do to its words: how many it
/// touches, how many become Vietnamese syllables that were not, and how many stop being ones.
/// </summary>
internal readonly record struct ConversionEvidence(int WordsChecked, int Changed, int Improved, int Worsened)
{
    /// <summary>Share of touched words that turned into Vietnamese syllables.</summary>
    public double Confidence => Changed == 0 ? 0 : (double)Improved / Changed;

    /// <summary>Evidence for each of <paramref name="encodings"/>, judging every word's original form once.</summary>
    public static ConversionEvidence[] Gather(ReadOnlySpan<char> text, ReadOnlySpan<LegacyEncoding> encodings)
    {
        var counts = new (int Checked, int Changed, int Improved, int Worsened)[encodings.Length];
        foreach (var range in text.SplitAny(" \t\r\n\f\v\u00A0"))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            var before = WordJudge.Judge(word);
            string? original = null;
            for (var e = 0; e < encodings.Length; e++)
            {
                ref var count = ref counts[e];
                var after = before;
                if (MightChange(word, encodings[e]))
                {
                    original ??= word.ToString();
                    var decoded = Decode(original, encodings[e]);
                    if (!string.Equals(original, decoded, StringComparison.Ordinal))
                    {
                        count.Changed++;
                        after = WordJudge.Judge(decoded);
                    }
                }
                if (before == WordVerdict.Ignored && after == WordVerdict.Ignored) continue;
                count.Checked++;
                if (before != WordVerdict.Valid && after == WordVerdict.Valid) count.Improved++;
                if (before == WordVerdict.Valid && after != WordVerdict.Valid) count.Worsened++;
            }
        }
        return counts.Select(c => new ConversionEvidence(c.Checked, c.Changed, c.Improved, c.Worsened)).ToArray();
    }

    /// <summary>The evidence of two parts of a text together.</summary>
    public static ConversionEvidence operator +(ConversionEvidence a, ConversionEvidence b) =>
        new(a.WordsChecked + b.WordsChecked, a.Changed + b.Changed, a.Improved + b.Improved, a.Worsened + b.Worsened);

    public static string Decode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => LegacyDecoder.FromTcvn3(text),
        LegacyEncoding.Vni => LegacyDecoder.FromVni(text),
        LegacyEncoding.Viqr => LegacyDecoder.FromViqr(text),
        _ => text,
    };

    /// <summary>Cheap pre-check so plain ASCII (and Unicode Vietnamese) words are not decoded for nothing.</summary>
    public static bool MightChange(ReadOnlySpan<char> word, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => word.ContainsAnyInRange('\u00A1', '\u00FF'),
        LegacyEncoding.Vni => word.ContainsAnyInRange('\u00C0', '\u00FF'),
        LegacyEncoding.Viqr => word.ContainsAny("^(+*'`?~.") || word.ContainsAny("dD") && (word.Contains("dd", StringComparison.OrdinalIgnoreCase) || word.Contains('9')),
        _ => false,
    };
}
