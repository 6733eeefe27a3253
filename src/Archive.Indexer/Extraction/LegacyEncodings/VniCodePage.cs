using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// VNI for Windows: a letter is its ASCII base followed by one byte that carries the modifier and tone
/// together ("eä" = ệ, "aé" = ắ); ơ, ư, đ, the toned i's and ỵ are single bytes ("ô" = ơ, "ö" = ư).
/// Capitals use the capital form of the same Latin-1 mark bytes ("AÙ" = Á).
/// </summary>
internal static class VniCodePage
{
    // Mark bytes after a plain vowel (a e o u y, and the single-byte ơ ư): huyền, hỏi, ngã, sắc, nặng.
    private const string PlainToneMarks = "øûõùï";

    // Circumflex (â ê ô): toneless, huyền, hỏi, ngã, sắc, nặng.
    private const string CircumflexMarks = "âàåãáä";

    // Breve (ă): toneless, huyền, hỏi, ngã, sắc, nặng.
    private const string BreveMarks = "êèúüéë";

    // i has a single byte per tone; ỵ is a single byte too.
    private const string IToned = "iìæóíò";
    private const char YDot = 'î';

    /// <summary>Unicode letter → VNI characters (as read in Windows-1252), both cases.</summary>
    public static readonly IReadOnlyDictionary<char, string> FromUnicode = BuildFromUnicode();

    /// <summary>Single VNI character (below U+0100) → Unicode letter; '\0' where it means itself.</summary>
    public static readonly char[] SingleToUnicode = new char[256];

    /// <summary>Two VNI characters, keyed <c>first &lt;&lt; 16 | second</c> → Unicode letter.</summary>
    public static readonly IReadOnlyDictionary<int, char> PairToUnicode = BuildToUnicode();

    public static int PairKey(char first, char second) => first << 16 | second;

    private static Dictionary<char, string> BuildFromUnicode()
    {
        var map = new Dictionary<char, string>();
        foreach (var vowel in VietnameseAlphabet.Vowels)
            for (var tone = VietnameseTone.None; tone <= VietnameseTone.Dot; tone++)
            {
                var lower = Encode(vowel, tone);
                var letter = VietnameseAlphabet.Compose(vowel, tone);
                map[letter] = lower;
                map[char.ToUpperInvariant(letter)] = lower.ToUpperInvariant();
            }
        map['đ'] = "ñ";
        map['Đ'] = "Ñ";
        return map;
    }

    private static string Encode(char vowel, VietnameseTone tone)
    {
        var t = (int)tone;
        string Plain(string baseLetters) => tone == VietnameseTone.None ? baseLetters : baseLetters + PlainToneMarks[t - 1];
        return vowel switch
        {
            'a' or 'e' or 'o' or 'u' => Plain(vowel.ToString()),
            'y' => tone == VietnameseTone.Dot ? YDot.ToString() : Plain("y"),
            'ơ' => Plain("ô"),
            'ư' => Plain("ö"),
            'â' or 'ê' or 'ô' => string.Concat((char)(vowel switch { 'â' => 'a', 'ê' => 'e', _ => 'o' }), CircumflexMarks[t]),
            'ă' => string.Concat('a', BreveMarks[t]),
            'i' => IToned[t].ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(vowel)),
        };
    }

    private static Dictionary<int, char> BuildToUnicode()
    {
        var pairs = new Dictionary<int, char>();
        foreach (var (letter, sequence) in FromUnicode)
        {
            if (sequence.Length == 1)
            {
                if (sequence[0] >= 0x80) SingleToUnicode[sequence[0]] = letter;
                continue;
            }
            pairs[PairKey(sequence[0], sequence[1])] = letter;
            // Typists mixed a capital base with a lowercase mark (and the reverse); the base decides the case.
            var mark = char.IsUpper(sequence[0]) ? char.ToLowerInvariant(sequence[1]) : char.ToUpperInvariant(sequence[1]);
            pairs.TryAdd(PairKey(sequence[0], mark), letter);
        }
        return pairs;
    }
}
