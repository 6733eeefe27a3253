namespace Archive.Indexer.Analysis;

/// <summary>
/// The words of a question that carry no topic: question phrases ("bao nhiêu", "như thế nào", "là gì")
/// and the function words citizens wrap them in ("những", "được", "có … không", "thì", "của"). In legal
/// text they occur in nearly every article, so as query words they only add noise; worse, typed without
/// diacritics "bao" (of "bao nhiêu") folds onto "bảo" (of "bảo hiểm"). They are matched as syllable
/// sequences: "bao" alone stays a topic word, only "bao nhiêu" is dropped.
/// </summary>
public static class VietnameseQuestionWords
{
    private static readonly string[][] Phrases = new[]
    {
        "như thế nào", "thế nào", "ra sao", "bao nhiêu", "bao lâu", "là gì", "cái gì", "những gì", "gì", "nào",
        "mấy", "ai", "đâu", "không", "có", "được", "những", "thì", "là", "của", "và", "các", "cho", "muốn", "cần", "phải",
    }.Select(p => VietnameseNormalizer.Normalize(p).Split(' ')).OrderByDescending(p => p.Length).ToArray();

    /// <summary>
    /// Marks which of <paramref name="words"/> (lowercase, normalized, in typed order) belong to a question
    /// phrase. A word typed without diacritics matches on its folded form ("duoc" is "được").
    /// </summary>
    public static bool[] Mark(IReadOnlyList<string> words)
    {
        var marked = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in Phrases)
            {
                if (i + phrase.Length > words.Count || !Matches(words, i, phrase)) continue;
                for (var k = 0; k < phrase.Length; k++) marked[i + k] = true;
                break;
            }
        }
        return marked;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            var word = words[start + k];
            var same = VietnameseFolding.HasDiacritics(word)
                ? word == phrase[k]
                : word == VietnameseFolding.Fold(phrase[k]);
            if (!same) return false;
        }
        return true;
    }
}
