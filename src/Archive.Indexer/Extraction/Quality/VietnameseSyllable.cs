using Archive.Indexer.Analysis;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// Whether a word is a well-formed Vietnamese syllable: initial consonant + rhyme (medial, nucleus,
/// final) + at most one tone, on the vowel that carries it. Used to tell real text from legacy-encoding
/// garbage, so it accepts both tone placements in use ("hoà"/"hòa", "thuỷ"/"thủy") and rejects the rest.
/// </summary>
public static class VietnameseSyllable
{
    private static readonly string[] Initials =
        ["ngh", "ng", "gh", "gi", "qu", "ch", "tr", "th", "ph", "kh", "nh",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    // Every rhyme of the standard orthography, toneless. "ynh"/"yt" only follow "qu" (quỳnh, quýt).
    private static readonly FrozenSet<string> Rhymes = new[]
    {
        "a", "ai", "ao", "au", "ay", "âu", "ây", "e", "eo", "ê", "êu", "i", "ia", "iu", "iêu", "yêu",
        "o", "oa", "oai", "oao", "oay", "oe", "oeo", "oi", "ô", "ôi", "ơ", "ơi", "u", "ua", "uây", "uê",
        "ui", "uôi", "uơ", "uy", "uya", "uyu", "ư", "ưa", "ưi", "ưu", "ươi", "ươu", "y",
        "am", "an", "ang", "anh", "ac", "ach", "ap", "at",
        "ăm", "ăn", "ăng", "ăc", "ăp", "ăt",
        "âm", "ân", "âng", "âc", "âp", "ât",
        "em", "en", "eng", "ec", "ep", "et",
        "êm", "ên", "ênh", "êch", "êp", "êt",
        "im", "in", "inh", "ich", "ip", "it",
        "iêm", "iên", "iêng", "iêc", "iêp", "iêt",
        "yêm", "yên", "yêt",
        "om", "on", "ong", "oc", "op", "ot", "oong", "ooc",
        "ôm", "ôn", "ông", "ôc", "ôp", "ôt",
        "ơm", "ơn", "ơp", "ơt",
        "um", "un", "ung", "uc", "up", "ut",
        "uôm", "uôn", "uông", "uôc", "uôt",
        "ưm", "ưn", "ưng", "ưc", "ưt",
        "ươm", "ươn", "ương", "ươc", "ươp", "ươt",
        "oam", "oan", "oang", "oanh", "oac", "oach", "oap", "oat",
        "oăm", "oăn", "oăng", "oăc", "oăt",
        "oen", "oet",
        "uân", "uâng", "uât",
        "uênh", "uêch",
        "uyên", "uyêt", "uynh", "uych", "uyt",
        "ynh", "yt",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EitherToneRhymes = new[] { "oa", "oe", "uy" }.ToFrozenSet(StringComparer.Ordinal);

    // Text repeats a few thousand syllables; remembering verdicts makes whole-document scans cheap.
    private const int MemoryLimit = 200_000;
    private static readonly ConcurrentDictionary<string, bool> Verdicts = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> VerdictsBySpan =
        Verdicts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="syllable"/> (any case, NFC or not) is one Vietnamese syllable.</summary>
    public static bool IsValid(string syllable) => IsValid(syllable.AsSpan());

    /// <inheritdoc cref="IsValid(string)"/>
    public static bool IsValid(ReadOnlySpan<char> syllable)
    {
        if (syllable.IsEmpty || syllable.Length > 8) return false;
        if (VerdictsBySpan.TryGetValue(syllable, out var known)) return known;
        var verdict = Judge(syllable.ToString());
        if (Verdicts.Count < MemoryLimit) VerdictsBySpan.TryAdd(syllable, verdict);
        return verdict;
    }

    private static bool Judge(string syllable)
    {
        if (!syllable.IsNormalized(NormalizationForm.FormC)) syllable = syllable.Normalize(NormalizationForm.FormC);

        Span<char> toneless = stackalloc char[syllable.Length];
        var tone = VietnameseTone.None;
        var tonePosition = -1;
        for (var i = 0; i < syllable.Length; i++)
        {
            var c = InvariantCase.Lower(syllable[i]);
            if (c is >= 'a' and <= 'z')
            {
                if (c is 'f' or 'j' or 'w' or 'z') return false;
                toneless[i] = c;
                continue;
            }
            if (!VietnameseAlphabet.TryDecompose(c, out var letter, out var letterTone)) return false;
            toneless[i] = letter;
            if (letterTone == VietnameseTone.None) continue;
            if (tone != VietnameseTone.None) return false;
            tone = letterTone;
            tonePosition = i;
        }

        var word = new string(toneless);
        foreach (var initial in Initials)
        {
            if (!word.StartsWith(initial, StringComparison.Ordinal)) continue;
            var rhyme = word[initial.Length..];
            if (IsValidRhyme(initial, rhyme, tone)
                && (tonePosition < 0 || IsTonePosition(rhyme, tonePosition - initial.Length)))
                return true;
        }
        return false;
    }

    private static bool IsValidRhyme(string initial, string rhyme, VietnameseTone tone)
    {
        if (!Rhymes.Contains(rhyme)) return false;
        var first = rhyme[0];
        var front = first is 'i' or 'e' or 'ê' or 'y';
        switch (initial)
        {
            case "k" or "gh" or "ngh" when !front:
            case "c" or "ng" when front:
            case "g" when first is 'e' or 'ê' or 'y':
            case "gi" when first is 'i':
            case "qu" when first is 'u' or 'o' or 'ư':
            case "" when rhyme.StartsWith("iê", StringComparison.Ordinal):
                return false;
        }
        if (rhyme.Length > 1 && first == 'y' && initial is not ("" or "qu")) return false;
        if (rhyme is "ynh" or "yt" && initial != "qu") return false;

        var stopFinal = rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal)
            || rhyme.EndsWith('p') || rhyme.EndsWith('t');
        return !stopFinal || tone is VietnameseTone.Acute or VietnameseTone.Dot;
    }

    // The tone sits on the vowel with a modifier (the second of "ươ"), else on the last vowel before a
    // final consonant, else on the first vowel of an open rhyme, except the middle of three and either
    // of oa/oe/uy, where old and new spelling rules disagree.
    private static bool IsTonePosition(string rhyme, int position)
    {
        if (position < 0) return false;
        var marked = rhyme.LastIndexOfAny(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
        if (marked >= 0) return position == marked;

        var vowels = 0;
        while (vowels < rhyme.Length && rhyme[vowels] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') vowels++;
        if (vowels < rhyme.Length) return position == vowels - 1;
        return vowels switch
        {
            1 => position == 0,
            2 => position == 0 || (position == 1 && EitherToneRhymes.Contains(rhyme)),
            _ => position == 1,
        };
    }
}
